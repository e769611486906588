import { useEffect, useRef } from 'preact/hooks';
import { type ActionRecord, type LogEntry } from '@/utils/db/records';
import { t } from '@/utils/browser/i18n';
import { countryName } from '@/utils/format/intl';
import { DeadlineText } from './DeadlineText';
import { useAppContext } from './hooks/app-context';

interface ActionListProps {
  active: ActionRecord[];
  ended: ActionRecord[];
  log: LogEntry[];
  /** The action the supporter came back from: its link gets the focus again. */
  returnedFrom?: string;
  onOpen: (key: string) => void;
}

function ActionLink({
  action,
  taken,
  returnedFrom,
  onOpen,
}: {
  action: ActionRecord;
  taken: boolean;
  returnedFrom?: string;
  onOpen: (key: string) => void;
}) {
  const { language } = useAppContext();
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (returnedFrom === action.key) link.current?.focus();
    // Once, when the list appears again: later renders must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <a
      ref={link}
      class="action-link"
      href={`?action=${encodeURIComponent(action.key)}`}
      onClick={(event) => {
        event.preventDefault();
        onOpen(action.key);
      }}
    >
      <span class="meta">
        {action.reference}
        {action.country && ` · ${countryName(action.country, language)}`}
      </span>
      <span class="title">{action.title}</span>
      <span class="meta">
        <DeadlineText action={action} />
        {taken && (
          <>
            {' '}
            · <span class="taken">{t('actionTaken')}</span>
          </>
        )}
        {action.fromPage && ` · ${t('readFromPageMark')}`}
      </span>
    </a>
  );
}

function Section({
  id,
  heading,
  actions,
  empty,
  ...rest
}: {
  id: string;
  heading: string;
  actions: ActionRecord[];
  empty: string;
  log: LogEntry[];
  returnedFrom?: string;
  onOpen: (key: string) => void;
}) {
  const taken = new Set(rest.log.map((entry) => entry.actionKey));
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {actions.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul class="actions">
          {actions.map((action) => (
            <li key={action.key}>
              <ActionLink action={action} taken={taken.has(action.key)} {...rest} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ActionList({ active, ended, ...rest }: ActionListProps) {
  return (
    <>
      <Section id="active-heading" heading={t('sectionActive')} actions={active} empty={t('noActiveActions')} {...rest} />
      <Section id="ended-heading" heading={t('sectionEnded')} actions={ended} empty={t('noEndedActions')} {...rest} />
    </>
  );
}
