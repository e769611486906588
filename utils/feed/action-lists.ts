/** The popup's two lists: active actions by deadline, ended ones newest first. */
import { actionsOf } from '@/utils/db/feeds';
import type { ActionRecord, FeedRecord } from '@/utils/db/records';
import { compareByDeadline, isEnded } from './action';

export function splitByStatus(feeds: readonly FeedRecord[], now: Date): { active: ActionRecord[]; ended: ActionRecord[] } {
  const sorted = actionsOf(feeds).sort(compareByDeadline);
  return {
    active: sorted.filter((action) => !isEnded(action, now)),
    ended: sorted.filter((action) => isEnded(action, now)).reverse(),
  };
}
