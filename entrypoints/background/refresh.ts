/** Keeping feeds fresh: the periodic alarm, and what a refresh tells the supporter. */
import { scheduleRepeating } from '@/utils/browser/alarms';
import { t } from '@/utils/browser/i18n';
import { actionsOf, listFeeds } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import { newActionNotice, pruneNotices, reminderNotice } from '@/utils/db/notices';
import { loadSettings } from '@/utils/db/settings';
import { isEnded } from '@/utils/feed/action';
import { isDue, refreshFeeds } from '@/utils/feed/refresh-feeds';
import { refreshBadge } from './badge';
import { actionsToRemind, notifyAtMost } from './notify';

export const refreshAlarm = 'refresh-feeds';

export async function scheduleFeedRefresh(): Promise<void> {
  await scheduleRepeating(refreshAlarm, (await loadSettings()).refreshMinutes);
}

/**
 * Refreshes the feeds that are due (all when forced), then tells the supporter
 * of new actions and of deadlines near, if they asked to be notified.
 */
export async function refreshAndNotify(force: boolean, now = new Date()): Promise<number> {
  const settings = await loadSettings();
  const known = new Set(actionsOf(await listFeeds()).map((action) => action.key));
  const actions = actionsOf(await refreshFeeds({ now, intervalMinutes: settings.refreshMinutes, force }));
  await pruneNotices(new Set(actions.map((action) => action.key)));
  if (settings.notifyNewActions) {
    const fresh = actions.filter((candidate) => !known.has(candidate.key) && !isEnded(candidate, now));
    await notifyAtMost(
      [
        ...fresh.map((action) => ({ id: newActionNotice(action.key), title: t('notifyNewTitle'), message: action.title })),
        ...actionsToRemind(actions, await listLog(), now).map((action) => ({
          id: reminderNotice(action.key),
          title: t('notifyReminderTitle'),
          message: action.title,
        })),
      ],
      now,
    );
  }
  return refreshBadge(now);
}

/**
 * The popup's refresh on opening: as the alarm's when a feed is due, nothing at all when
 * none is. The popup opens often, and reading, recounting and rewriting everything each
 * time cost the background about 120 ms with a feed of 500 actions (npm run bench); the
 * alarm recounts the badge and reminds of deadlines on its own schedule.
 */
export async function refreshIfDue(now = new Date()): Promise<void> {
  const { refreshMinutes } = await loadSettings();
  if ((await listFeeds()).some((feed) => isDue(feed, refreshMinutes, now))) await refreshAndNotify(false, now);
}
