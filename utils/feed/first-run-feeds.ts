import type { FeedRecord, Settings } from '@/utils/db/records';
import { send } from '@/utils/messaging/send';

/**
 * The feeds a page shows. On first run a page can open before the background
 * has stored the bundled feed (the welcome page opens on install): it asks the
 * background to store it now rather than showing an empty list.
 */
export async function withBundledFeed(feeds: FeedRecord[], settings: Settings): Promise<FeedRecord[]> {
  if (feeds.length > 0 || settings.bundledFeedRemoved) return feeds;
  return [await send('installBundledFeed', {})];
}
