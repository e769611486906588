/** Which notifications were already shown: a new action once, a reminder once. */
import * as z from 'zod/mini';
import { openDatabase } from './database';

export const noticeSchema = z.object({ key: z.string(), at: z.string() });
export type Notice = z.infer<typeof noticeSchema>;

export const newActionNotice = (actionKey: string) => `new ${actionKey}`;
export const reminderNotice = (actionKey: string) => `reminder ${actionKey}`;

/** Records the notice; false when it had been shown before. */
export async function markNoticed(key: string, now: Date): Promise<boolean> {
  const db = await openDatabase();
  const tx = db.transaction('notices', 'readwrite');
  const seen = (await tx.store.get(key)) !== undefined;
  if (!seen) await tx.store.put({ key, at: now.toISOString() });
  await tx.done;
  return !seen;
}
