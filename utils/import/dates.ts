/**
 * Dates as urgent actions write them in English, Spanish and French:
 * "November 29, 2023", "3 March 2027", "Friday, 3 March 2027", "10 de febrero
 * de 2027", "1er mars 2027", "2027-03-03". Numeric dates are read day first,
 * in Spanish and French texts, and in English only when a number above 12 says
 * which is the day: 03/04/2027 could be either.
 */
import type { Language } from './language';
import { wordCharacter } from './text-lines';

// Abbreviations that are also common words ("ago", "set") are left out.
const monthNames: readonly (readonly string[])[] = [
  ['jan', 'january', 'ene', 'enero', 'janv', 'janvier'],
  ['feb', 'february', 'febrero', 'févr', 'fevr', 'février', 'fevrier'],
  ['mar', 'march', 'marzo', 'mars'],
  ['apr', 'april', 'abr', 'abril', 'avr', 'avril'],
  ['may', 'mayo', 'mai'],
  ['jun', 'june', 'junio', 'juin'],
  ['jul', 'july', 'julio', 'juil', 'juillet'],
  ['aug', 'august', 'agosto', 'août', 'aout'],
  ['sep', 'sept', 'september', 'septiembre', 'setiembre', 'septembre'],
  ['oct', 'october', 'octubre', 'octobre'],
  ['nov', 'november', 'noviembre', 'novembre'],
  ['dec', 'december', 'dic', 'diciembre', 'déc', 'décembre', 'decembre'],
];
const monthIndex = new Map(monthNames.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const month = String.raw`(${[...monthIndex.keys()].sort((a, b) => b.length - a.length).join('|')})\.?`;

const day = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|°|ª)?`;
const weekdays = [
  String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?`,
  'lunes',
  'martes',
  'miércoles',
  'miercoles',
  'jueves',
  'viernes',
  'sábado',
  'sabado',
  'domingo',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
];
const weekday = String.raw`(?:(?:${weekdays.join('|')}),?\s+)?`;
const year = String.raw`(?:,?\s+(?:de\s+|del\s+)?(\d{4}))?`;
const end = `(?!${wordCharacter})`;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const dayFirst = new RegExp(String.raw`^${weekday}${day}\s+(?:of\s+|de\s+)?${month}${year}${end}`, 'iu');
const monthFirst = new RegExp(String.raw`^${weekday}${month}\s+${day}${year}${end}`, 'iu');
const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/;

export interface ParsedDate {
  /** YYYY-MM-DD */
  date: string;
  /** The text gave no year: it was taken as the one that puts the date nearest `now`. */
  yearAssumed: boolean;
  /** How many characters of the text the date took. */
  length: number;
}

function isoString(yearNumber: number, monthNumber: number, dayOfMonth: number): string | undefined {
  const date = new Date(Date.UTC(yearNumber, monthNumber - 1, dayOfMonth));
  if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== dayOfMonth) return undefined;
  return date.toISOString().slice(0, 10);
}

function nearestYear(monthNumber: number, dayOfMonth: number, now: Date): number {
  const current = now.getUTCFullYear();
  const distance = (candidate: number) => Math.abs(Date.UTC(candidate, monthNumber - 1, dayOfMonth) - now.getTime());
  return [current - 1, current, current + 1].reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
}

function fromParts(dayText: string, monthNumber: number, yearText: string | undefined, length: number, now: Date): ParsedDate | undefined {
  const dayOfMonth = Number(dayText);
  const yearNumber = yearText ? Number(yearText) : nearestYear(monthNumber, dayOfMonth, now);
  const date = isoString(yearNumber, monthNumber, dayOfMonth);
  return date ? { date, yearAssumed: !yearText, length } : undefined;
}

/** The date at the start of `text`, if there is one. */
export function parseDate(text: string, now: Date = new Date(), language: Language = 'en'): ParsedDate | undefined {
  const iso = isoDate.exec(text);
  if (iso) {
    const date = isoString(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date, yearAssumed: false, length: iso[0].length } : undefined;
  }
  const dmy = dayFirst.exec(text);
  if (dmy) return fromParts(dmy[1]!, monthIndex.get(dmy[2]!.toLowerCase())!, dmy[3], dmy[0].length, now);
  const mdy = monthFirst.exec(text);
  if (mdy) return fromParts(mdy[2]!, monthIndex.get(mdy[1]!.toLowerCase())!, mdy[3], mdy[0].length, now);
  const digits = numeric.exec(text);
  if (!digits) return undefined;
  if (language !== 'en') return fromParts(digits[1]!, Number(digits[3]), digits[4], digits[0].length, now);
  // In English only when the numbers say which is the day: 14/01/2027 (day first), 01/14/2027 (month first).
  const [first, second] = [Number(digits[1]), Number(digits[3])];
  if (first > 12 && second <= 12) return fromParts(digits[1]!, second, digits[4], digits[0].length, now);
  if (second > 12 && first <= 12) return fromParts(digits[3]!, first, digits[4], digits[0].length, now);
  return undefined;
}

/** The first date anywhere in `text`, with where it starts. */
export function findDate(text: string, now?: Date, language?: Language): (ParsedDate & { index: number }) | undefined {
  for (const match of text.matchAll(/(?<![\p{L}\d])[\p{L}\d]/gu)) {
    const date = parseDate(text.slice(match.index), now, language);
    if (date) return { ...date, index: match.index };
  }
  return undefined;
}
