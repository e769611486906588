/** The popup's two lists: active actions by deadline, ended ones newest first. */
import type { ActionRecord, FeedRecord } from '@/utils/db/records';
import { compareByDeadline, isEnded } from './action';

/** Every feed's actions in one list, soonest deadline first (the order the snapshot keeps). */
export function listOrder(feeds: readonly FeedRecord[]): ActionRecord[] {
  return feeds.flatMap((feed) => feed.actions).sort(compareByDeadline);
}

/** The actions of each section the popup draws before the rest of a long list: more than a popup shows at once. */
export const firstScreenful = 10;

/** Splits a list in `listOrder` at `now`, without sorting it again. */
export function splitByStatus<Action extends Pick<ActionRecord, 'status' | 'endsAt'>>(
  sorted: readonly Action[],
  now: Date,
): { active: Action[]; ended: Action[] } {
  return {
    active: sorted.filter((action) => !isEnded(action, now)),
    ended: sorted.filter((action) => isEnded(action, now)).reverse(),
  };
}
