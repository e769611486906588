/**
 * How long a drawing of the popup's list stays true with no write in between:
 * deadlines count whole days, actions end, and the follow-up on the last
 * action times out. (No first paint is drawn while a feed fails: first-paint.tsx.)
 */
import type { PopupSnapshot } from '@/utils/db/records';
import { entryToFollowUp, followUpEndsAt } from '@/utils/log/follow-up';
import { endInstant, isEnded } from './action';

/** The first instant after `now` at which the popup could draw `snapshot` differently (a time value). */
export function listChangesAt(snapshot: PopupSnapshot, now: Date): number {
  const nextMidnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
  const ends = snapshot.actions
    .filter((action) => action.endsAt !== undefined && !isEnded(action, now))
    .map((action) => endInstant(action.endsAt as string).getTime());
  const followed = snapshot.newestLogEntry && entryToFollowUp([snapshot.newestLogEntry], now);
  const followUp = followed ? [followUpEndsAt(followed) + 1] : [];
  return Math.min(nextMidnight, ...ends.filter((end) => !Number.isNaN(end)), ...followUp);
}
