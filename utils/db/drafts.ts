/** The supporter's edits to each action's letter and tweet. */
import { type Draft, draftSchema } from './records';
import { recordStore } from './store';

const drafts = recordStore('drafts', draftSchema);

export function loadDraft(actionKey: string): Promise<Draft | undefined> {
  return drafts.get(actionKey);
}

export async function saveDraft(draft: Draft): Promise<void> {
  await drafts.put(draft);
}

export function deleteDraft(actionKey: string): Promise<void> {
  return drafts.delete(actionKey);
}

export function listDrafts(): Promise<Draft[]> {
  return drafts.all();
}
