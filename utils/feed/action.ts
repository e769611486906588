/**
 * Our own record of an urgent action, made from a validated feed item
 * (feed/normalize.ts) and read back from the database. The popup only ever sees
 * these records, never raw feed JSON.
 */
import * as z from 'zod/mini';

export const targetRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.optional(z.string()),
  organization: z.optional(z.string()),
  address: z.array(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  fax: z.optional(z.string()),
  twitter: z.optional(z.string()),
  salutation: z.string(),
  timezone: z.optional(z.string()),
});

export const actionRecordSchema = z.object({
  /** Feed key + item id: the action's identity everywhere (log, drafts). */
  key: z.string(),
  feedKey: z.string(),
  itemId: z.string(),
  reference: z.string(),
  sequence: z.optional(z.number()),
  title: z.string(),
  url: z.optional(z.string()),
  summary: z.optional(z.string()),
  instructions: z.optional(z.string()),
  country: z.optional(z.string()),
  language: z.optional(z.string()),
  /** As the feed gives it: a full date (`2023-11-29`) or a date-time with offset. */
  endsAt: z.optional(z.string()),
  status: z.enum(['active', 'ended']),
  datePublished: z.optional(z.string()),
  dateModified: z.optional(z.string()),
  targets: z.array(targetRecordSchema),
  letter: z.object({ subject: z.string(), body: z.string(), closing: z.string() }),
  tweet: z.string(),
  callScript: z.optional(z.string()),
  reportUrl: z.optional(z.string()),
});

export type TargetRecord = z.infer<typeof targetRecordSchema>;
export type ActionRecord = z.infer<typeof actionRecordSchema>;

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

export function isEnded(action: Pick<ActionRecord, 'status' | 'endsAt'>, now: Date): boolean {
  if (action.status === 'ended') return true;
  return action.endsAt !== undefined && now.getTime() >= endInstant(action.endsAt).getTime();
}

/** Whole calendar days from `now` to the action's last open day (0 = ends today). */
export function daysLeft(endsAt: string, now: Date): number {
  const lastOpen = new Date(endInstant(endsAt).getTime() - 1);
  const startOf = (date: Date) => Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.round((startOf(lastOpen) - startOf(now)) / 86_400_000);
}

/** Soonest deadline first; actions without a deadline last; then by title. */
export function compareByDeadline(a: ActionRecord, b: ActionRecord): number {
  const aEnd = a.endsAt ? endInstant(a.endsAt).getTime() : Number.POSITIVE_INFINITY;
  const bEnd = b.endsAt ? endInstant(b.endsAt).getTime() : Number.POSITIVE_INFINITY;
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.title.localeCompare(b.title);
}
