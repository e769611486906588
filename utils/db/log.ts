/** The log of actions taken: newest first when read, one entry per channel used. */
import { openDatabase } from './database';
import { type CallOutcome, type LogEntry, logEntrySchema, type NewLogEntry } from './records';
import { recordStore, validRecords } from './store';

const log = recordStore('log', logEntrySchema);

export async function addLogEntry(entry: NewLogEntry): Promise<LogEntry> {
  const valid = logEntrySchema.parse(entry);
  const id = await (await openDatabase()).add('log', valid);
  return { ...valid, id };
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
