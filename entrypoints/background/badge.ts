import { scheduleOnce } from '@/utils/browser/alarms';
import { setBadgeCount } from '@/utils/browser/badge';
import { actionsOf, listFeeds } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import type { PopupSnapshot } from '@/utils/db/records';
import { type FirstPaintDrawer, buildPopupSnapshot, writePopupSnapshot } from '@/utils/db/snapshot-writer';
import { pendingActionCount } from '@/utils/log/progress';

/** Draws the popup's first paint again once it stops reading true (index.ts). */
export const redrawAlarm = 'redraw-first-paint';
/** Not sooner: a drawing that stops reading true within the minute (Undo about to end) waits for the next. */
const redrawAtMostEveryMs = 60_000;

/** Preact and the popup's components, evaluated the first time a snapshot is written. */
const drawFirstPaint: FirstPaintDrawer = (head, now) =>
  import('@/components/first-paint').then((module) => module.drawFirstPaint(head, now));

/** The last recount, for the next one to wait for: each reads, draws, then writes, and an older read must never be written last. */
let lastRecount: Promise<unknown> = Promise.resolve();

/**
 * Recomputes what is derived from the database after a write or a refresh,
 * from one read: the toolbar badge and the popup's ready-to-draw snapshot,
 * with its first screen drawn, and drawn again when it stops reading true.
 * One at a time, in the order asked.
 */
export function refreshDerived(now?: Date): Promise<{ count: number; snapshot: PopupSnapshot }> {
  const recount = lastRecount.then(() => recountDerived(now ?? new Date()));
  lastRecount = recount.catch(() => undefined);
  return recount;
}

async function recountDerived(now: Date): Promise<{ count: number; snapshot: PopupSnapshot }> {
  const [feeds, log] = await Promise.all([listFeeds(), listLog()]);
  const count = pendingActionCount(actionsOf(feeds), log, now);
  const [{ snapshot, firstPaint }] = await Promise.all([
    writePopupSnapshot(buildPopupSnapshot(feeds, log), now, drawFirstPaint),
    setBadgeCount(count),
  ]);
  if (firstPaint) await scheduleOnce(redrawAlarm, Math.max(firstPaint.validUntil, now.getTime() + redrawAtMostEveryMs));
  return { count, snapshot };
}

/** Recomputes the toolbar badge (and the popup's snapshot) from the database. */
export async function refreshBadge(now?: Date): Promise<number> {
  return (await refreshDerived(now)).count;
}
