import type { LogEntry } from '@/utils/db/records';

const undoWindowMs = 5 * 60_000;
const outcomeWindowMs = 60 * 60_000;

/**
 * The entry the popup offers to undo, or whose call outcome it still asks
 * for: the newest one, while it is recent.
 */
export function entryToFollowUp(log: readonly LogEntry[], now: Date): LogEntry | undefined {
  const newest = log[0];
  if (!newest) return undefined;
  return now.getTime() <= followUpEndsAt(newest) ? newest : undefined;
}

/** The last instant at which the popup still follows up on this entry (a time value). */
export function followUpEndsAt(entry: LogEntry): number {
  const window = entry.channel === 'call' && entry.outcome === 'unknown' ? outcomeWindowMs : undoWindowMs;
  return new Date(entry.at).getTime() + window;
}
