/**
 * The supporter's draft of one action: restored when the action opens, saved
 * on every keystroke through the background (the popup can close at any
 * moment, and a write it had started would be lost with it), kept across a
 * change of official, and reset to the sample on request.
 */
import { useEffect, useState } from 'preact/hooks';
import { composerTexts, findTarget } from '@/utils/compose/composer';
import { promptFor } from '@/utils/compose/prompts';
import { loadDraft } from '@/utils/db/drafts';
import type { ActionRecord, Draft, Profile, TargetRecord } from '@/utils/db/records';
import { send } from '@/utils/messaging/send';

export function useDraft(action: ActionRecord, profile: Profile, onSaveFailed: () => void) {
  /** Undefined until the stored draft (or its absence, null) is known. */
  const [draft, setDraft] = useState<Draft | null>();
  const [targetId, setTargetId] = useState<string>();

  useEffect(() => {
    void loadDraft(action.key).then((stored) => {
      setDraft(stored ?? null);
      setTargetId(findTarget(action, stored?.targetId).id);
    });
  }, [action]);

  const target = findTarget(action, targetId);
  const texts = composerTexts(action, target, profile, draft ?? undefined, promptFor);

  const update = (change: Partial<Draft>) => {
    const next: Draft = {
      actionKey: action.key,
      targetId: target.id,
      letter: draft?.letter,
      tweet: draft?.tweet,
      actionModified: draft?.actionModified ?? action.dateModified,
      ...change,
      updatedAt: new Date().toISOString(),
    };
    setDraft(next);
    send('saveDraft', { draft: next }).catch(onSaveFailed);
  };

  const changeTarget = (next: TargetRecord) => {
    setTargetId(next.id);
    if (!draft) return;
    const moved = composerTexts(action, next, profile, draft, promptFor);
    update({
      targetId: next.id,
      letter: moved.letterEdited ? moved.letter : undefined,
      tweet: moved.tweetEdited ? moved.tweet : undefined,
    });
  };

  const reset = () => {
    if (draft?.tweet !== undefined) return update({ letter: undefined });
    setDraft(null);
    send('deleteDraft', { actionKey: action.key }).catch(onSaveFailed);
  };

  return { ready: draft !== undefined, draft: draft ?? undefined, target, texts, update, changeTarget, reset };
}
