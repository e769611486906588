/** The log of actions taken: newest first when read, one entry per channel used. */
import { openDatabase } from './database';
import { type CallOutcome, type LogEntry, logEntrySchema, type NewLogEntry } from './records';
import { recordStore, validRecords } from './store';

const log = recordStore('log', logEntrySchema);

/**
 * Stores an entry under the id after the highest in use. The id is given, not
 * left to the store's key counter: that counter never goes back, even when the
 * log is cleared, and a counter used up (by an id of 2^53 once stored) would
 * make every later write fail.
 */
export async function addLogEntry(entry: NewLogEntry): Promise<LogEntry> {
  const tx = (await openDatabase()).transaction('log', 'readwrite');
  const last = await tx.store.openKeyCursor(null, 'prev');
  const stored = logEntrySchema.parse({ ...entry, id: (last?.key ?? 0) + 1 });
  await tx.store.add(stored);
  await tx.done;
  return stored;
}

/** Every action taken, newest first. */
export async function listLog(): Promise<LogEntry[]> {
  const db = await openDatabase();
  return validRecords(logEntrySchema, await db.getAllFromIndex('log', 'byTime')).reverse();
}

export function removeLogEntry(id: number): Promise<void> {
  return log.delete(id);
}

export async function setCallOutcome(id: number, outcome: CallOutcome): Promise<void> {
  await log.update(id, (entry) => entry && { ...entry, outcome });
}
