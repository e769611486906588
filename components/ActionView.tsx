import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ActionRecord, TargetRecord } from '@/utils/db/records';
import { t, tCount } from '@/utils/browser/i18n';
import { countryName } from '@/utils/format/intl';
import { DeadlineText } from './DeadlineText';
import { useAppContext } from './hooks/app-context';

export interface ActionViewProps {
  action: ActionRecord;
  ended: boolean;
  updatedSinceDraft: boolean;
  contactedCount: number;
  targetId: string;
  inTab: boolean;
  openInTabUrl: string;
  onBack: () => void;
  onTargetChange: (target: TargetRecord) => void;
  onMarkDone: () => void;
  onReport: () => void;
  /** The letter, the tweet and one card per official. */
  children: ComponentChildren;
}

export function ActionView(props: ActionViewProps) {
  const { action, ended } = props;
  const { language } = useAppContext();
  const title = useRef<HTMLHeadingElement>(null);
  // A keyboard or screen reader user lands on what they opened, not on the page's top.
  useEffect(() => title.current?.focus(), []);
  return (
    <article class="action-view" aria-labelledby="action-title">
      <div class="row">
        {!props.inTab && (
          <button type="button" onClick={props.onBack}>
            {t('back')}
          </button>
        )}
        {!props.inTab && (
          <a href={props.openInTabUrl} target="_blank" rel="noopener">
            {t('openInTab')}
          </a>
        )}
      </div>
      <p class="meta">
        {action.reference}
        {action.country && ` · ${countryName(action.country, language)}`}
        {' · '}
        <DeadlineText action={action} />
      </p>
      <h2 id="action-title" ref={title} tabIndex={-1}>
        {action.title}
      </h2>
      {ended && (
        <p class="notice" role="note">
          {t('actionEndedNotice')}
        </p>
      )}
      {props.updatedSinceDraft && (
        <p class="notice" role="status">
          {t('actionUpdatedNotice')}
        </p>
      )}
      {action.summary && <p class="summary">{action.summary}</p>}
      {action.instructions && <p class="instructions">{action.instructions}</p>}
      {action.fromPage ? (
        <p class="notice" role="note">
          {t('readFromPageNotice')}{' '}
          {action.url && (
            <a href={action.url} target="_blank" rel="noopener noreferrer">
              {t('readFromPageLink')}
            </a>
          )}
        </p>
      ) : (
        action.url && (
          <p>
            <a href={action.url} target="_blank" rel="noopener noreferrer">
              {t('readFullAction')}
            </a>
          </p>
        )
      )}
      <p class="progress">
        {tCount(action.targets.length, { one: 'officialsContactedOne', other: 'officialsContactedOther' }, [
          String(props.contactedCount),
          String(action.targets.length),
        ])}
      </p>
      <fieldset class="write-to" role="radiogroup" aria-labelledby="write-to-label">
        <legend id="write-to-label">{t('writeTo')}</legend>
        {action.targets.map((target) => (
          <label key={target.id}>
            <input
              type="radio"
              name="write-to"
              value={target.id}
              checked={target.id === props.targetId}
              onChange={() => props.onTargetChange(target)}
            />
            {target.name}
          </label>
        ))}
      </fieldset>
      {props.children}
      <div class="row">
        <button type="button" onClick={props.onMarkDone} disabled={ended}>
          {t('markAsDone')}
        </button>
        {action.reportUrl && (
          <a href={action.reportUrl} target="_blank" rel="noopener noreferrer" onClick={props.onReport}>
            {t('reportYourActions')}
          </a>
        )}
      </div>
    </article>
  );
}
