import { t } from '@/utils/browser/i18n';
import type { CallOutcome, LogEntry } from '@/utils/db/records';
import { callAnswers, loggedText, outcomeName } from '@/utils/log/texts';

/**
 * The last action taken, with Undo and, for a call, its outcome. Shown again
 * when the popup reopens, since it closes as soon as the mail or phone app opens.
 */
export function LogNotice({
  entry,
  onUndo,
  onOutcome,
}: {
  entry: LogEntry;
  onUndo: (entry: LogEntry) => void;
  onOutcome: (entry: LogEntry, outcome: CallOutcome) => void;
}) {
  const askOutcome = entry.channel === 'call' && entry.outcome === 'unknown';
  return (
    <div class="log-notice" role="status">
      <p>
        {loggedText(entry)}{' '}
        <button type="button" onClick={() => onUndo(entry)}>
          {t('undo')}
        </button>
      </p>
      {askOutcome && (
        <fieldset class="row">
          <legend>{t('callOutcomeQuestion', entry.targetName)}</legend>
          {callAnswers.map((outcome) => (
            <button key={outcome} type="button" onClick={() => onOutcome(entry, outcome)}>
              {outcomeName(outcome)}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
