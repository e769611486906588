import { t } from './browser/i18n';
import { formatList } from './format';
import type { LogEntry } from './log';

/** "UA 106.23: email to A and tweet to B", to paste into an organization's report form. */
export function reportSummary(reference: string, entries: readonly LogEntry[], describe: (entry: LogEntry) => string, language: string): string {
  return t('reportSummary', [reference, formatList(entries.map(describe), language)]);
}
