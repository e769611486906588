import * as z from 'zod/mini';
import { openDatabase, validRecords } from './database';

export const channels = ['email', 'tweet', 'call', 'print', 'done'] as const;
export type Channel = (typeof channels)[number];

export const callOutcomes = ['unknown', 'reached', 'voicemail', 'no-answer'] as const;
export type CallOutcome = (typeof callOutcomes)[number];

/**
 * One action taken. It copies the action's reference and title and the
 * official's name so that history outlives a removed feed.
 */
export const logEntrySchema = z.object({
  id: z.optional(z.number()),
  actionKey: z.string(),
  feedKey: z.string(),
  itemId: z.string(),
  reference: z.string(),
  title: z.string(),
  targetId: z.string(),
  targetName: z.string(),
  channel: z.enum(channels),
  outcome: z.optional(z.enum(callOutcomes)),
  /** ISO 8601 instant. */
  at: z.string(),
});

export type LogEntry = z.infer<typeof logEntrySchema>;
export type NewLogEntry = Omit<LogEntry, 'id'>;

export async function addLogEntry(entry: NewLogEntry): Promise<LogEntry> {
  const valid = logEntrySchema.parse(entry);
  const db = await openDatabase();
  const id = await db.add('log', valid);
  return { ...valid, id };
}

/** Every action taken, newest first. */
export async function listLog(): Promise<LogEntry[]> {
  const db = await openDatabase();
  return validRecords(logEntrySchema, await db.getAllFromIndex('log', 'byTime')).reverse();
}

export async function removeLogEntry(id: number): Promise<void> {
  const db = await openDatabase();
  await db.delete('log', id);
}

export async function setCallOutcome(id: number, outcome: CallOutcome): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction('log', 'readwrite');
  const entry = logEntrySchema.safeParse(await tx.store.get(id));
  if (entry.success) await tx.store.put({ ...entry.data, outcome });
  await tx.done;
}
