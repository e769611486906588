/**
 * Dates, places and times in the UI language's style, through Intl. Each
 * tolerates a value that is not what it should be (Intl would throw a
 * RangeError): a damaged record shows less, and never stops a page drawing.
 */
import { daysLeft, endInstant, isEnded } from '../feed/action';
import type { ActionRecord } from '../db/records';

/**
 * Intl formatters cost far more to build than to use, and the popup's list
 * draws a country and a deadline per action: one per language is kept. One
 * that fails to build is not kept, and fails the same way next time.
 */
function kept<Formatter>(cache: Map<string, Formatter>, language: string, build: () => Formatter): Formatter {
  let formatter = cache.get(language);
  if (formatter === undefined) cache.set(language, (formatter = build()));
  return formatter;
}

const regionNames = new Map<string, Intl.DisplayNames>();
const mediumDates = new Map<string, Intl.DateTimeFormat>();
const mediumDateTimes = new Map<string, Intl.DateTimeFormat>();
const relativeTimes = new Map<string, Intl.RelativeTimeFormat>();

const relativeTime = (language: string) => kept(relativeTimes, language, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));

export function countryName(code: string, language: string): string {
  try {
    return kept(regionNames, language, () => new Intl.DisplayNames([language], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDate(date: Date, language: string): string {
  if (Number.isNaN(date.getTime())) return '';
  return kept(mediumDates, language, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' })).format(date);
}

/** A logged instant with its time, e.g. "Mar 3, 2027, 7:00 AM". */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return kept(mediumDateTimes, language, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })).format(date);
}

export type Deadline = { kind: 'none' } | { kind: 'ends'; relative: string; days: number } | { kind: 'ended'; date?: string };

/** "in 3 days", "tomorrow", or the day it ended: the pieces of a deadline line. */
export function deadline(action: Pick<ActionRecord, 'status' | 'endsAt'>, now: Date, language: string): Deadline {
  if (isEnded(action, now)) {
    const date = action.endsAt && formatDate(new Date(endInstant(action.endsAt).getTime() - 1), language);
    return date ? { kind: 'ended', date } : { kind: 'ended' };
  }
  if (!action.endsAt) return { kind: 'none' };
  const days = daysLeft(action.endsAt, now);
  if (!Number.isFinite(days)) return { kind: 'none' };
  return { kind: 'ends', days, relative: relativeTime(language).format(days, 'day') };
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "2 days ago", "just now"-like: how long ago an instant was. */
export function timeAgo(iso: string, now: Date, language: string): string {
  const elapsed = new Date(iso).getTime() - now.getTime();
  if (!Number.isFinite(elapsed)) return '';
  const format = relativeTime(language);
  for (const [unit, size] of units) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  return format.format(0, 'minute');
}

/** The official's local time with its zone's name, e.g. "2:05 PM Peru Standard Time". */
export function localTime(timeZone: string, now: Date, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'longGeneric' }).format(now);
  } catch {
    return '';
  }
}

export function formatList(items: string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
