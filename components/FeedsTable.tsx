import { useState } from 'preact/hooks';
import { bundledFeedKey } from '@/utils/feed/action';
import { t, tCount } from '@/utils/browser/i18n';
import type { FeedRecord } from '@/utils/db/records';
import { problemText } from '@/utils/feed/problem-text';
import { skippedCount } from '@/utils/feed/skipped';
import { timeAgo } from '@/utils/format/intl';
import { useAppContext } from './hooks/app-context';
import { type Status, StatusMessage } from './StatusMessage';

export interface FeedsTableProps {
  feeds: FeedRecord[];
  busy: boolean;
  status?: Status;
  /** Called straight from the click, so a permission prompt still counts as its gesture. */
  onAdd: (url: string) => void;
  onRemove: (feed: FeedRecord) => void;
  onRestoreDefault?: () => void;
  /** The address of a feed whose site needs the supporter's permission. */
  needsPermission?: string;
  /** Called straight from the click: it asks for the site's permission first. */
  onAllow: () => void;
}

export function FeedsTable({ feeds, busy, status, onAdd, onRemove, onRestoreDefault, needsPermission, onAllow }: FeedsTableProps) {
  const { now, language } = useAppContext();
  const [url, setUrl] = useState('');
  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t('feedsHeading')}</h2>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim()) onAdd(url.trim());
        }}
      >
        <label for="feed-url">{t('feedUrl')}</label>
        <input id="feed-url" type="url" value={url} placeholder="https://" onInput={(event) => setUrl(event.currentTarget.value)} />
        <button type="submit" disabled={busy}>
          {t('addFeed')}
        </button>
        {onRestoreDefault && (
          <button type="button" onClick={onRestoreDefault}>
            {t('restoreDefaultFeed')}
          </button>
        )}
      </form>
      <StatusMessage status={status} />
      {needsPermission && (
        <p>
          <button type="button" onClick={onAllow}>
            {t('allowAccessTo', new URL(needsPermission).host)}
          </button>
        </p>
      )}
      <table>
        <caption>{t('feedsTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedName')}</th>
            <th scope="col">{t('feedAddress')}</th>
            <th scope="col">{t('feedLastUpdate')}</th>
            <th scope="col">{t('feedState')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {feeds.map((feed) => (
            <tr key={feed.key}>
              <th scope="row">{feed.title}</th>
              <td>{feed.key === bundledFeedKey ? t('bundledFeed') : feed.url}</td>
              <td>{feed.lastSuccessAt ? timeAgo(feed.lastSuccessAt, now, language) : '—'}</td>
              <td>
                {feed.lastProblem ? (
                  <span class="error">{problemText(feed.lastProblem)}</span>
                ) : (
                  tCount(feed.actions.length, { one: 'feedOkOne', other: 'feedOkOther' }, [String(feed.actions.length)])
                )}
                {feed.skipped.length > 0 && (
                  <>
                    {' '}
                    {tCount(skippedCount(feed), { one: 'feedSkippedItemsOne', other: 'feedSkippedItemsOther' }, [
                      String(skippedCount(feed)),
                      feed.title,
                    ])}
                  </>
                )}
              </td>
              <td>
                <button type="button" onClick={() => onRemove(feed)}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
