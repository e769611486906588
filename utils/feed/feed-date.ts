/**
 * Dates as feeds write them: RFC 822 in RSS (`Tue, 03 Jun 2025 09:30:00 +0200`,
 * zones such as `GMT` or `EST`, two-digit years), RFC 3339 in Atom. Read by
 * hand: Date.parse accepts far more than these and differs between browsers.
 */

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const zones: Record<string, number> = { UT: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

const rfc822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?$/;
const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/;

function instant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): string | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59)) - offsetMinutes * 60_000;
  const date = new Date(time);
  return Number.isNaN(time) ? undefined : date.toISOString();
}

function offset(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const hours = zones[zone.toUpperCase()];
  return hours === undefined ? undefined : hours * 60;
}

/** An ISO 8601 instant, or undefined for a date we cannot read for sure. */
export function parseFeedDate(value: string): string | undefined {
  const text = value.trim();
  const a = rfc822.exec(text);
  if (a) {
    const month = months.indexOf(a[2]!.toLowerCase());
    const shortYear = Number(a[3]);
    const year = a[3]!.length === 2 ? (shortYear < 50 ? 2000 + shortYear : 1900 + shortYear) : shortYear;
    const minutes = offset(a[7]);
    return minutes === undefined ? undefined : instant(year, month, Number(a[1]), Number(a[4]), Number(a[5]), Number(a[6] ?? 0), minutes);
  }
  const b = rfc3339.exec(text);
  if (b) {
    const minutes = offset(b[8]);
    if (minutes === undefined) return undefined;
    return instant(Number(b[1]), Number(b[2]) - 1, Number(b[3]), Number(b[4] ?? 0), Number(b[5] ?? 0), Number(b[6] ?? 0), minutes);
  }
  return undefined;
}
