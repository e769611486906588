import { t } from '@/utils/browser/i18n';
import type { CallOutcome, LogEntry } from '@/utils/db/log';

const loggedMessages = {
  email: 'loggedEmail',
  tweet: 'loggedTweet',
  call: 'loggedCall',
  print: 'loggedPrint',
  done: 'loggedDone',
} as const;

const outcomes = [
  ['reached', 'outcomeReached'],
  ['voicemail', 'outcomeVoicemail'],
  ['no-answer', 'outcomeNoAnswer'],
] as const satisfies readonly (readonly [CallOutcome, string])[];

/**
 * The last action taken, with Undo and, for a call, its outcome. Shown again
 * when the popup reopens, since it closes as soon as the mail or phone app opens.
 */
export function LogNotice({ entry, onUndo, onOutcome }: {
  entry: LogEntry;
  onUndo: (entry: LogEntry) => void;
  onOutcome: (entry: LogEntry, outcome: CallOutcome) => void;
}) {
  const askOutcome = entry.channel === 'call' && entry.outcome === 'unknown';
  return (
    <div class="log-notice" role="status">
      <p>
        {t(loggedMessages[entry.channel], [entry.targetName, entry.reference])}{' '}
        <button type="button" onClick={() => onUndo(entry)}>{t('undo')}</button>
      </p>
      {askOutcome && (
        <fieldset class="row">
          <legend>{t('callOutcomeQuestion', entry.targetName)}</legend>
          {outcomes.map(([outcome, label]) => (
            <button key={outcome} type="button" onClick={() => onOutcome(entry, outcome)}>{t(label)}</button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
