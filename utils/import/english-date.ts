/**
 * Dates as English-language pages write them: "November 29, 2023", "3 March 2027",
 * "3rd Mar. 2027", "Friday, 3 March 2027", "2027-03-03". Numeric dates such as
 * 03/04/2027 are not read: day-first and month-first cannot be told apart.
 */
const months = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
] as const;

const month = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const weekday = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})\b/;
const dayFirst = new RegExp(String.raw`^${weekday}${day}\s+(?:of\s+)?${month}(?:,?\s+(\d{4}))?(?![\p{L}\d])`, 'iu');
const monthFirst = new RegExp(String.raw`^${weekday}${month}\s+${day}(?:,?\s+(\d{4}))?(?![\p{L}\d])`, 'iu');

export interface ParsedDate {
  /** YYYY-MM-DD */
  date: string;
  /** The text gave no year: it was taken as the one that puts the date nearest `now`. */
  yearAssumed: boolean;
  /** How many characters of the text the date took. */
  length: number;
}

function monthNumber(name: string): number {
  return months.indexOf(name.slice(0, 3).toLowerCase() as (typeof months)[number]) + 1;
}

function isoString(year: number, monthIndex: number, dayOfMonth: number): string | undefined {
  const date = new Date(Date.UTC(year, monthIndex - 1, dayOfMonth));
  if (date.getUTCMonth() !== monthIndex - 1 || date.getUTCDate() !== dayOfMonth) return undefined;
  return date.toISOString().slice(0, 10);
}

function nearestYear(monthIndex: number, dayOfMonth: number, now: Date): number {
  const year = now.getUTCFullYear();
  const distance = (candidate: number) =>
    Math.abs(Date.UTC(candidate, monthIndex - 1, dayOfMonth) - now.getTime());
  return [year - 1, year, year + 1].reduce((best, candidate) =>
    distance(candidate) < distance(best) ? candidate : best,
  );
}

/** The date at the start of `text`, if there is one. */
export function parseEnglishDate(text: string, now: Date = new Date()): ParsedDate | undefined {
  const iso = isoDate.exec(text);
  if (iso) {
    const date = isoString(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date, yearAssumed: false, length: iso[0].length } : undefined;
  }
  const dmy = dayFirst.exec(text);
  const mdy = dmy ? undefined : monthFirst.exec(text);
  const match = dmy ?? mdy;
  if (!match) return undefined;
  const [dayText, monthText, yearText] = dmy ? [dmy[1], dmy[2], dmy[3]] : [match[2], match[1], match[3]];
  const monthIndex = monthNumber(monthText!);
  const dayOfMonth = Number(dayText);
  const year = yearText ? Number(yearText) : nearestYear(monthIndex, dayOfMonth, now);
  const date = isoString(year, monthIndex, dayOfMonth);
  return date ? { date, yearAssumed: !yearText, length: match[0].length } : undefined;
}
