import { type TargetRecord, type Channel, type LogEntry } from '@/utils/db/records';
import { t } from '@/utils/browser/i18n';
import type { TargetLinks } from '@/utils/compose/target-links';
import { localTime, timeAgo } from '@/utils/format/intl';
import { useAppContext } from './hooks/app-context';

export interface TargetCardProps {
  target: TargetRecord;
  links: TargetLinks;
  printUrl: string;
  callScript?: string;
  ended: boolean;
  /** Above 280 weighted characters the tweet cannot be posted. */
  tweetTooLong: boolean;
  lastEntry?: LogEntry;
  onChannel: (target: TargetRecord, channel: Channel, links: TargetLinks) => void;
  onCopyFax: (fax: string) => void;
}

const doneMessages = {
  email: 'doneEmail',
  tweet: 'doneTweet',
  call: 'doneCall',
  print: 'donePrint',
  done: 'doneMarked',
} as const;

/** A link that is greyed out, not followable, once the action has ended. */
function ChannelLink({ href, label, ended, newTab, onFollow }: {
  href: string;
  label: string;
  ended: boolean;
  newTab?: boolean;
  onFollow: () => void;
}) {
  if (ended) {
    return (
      <a class="channel" role="link" aria-disabled="true">
        {label}
      </a>
    );
  }
  return (
    <a
      class="channel"
      href={href}
      onClick={onFollow}
      {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {label}
    </a>
  );
}

export function TargetCard(props: TargetCardProps) {
  const { target, links, ended, lastEntry } = props;
  const { now, language } = useAppContext();
  const headingId = `target-${target.id}`;
  const follow = (channel: Channel) => () => props.onChannel(target, channel, links);
  return (
    <section class="target" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{target.name}</h3>
      {(target.title || target.organization) && (
        <p class="meta">{[target.title, target.organization].filter(Boolean).join(', ')}</p>
      )}
      {lastEntry && (
        <p class="done">
          {t(doneMessages[lastEntry.channel], timeAgo(lastEntry.at, now, language))}
        </p>
      )}
      <div class="channels">
        {links.email && (
          <ChannelLink
            href={links.email.url}
            label={t('sendEmail')}
            ended={ended}
            newTab={links.email.url.startsWith('https:')}
            onFollow={follow('email')}
          />
        )}
        {links.tweet && (
          <ChannelLink href={links.tweet} label={t('tweet')} ended={ended || props.tweetTooLong} newTab onFollow={follow('tweet')} />
        )}
        {links.call && <ChannelLink href={links.call} label={t('call')} ended={ended} onFollow={follow('call')} />}
        {target.fax && (
          <button type="button" onClick={() => props.onCopyFax(target.fax as string)}>
            {t('copyFaxNumber')}
          </button>
        )}
        <ChannelLink href={props.printUrl} label={t('printLetter')} ended={ended} newTab onFollow={follow('print')} />
      </div>
      {target.fax && <p class="meta">{t('faxNumber', target.fax)}</p>}
      {links.call && target.timezone && (
        <p class="meta">{t('localTimeAt', localTime(target.timezone, now, language))}</p>
      )}
      {links.call && props.callScript && (
        <details>
          <summary>{t('callScript')}</summary>
          <p class="script">{props.callScript}</p>
        </details>
      )}
    </section>
  );
}
