import * as z from 'zod/mini';
import { openDatabase, validRecords } from './database';

/** The supporter's edits to one action's letter and tweet. */
export const draftSchema = z.object({
  actionKey: z.string(),
  /** The whole letter as shown for `targetId`. */
  letter: z.optional(z.string()),
  targetId: z.string(),
  tweet: z.optional(z.string()),
  /** The action's date_modified when the draft was started, to tell of updates. */
  actionModified: z.optional(z.string()),
  updatedAt: z.string(),
});

export type Draft = z.infer<typeof draftSchema>;

export async function loadDraft(actionKey: string): Promise<Draft | undefined> {
  const db = await openDatabase();
  return draftSchema.safeParse(await db.get('drafts', actionKey)).data;
}

export async function saveDraft(draft: Draft): Promise<void> {
  const db = await openDatabase();
  await db.put('drafts', draftSchema.parse(draft));
}

export async function deleteDraft(actionKey: string): Promise<void> {
  const db = await openDatabase();
  await db.delete('drafts', actionKey);
}

export async function listDrafts(): Promise<Draft[]> {
  const db = await openDatabase();
  return validRecords(draftSchema, await db.getAll('drafts'));
}
