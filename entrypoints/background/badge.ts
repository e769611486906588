import { setBadgeCount } from '@/utils/browser/badge';
import { actionsOf, listFeeds } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import type { PopupSnapshot } from '@/utils/db/records';
import { buildPopupSnapshot, writePopupSnapshot } from '@/utils/db/snapshot-writer';
import { pendingActionCount } from '@/utils/log/progress';

/**
 * Recomputes what is derived from the database after a write or a refresh,
 * from one read: the toolbar badge and the popup's ready-to-draw snapshot.
 */
export async function refreshDerived(now = new Date()): Promise<{ count: number; snapshot: PopupSnapshot }> {
  const [feeds, log] = await Promise.all([listFeeds(), listLog()]);
  const count = pendingActionCount(actionsOf(feeds), log, now);
  const [snapshot] = await Promise.all([writePopupSnapshot(buildPopupSnapshot(feeds, log)), setBadgeCount(count)]);
  return { count, snapshot };
}

/** Recomputes the toolbar badge (and the popup's snapshot) from the database. */
export async function refreshBadge(now = new Date()): Promise<number> {
  return (await refreshDerived(now)).count;
}
