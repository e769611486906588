import { extensionUrl, openTab } from '@/utils/browser/tabs';
import { ensureBundledFeed } from '@/utils/feed/bundled-feed';
import { refreshBadge } from './badge';
import { scheduleFeedRefresh } from './refresh';

/** First run: store the bundled feed and welcome the supporter in the options page. */
export async function handleInstalled(reason: string): Promise<void> {
  await ensureBundledFeed();
  await scheduleFeedRefresh();
  await refreshBadge();
  if (reason === 'install') await openTab(extensionUrl('/options.html?welcome=1'));
}
