import type { LogEntry } from '../db/records';

/** "UA 106.23: email to A; tweet to B", to paste into an organization's report form. */
export function reportSummary(reference: string, entries: readonly LogEntry[], describe: (entry: LogEntry) => string): string {
  return `${reference}: ${entries.map(describe).join('; ')}`;
}
