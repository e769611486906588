/** Fetching followed feeds again: a good copy replaces the cache, a problem never does. */
import { getFeed, listFeeds, updateFeed } from '@/utils/db/feeds';
import { type FeedRecord } from '@/utils/db/records';
import { applyNotModified, applyParsedFeed, applyProblem } from './feed-update';
import { fetchFeed } from './fetch-feed';
import { parseFeed } from './parse';
import { readXmlDocument } from './xml-reading';

const maxBackoffMinutes = 24 * 60;

/** When a feed should be fetched next: the interval, doubled for each failure in a row. */
export function nextAttemptAt(feed: FeedRecord, intervalMinutes: number): number {
  const last = feed.lastProblem?.at ?? feed.lastSuccessAt;
  if (!last) return 0;
  const minutes = Math.min(intervalMinutes * 2 ** feed.failures, Math.max(maxBackoffMinutes, intervalMinutes));
  return new Date(last).getTime() + minutes * 60_000;
}

/** The feed's next attempt has come (its interval, or its back-off after failures). */
export function isDue(feed: FeedRecord, intervalMinutes: number, now: Date): boolean {
  return nextAttemptAt(feed, intervalMinutes) <= now.getTime();
}

/** Refetches one feed (conditionally) and stores what came of it; undefined when the feed is gone. */
async function refreshFeed(record: FeedRecord, now = new Date()): Promise<FeedRecord | undefined> {
  if (!record.url) return record;
  const result = await fetchFeed(record.url, { etag: record.etag, lastModified: record.lastModified });
  let next: FeedRecord;
  if (result.kind === 'not-modified') next = applyNotModified(record, now);
  else if (result.kind === 'error') next = applyProblem(record, result.problem, now);
  else if (result.kind === 'xml') {
    const read = await readXmlDocument(result.text, { key: record.key, url: record.url, previous: record, now });
    next = read.ok
      ? applyParsedFeed(record, read.feed, { key: record.key, url: record.url, etag: result.etag, lastModified: result.lastModified, now })
      : applyProblem(record, { code: 'invalid', message: read.message }, now);
  } else {
    const parsed = parseFeed(result.document, record.key);
    next = parsed.ok
      ? applyParsedFeed(record, parsed.feed, {
          key: record.key,
          url: record.url,
          etag: result.etag,
          lastModified: result.lastModified,
          now,
        })
      : applyProblem(record, { code: 'invalid', message: `Not a valid feed: ${parsed.problems.slice(0, 3).join('; ')}` }, now);
  }
  // Written only over the very record this refresh started from, in one transaction: the supporter
  // may have removed the feed, or imported a backup, while it was being fetched; then theirs stays.
  const unchanged = (stored: FeedRecord | undefined) => stored !== undefined && JSON.stringify(stored) === JSON.stringify(record);
  return (await updateFeed(record.key, (stored) => (unchanged(stored) ? next : undefined))) ?? getFeed(record.key);
}

/**
 * Refetches the followed feeds that are due (all of them when `force`), side by
 * side. The bundled feed has no URL and stays as shipped.
 */
export async function refreshFeeds(options: { now: Date; intervalMinutes: number; force: boolean }): Promise<FeedRecord[]> {
  const feeds = await listFeeds();
  const refreshed = await Promise.all(
    feeds.map((feed) => (options.force || isDue(feed, options.intervalMinutes, options.now) ? refreshFeed(feed, options.now) : feed)),
  );
  return refreshed.filter((feed) => feed !== undefined);
}
