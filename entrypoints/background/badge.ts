import { setBadgeCount } from '../../utils/browser/badge';
import { actionsOf, listFeeds } from '../../utils/db/feeds';
import { listLog } from '../../utils/db/log';
import { pendingActionCount } from '../../utils/log/progress';

/** Recomputes the toolbar badge from the database. */
export async function refreshBadge(now = new Date()): Promise<number> {
  const [feeds, log] = await Promise.all([listFeeds(), listLog()]);
  const count = pendingActionCount(actionsOf(feeds), log, now);
  await setBadgeCount(count);
  return count;
}
