import type { FeedRecord, Settings } from '@/utils/db/records';
import { send } from '@/utils/messaging/send';

/**
 * The feeds a page shows. On first run a page can open before the background
 * has stored the bundled feed (the welcome page opens on install): it asks the
 * background to store it now rather than showing an empty list.
 */
export async function withBundledFeed(feeds: FeedRecord[], settings: Settings): Promise<FeedRecord[]> {
  if (!needsBundledFeed(feeds, settings)) return feeds;
  return [await send('installBundledFeed', {})];
}

/** No feed stored yet, and the supporter did not remove the bundled one: first run. */
export function needsBundledFeed(feeds: readonly FeedRecord[], settings: Pick<Settings, 'bundledFeedRemoved'>): boolean {
  return feeds.length === 0 && !settings.bundledFeedRemoved;
}
