import { setBadgeCount } from './browser/badge';
import { actionsOf, listFeeds } from './feeds';
import { listLog } from './log';
import { pendingActionCount } from './progress';

/** Recomputes the toolbar badge from the database. */
export async function refreshBadge(now = new Date()): Promise<number> {
  const [feeds, log] = await Promise.all([listFeeds(), listLog()]);
  const count = pendingActionCount(actionsOf(feeds), log, now);
  await setBadgeCount(count);
  return count;
}
