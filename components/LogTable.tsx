import { t } from '@/utils/browser/i18n';
import { formatDateTime } from '@/utils/format/intl';
import { channelName, outcomeName } from '@/utils/log/texts';
import { useAppContext } from './hooks/app-context';
import type { LogEntry } from '@/utils/db/records';

export function LogTable({ log, onExport }: { log: LogEntry[]; onExport: () => void }) {
  const { language } = useAppContext();
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">{t('historyHeading')}</h2>
      <div class="row">
        <button type="button" onClick={onExport} disabled={log.length === 0}>
          {t('exportCsv')}
        </button>
      </div>
      <table>
        <caption>{t('actionsTakenTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnWhen')}</th>
            <th scope="col">{t('columnAction')}</th>
            <th scope="col">{t('columnOfficial')}</th>
            <th scope="col">{t('columnChannel')}</th>
            <th scope="col">{t('columnOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {log.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.at, language)}</td>
              <td>{t('referenceAndTitle', [entry.reference, entry.title])}</td>
              <td>{entry.targetName}</td>
              <td>{channelName(entry)}</td>
              <td>{entry.outcome ? outcomeName(entry.outcome) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.length === 0 && <p class="empty">{t('noActionsYet')}</p>}
    </section>
  );
}
