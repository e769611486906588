import type { LogEntry } from '../db/records';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): one
 * that starts, after any spaces, with `=`, `+`, `-`, `@`, a tab or a CR.
 */
const formulaStart = /^ *[=+\-@\t\r]/;

/** Such a cell gets a leading `'`, which spreadsheets show as text and do not run. */
function neutralizeCell(field: string): string {
  return formulaStart.test(field) ? `'${field}` : field;
}

/** RFC 4180: quote every field, double the quotes, CRLF between rows. */
function csvRow(fields: readonly string[]): string {
  return fields.map((field) => `"${neutralizeCell(field).replace(/"/g, '""')}"`).join(',');
}

export const logCsvColumns = ['time', 'reference', 'action', 'official', 'channel', 'outcome', 'feed', 'item_id'] as const;

/** The log as CSV; titles and names come from feeds, so every cell is neutralized. */
export function logToCsv(entries: readonly LogEntry[]): string {
  const rows = entries.map((entry) =>
    csvRow([entry.at, entry.reference, entry.title, entry.targetName, entry.channel, entry.outcome ?? '', entry.feedKey, entry.itemId]),
  );
  return `${[csvRow(logCsvColumns), ...rows].join('\r\n')}\r\n`;
}
