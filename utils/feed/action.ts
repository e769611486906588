/** Rules about an urgent action (its record is in utils/db/records.ts): identity, deadline, order. */
import type { ActionRecord } from '@/utils/db/records';

export const bundledFeedKey = 'bundled';

export function actionKey(feedKey: string, itemId: string): string {
  return `${feedKey} ${itemId}`;
}

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant from which the action has ended. A date alone keeps the action
 * open through that whole day in the supporter's time zone.
 */
export function endInstant(endsAt: string): Date {
  const match = dateOnly.exec(endsAt);
  if (!match) return new Date(endsAt);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return new Date(year, month - 1, day + 1);
}

/** The end as a time value; no deadline, or one that is not a date, is never reached. */
function endTime(endsAt: string | undefined): number {
  const time = endsAt === undefined ? Number.NaN : endInstant(endsAt).getTime();
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

export function isEnded(action: Pick<ActionRecord, 'status' | 'endsAt'>, now: Date): boolean {
  if (action.status === 'ended') return true;
  return now.getTime() >= endTime(action.endsAt);
}

/** Whole calendar days from `now` to the action's last open day (0 = ends today); NaN when `endsAt` is not a date. */
export function daysLeft(endsAt: string, now: Date): number {
  const lastOpen = new Date(endInstant(endsAt).getTime() - 1);
  const startOf = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.round((startOf(lastOpen) - startOf(now)) / 86_400_000);
}

/** Soonest deadline first; actions without a deadline last; then by title. */
export function compareByDeadline(a: ActionRecord, b: ActionRecord): number {
  const aEnd = endTime(a.endsAt);
  const bEnd = endTime(b.endsAt);
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.title.localeCompare(b.title);
}
