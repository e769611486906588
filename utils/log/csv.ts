import type { LogEntry } from '../db/records';

/** RFC 4180: quote every field, double the quotes, CRLF between rows. */
function csvRow(fields: readonly string[]): string {
  return fields.map((field) => `"${field.replace(/"/g, '""')}"`).join(',');
}

const logCsvColumns = ['time', 'reference', 'action', 'official', 'channel', 'outcome', 'feed', 'item_id'] as const;

export function logToCsv(entries: readonly LogEntry[]): string {
  const rows = entries.map((entry) =>
    csvRow([entry.at, entry.reference, entry.title, entry.targetName, entry.channel, entry.outcome ?? '', entry.feedKey, entry.itemId]),
  );
  return `${[csvRow(logCsvColumns), ...rows].join('\r\n')}\r\n`;
}
