import { useEffect, useRef } from 'preact/hooks';
import type { ListAction } from '@/utils/db/records';
import { t } from '@/utils/browser/i18n';
import { firstScreenful } from '@/utils/feed/action-lists';
import { countryName } from '@/utils/format/intl';
import { DeadlineText } from './DeadlineText';
import { useAppContext } from './hooks/app-context';

interface ActionListProps {
  active: ListAction[];
  ended: ListAction[];
  /** False while only the first screenful of a long list is there (utils/db/snapshot-writer.ts). */
  complete: boolean;
  /** The action the supporter came back from: its link gets the focus again. */
  returnedFrom?: string;
  onOpen: (key: string) => void;
}

function ActionLink({ action, returnedFrom, onOpen }: { action: ListAction; returnedFrom?: string; onOpen: (key: string) => void }) {
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
        {action.taken && (
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
  actions: ListAction[];
  empty: string;
  returnedFrom?: string;
  onOpen: (key: string) => void;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {actions.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul class="actions">
          {actions.map((action) => (
            <li key={action.key}>
              <ActionLink action={action} {...rest} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ActionList({ active, ended, complete, ...rest }: ActionListProps) {
  return (
    <>
      <Section id="active-heading" heading={t('sectionActive')} actions={active} empty={t('noActiveActions')} {...rest} />
      {/* The first screenful of a long list holds the ended section only when few are active. */}
      {(complete || active.length < firstScreenful) && (
        <Section id="ended-heading" heading={t('sectionEnded')} actions={ended} empty={t('noEndedActions')} {...rest} />
      )}
    </>
  );
}
