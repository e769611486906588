/** Followed feeds as stored: where each comes from and its last good actions. */
import { type ActionRecord, type FeedRecord, feedRecordSchema } from './records';
import { recordStore } from './store';

const feeds = recordStore('feeds', feedRecordSchema);

export function listFeeds(): Promise<FeedRecord[]> {
  return feeds.all();
}

export function getFeed(key: string): Promise<FeedRecord | undefined> {
  return feeds.get(key);
}

export async function putFeed(feed: FeedRecord): Promise<void> {
  await feeds.put(feed);
}

/** Changes one feed in a single transaction, so that a concurrent write is never lost. */
export function updateFeed(
  key: string,
  change: (stored: FeedRecord | undefined) => FeedRecord | undefined,
): Promise<FeedRecord | undefined> {
  return feeds.update(key, change);
}

export function removeFeed(key: string): Promise<void> {
  return feeds.delete(key);
}

/** The actions of every followed feed. */
export function actionsOf(list: readonly FeedRecord[]): ActionRecord[] {
  return list.flatMap((feed) => feed.actions);
}
