import { bundledFeedKey } from '@/utils/feed/action';
import { extensionUrl } from '@/utils/browser/tabs';
import { getFeed, putFeed } from '@/utils/db/feeds';
import { type FeedRecord } from '@/utils/db/records';
import { loadSettings } from '@/utils/db/settings';
import { applyParsedFeed } from './feed-update';
import { parseFeed } from './parse';

const bundledFeedPath = '/feeds/default.feed.json';

/** Reads the feed shipped with the extension into the database. */
export async function installBundledFeed(now = new Date()): Promise<FeedRecord> {
  const response = await fetch(extensionUrl(bundledFeedPath));
  const parsed = parseFeed(await response.json(), bundledFeedKey);
  if (!parsed.ok) throw new Error(`The bundled feed is invalid: ${parsed.problems.join('; ')}`);
  const record = applyParsedFeed(await getFeed(bundledFeedKey), parsed.feed, { key: bundledFeedKey, now });
  await putFeed(record);
  return record;
}

/** On first run, and after an update of the extension, unless the supporter removed it. */
export async function ensureBundledFeed(): Promise<void> {
  const settings = await loadSettings();
  if (!settings.bundledFeedRemoved) await installBundledFeed();
}
