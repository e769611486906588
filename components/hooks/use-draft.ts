/**
 * The supporter's draft of one action: restored when the action opens, saved
 * on every keystroke through the background (the popup can close at any
 * moment, and a write it had started would be lost with it), kept across a
 * change of official, and reset to the sample on request.
 *
 * The same action may be open in several views (the popup and a tab): each
 * sends only the fields it changed, which the background merges into the
 * stored draft, and each takes the others' changes as the background tells of
 * them, except in the fields it has a save of its own in flight for.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onBroadcast } from '@/utils/browser/runtime';
import { composerTexts, findTarget } from '@/utils/compose/composer';
import { promptFor } from '@/utils/compose/prompts';
import { applyDraftChanges, loadDraft } from '@/utils/db/drafts';
import { type ActionRecord, type Draft, type DraftChanges, draftSchema, type Profile, type TargetRecord } from '@/utils/db/records';
import { send } from '@/utils/messaging/send';

type Field = keyof DraftChanges;
const fields: readonly Field[] = ['letter', 'tweet', 'targetId'];

/** `incoming`, except the fields this view is still saving, which keep the view's own text. */
function mergeIncoming(current: Draft | null | undefined, incoming: Draft, saving: ReadonlySet<Field>): Draft {
  if (!current) return incoming;
  const kept: DraftChanges = {};
  for (const field of saving) {
    if (field === 'targetId') kept.targetId = current.targetId;
    else kept[field] = current[field] ?? null;
  }
  return applyDraftChanges(incoming, kept);
}

export function useDraft(action: ActionRecord, profile: Profile, onSaveFailed: () => void) {
  /** Undefined until the stored draft (or its absence, null) is known. */
  const [draft, setDraft] = useState<Draft | null>();
  const [targetId, setTargetId] = useState<string>();
  /** The newest version this view has taken in. */
  const version = useRef(0);
  /** Saves in flight, per field. */
  const inFlight = useRef(new Map<Field, number>());

  const saving = () => new Set(fields.filter((field) => (inFlight.current.get(field) ?? 0) > 0));

  const takeIn = (incoming: Draft) => {
    const incomingVersion = incoming.version ?? 0;
    if (incoming.actionKey !== action.key || incomingVersion <= version.current) return;
    version.current = incomingVersion;
    setDraft((current) => mergeIncoming(current, incoming, saving()));
  };

  useEffect(() => {
    version.current = 0;
    let loaded = false;
    const stop = onBroadcast((message) => {
      const news = message as { event?: unknown; draft?: unknown };
      if (news.event !== 'draftChanged' || !loaded) return;
      const incoming = draftSchema.safeParse(news.draft);
      if (incoming.success) takeIn(incoming.data);
    });
    void loadDraft(action.key).then((stored) => {
      loaded = true;
      version.current = stored?.version ?? 0;
      setDraft(stored ?? null);
      setTargetId(findTarget(action, stored?.targetId).id);
    });
    return stop;
    // takeIn reads only refs and the action, which this effect follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action]);

  const target = findTarget(action, targetId);
  const texts = composerTexts(action, target, profile, draft ?? undefined, promptFor);

  /** Shows the change at once and sends it; the letter and tweet are written for this view's official. */
  const save = (changes: DraftChanges) => {
    const sent: DraftChanges = { targetId: target.id, ...changes };
    const changed = fields.filter((field) => field in sent);
    setDraft((current) =>
      applyDraftChanges(
        current ?? { actionKey: action.key, targetId: target.id, updatedAt: new Date().toISOString(), version: version.current },
        sent,
      ),
    );
    for (const field of changed) inFlight.current.set(field, (inFlight.current.get(field) ?? 0) + 1);
    send('saveDraft', { actionKey: action.key, changes: sent, baseVersion: version.current, actionModified: action.dateModified }).then(
      (merged) => {
        for (const field of changed) inFlight.current.set(field, (inFlight.current.get(field) ?? 1) - 1);
        takeIn(merged);
      },
      () => {
        for (const field of changed) inFlight.current.set(field, (inFlight.current.get(field) ?? 1) - 1);
        onSaveFailed();
      },
    );
  };

  const update = (change: { letter?: string; tweet?: string }) => save(change);

  const changeTarget = (next: TargetRecord) => {
    setTargetId(next.id);
    if (!draft) return;
    const moved = composerTexts(action, next, profile, draft, promptFor);
    save({
      targetId: next.id,
      letter: moved.letterEdited ? moved.letter : null,
      tweet: moved.tweetEdited ? moved.tweet : null,
    });
  };

  const reset = () => save({ letter: null });

  return { ready: draft !== undefined, draft: draft ?? undefined, target, texts, update, changeTarget, reset };
}
