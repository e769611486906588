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
function ChannelLink({
  href,
  label,
  ended,
  primary,
  newTab,
  onFollow,
}: {
  href: string;
  label: string;
  ended: boolean;
  primary: boolean;
  newTab?: boolean;
  onFollow: () => void;
}) {
  const className = primary ? 'channel primary' : 'channel';
  if (ended) {
    return (
      <a class={className} role="link" aria-disabled="true">
        {label}
      </a>
    );
  }
  return (
    <a class={className} href={href} onClick={onFollow} {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {label}
    </a>
  );
}

/** The one channel shown as the obvious next step: email, else call, tweet, postal letter. */
function primaryChannel(links: TargetLinks): Channel {
  if (links.email) return 'email';
  if (links.call) return 'call';
  if (links.tweet) return 'tweet';
  return 'print';
}

export function TargetCard(props: TargetCardProps) {
  const { target, links, ended, lastEntry } = props;
  const { now, language } = useAppContext();
  const headingId = `target-${target.id}`;
  const follow = (channel: Channel) => () => props.onChannel(target, channel, links);
  const primary = primaryChannel(links);
  return (
    <section class="target" role="group" aria-labelledby={headingId}>
      <div class="target-head">
        <h3 id={headingId}>{target.name}</h3>
        {lastEntry ? (
          <p class="state done">{t(doneMessages[lastEntry.channel], timeAgo(lastEntry.at, now, language))}</p>
        ) : (
          <p class="state pending">{t('notContactedYet')}</p>
        )}
      </div>
      {(target.title || target.organization) && <p class="meta">{[target.title, target.organization].filter(Boolean).join(', ')}</p>}
      <div class="channels">
        {links.email && (
          <ChannelLink
            href={links.email.url}
            label={t('sendEmail')}
            ended={ended}
            primary={primary === 'email'}
            newTab={links.email.url.startsWith('https:')}
            onFollow={follow('email')}
          />
        )}
        {links.call && (
          <ChannelLink href={links.call} label={t('call')} ended={ended} primary={primary === 'call'} onFollow={follow('call')} />
        )}
        {links.tweet && (
          <ChannelLink
            href={links.tweet}
            label={t('tweet')}
            ended={ended || props.tweetTooLong}
            primary={primary === 'tweet'}
            newTab
            onFollow={follow('tweet')}
          />
        )}
        <ChannelLink
          href={props.printUrl}
          label={t('printLetter')}
          ended={ended}
          primary={primary === 'print'}
          newTab
          onFollow={follow('print')}
        />
        {target.fax && (
          <button type="button" onClick={() => props.onCopyFax(target.fax as string)}>
            {t('copyFaxNumber')}
          </button>
        )}
      </div>
      {target.fax && <p class="meta">{t('faxNumber', target.fax)}</p>}
      {links.call && target.timezone && <p class="meta">{t('localTimeAt', localTime(target.timezone, now, language))}</p>}
      {links.call && props.callScript && (
        <details>
          <summary>{t('callScript')}</summary>
          <p class="script">{props.callScript}</p>
        </details>
      )}
    </section>
  );
}
