/** The supporter's edits to each action's letter and tweet. */
import { type Draft, type DraftChanges, type DraftPatch, draftSchema } from './records';
import { recordStore } from './store';

const drafts = recordStore('drafts', draftSchema);

export function loadDraft(actionKey: string): Promise<Draft | undefined> {
  return drafts.get(actionKey);
}

export async function saveDraft(draft: Draft): Promise<void> {
  await drafts.put(draft);
}

/** A draft's fields as `changes` leave them: a value replaces, `null` clears, absence keeps. */
export function applyDraftChanges<T extends Pick<Draft, 'letter' | 'tweet' | 'targetId'>>(draft: T, changes: DraftChanges): T {
  const next = { ...draft };
  if (changes.targetId !== undefined) next.targetId = changes.targetId;
  for (const field of ['letter', 'tweet'] as const) {
    const value = changes[field];
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next;
}

/**
 * Merges one view's changes into the stored draft in one transaction: the
 * fields it sent replace theirs, the others stay as the other views left them,
 * whatever version the view started from. The version counts every write.
 * A draft back to the sample forgets the action's date, so a later one starts afresh.
 */
export async function patchDraft({ actionKey, changes, actionModified }: DraftPatch, now = new Date()): Promise<Draft> {
  const merged = await drafts.update(actionKey, (stored) => {
    const base: Draft = stored ?? { actionKey, targetId: changes.targetId ?? '', updatedAt: '', version: 0 };
    const next = applyDraftChanges(base, changes);
    const empty = next.letter === undefined && next.tweet === undefined;
    return {
      ...next,
      actionModified: empty ? undefined : (next.actionModified ?? actionModified),
      updatedAt: now.toISOString(),
      version: (base.version ?? 0) + 1,
    };
  });
  return merged as Draft;
}

export function deleteDraft(actionKey: string): Promise<void> {
  return drafts.delete(actionKey);
}

export function listDrafts(): Promise<Draft[]> {
  return drafts.all();
}
