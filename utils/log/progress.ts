/** What the log says the supporter has done, per action and per official. */
import { bundledFeedKey, isEnded } from '../feed/action';
import { type ActionRecord, type LogEntry } from '../db/records';

export function entriesFor(log: readonly LogEntry[], actionKey: string): LogEntry[] {
  return log.filter((entry) => entry.actionKey === actionKey);
}

/** The officials of an action that the supporter has contacted at least once. */
export function contactedTargetIds(log: readonly LogEntry[], actionKey: string): Set<string> {
  return new Set(entriesFor(log, actionKey).map((entry) => entry.targetId));
}

/** The newest entry for one official, if any (log is newest first). */
export function lastEntryFor(log: readonly LogEntry[], actionKey: string, targetId: string): LogEntry | undefined {
  return log.find((entry) => entry.actionKey === actionKey && entry.targetId === targetId);
}

/**
 * The badge's number: active actions on which nothing has been done yet. The
 * bundled feed's examples never count.
 */
export function pendingActionCount(actions: readonly ActionRecord[], log: readonly LogEntry[], now: Date): number {
  const acted = new Set(log.map((entry) => entry.actionKey));
  return actions.filter((action) => action.feedKey !== bundledFeedKey && !isEnded(action, now) && !acted.has(action.key)).length;
}
