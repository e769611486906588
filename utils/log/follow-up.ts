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
  const age = now.getTime() - new Date(newest.at).getTime();
  const window = newest.channel === 'call' && newest.outcome === 'unknown' ? outcomeWindowMs : undoWindowMs;
  return age <= window ? newest : undefined;
}
