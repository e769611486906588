import { t, tCount } from '@/utils/browser/i18n';
import type { FeedRecord } from '@/utils/db/records';
import { problemText } from '@/utils/feed/problem-text';
import { skippedCount } from '@/utils/feed/skipped';
import { timeAgo } from '@/utils/format/intl';
import { useAppContext } from './hooks/app-context';

/** One alert per feed that could not be updated, saying when it last worked. */
export function FeedProblems({ feeds }: { feeds: FeedRecord[] }) {
  const { now, language } = useAppContext();
  const failing = feeds.filter((feed) => feed.lastProblem);
  const unreadable = feeds.filter((feed) => feed.skipped.length > 0);
  if (failing.length === 0 && unreadable.length === 0) return null;
  return (
    <div class="problems">
      {failing.map((feed) => (
        <p key={feed.key} role="alert">
          {feed.lastProblem && t('feedProblem', [feed.title, problemText(feed.lastProblem)])}{' '}
          {feed.lastSuccessAt && t('feedLastWorked', timeAgo(feed.lastSuccessAt, now, language))}
        </p>
      ))}
      {unreadable.map((feed) => (
        <details key={feed.key} class="notice">
          <summary>
            {tCount(skippedCount(feed), { one: 'feedSkippedItemsOne', other: 'feedSkippedItemsOther' }, [
              String(skippedCount(feed)),
              feed.title,
            ])}
          </summary>
          <ul>
            {feed.skipped
              .flatMap((item) => item.reasons)
              .map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
