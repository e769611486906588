import type { FeedRecord } from '@/utils/db/records';

/** How many items of a feed were not read: those past the limit share one entry. */
export function skippedCount(feed: Pick<FeedRecord, 'skipped'>): number {
  return feed.skipped.reduce((total, item) => total + (item.count ?? 1), 0);
}
