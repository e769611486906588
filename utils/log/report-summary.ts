import { t } from '@/utils/browser/i18n';
import type { LogEntry } from '@/utils/db/records';
import { formatList } from '@/utils/format/intl';

/** "UA 106.23: email to A and tweet to B", in the order they were done, to paste into an organization's report form. */
export function reportSummary(
  reference: string,
  entries: readonly LogEntry[],
  describe: (entry: LogEntry) => string,
  language: string,
): string {
  const inOrder = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return t('reportSummary', [reference, formatList(inOrder.map(describe), language)]);
}
