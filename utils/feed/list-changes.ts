/**
 * How long a drawing of the popup's list stays true with no write in between:
 * deadlines count whole days, actions end, the follow-up on the last action
 * times out, and a failing feed says how long ago it last worked.
 */
import type { PopupSnapshot } from '@/utils/db/records';
import { timeAgoChangesAt } from '@/utils/format/intl';
import { followUpEndsAt } from '@/utils/log/follow-up';
import { endInstant, isEnded } from './action';

/** The first instant after `now` at which the popup could draw `snapshot` differently (a time value). */
export function listChangesAt(snapshot: PopupSnapshot, now: Date): number {
  const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  const ends = snapshot.actions
    .filter((action) => action.endsAt !== undefined && !isEnded(action, now))
    .map((action) => endInstant(action.endsAt as string).getTime());
  const entry = snapshot.newestLogEntry;
  const followUp = entry && followUpEndsAt(entry) >= now.getTime() ? [followUpEndsAt(entry) + 1] : [];
  const lastWorked = snapshot.feedProblems.flatMap((feed) =>
    feed.lastProblem && feed.lastSuccessAt ? [timeAgoChangesAt(feed.lastSuccessAt, now)] : [],
  );
  return Math.min(nextMidnight, ...ends.filter((end) => !Number.isNaN(end)), ...followUp, ...lastWorked);
}
