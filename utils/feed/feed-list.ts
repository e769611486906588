/** The supporter's list of followed feeds, and the rules about the bundled one. */
import { deleteAllData } from '@/utils/db/backup';
import { removeFeed } from '@/utils/db/feeds';
import { updateSettings } from '@/utils/db/settings';
import { bundledFeedKey } from './action';
import { installBundledFeed } from './bundled-feed';

/** Unfollows a feed; the bundled one stays away (not brought back by an update) until restored. */
export async function removeFollowedFeed(key: string): Promise<void> {
  await removeFeed(key);
  if (key === bundledFeedKey) await updateSettings({ bundledFeedRemoved: true });
}

export async function restoreDefaultFeed(): Promise<void> {
  await updateSettings({ bundledFeedRemoved: false });
  await installBundledFeed();
}

/** Delete all data: everything forgotten, then the bundled examples back, as on a fresh install. */
export async function startAfresh(): Promise<void> {
  await deleteAllData();
  await installBundledFeed();
}
