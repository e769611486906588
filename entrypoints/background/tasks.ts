/** What the background does; entrypoints/background.ts only wires it to events. */
import { bundledFeedKey, endInstant, isEnded, type ActionRecord } from '../../utils/feed/action';
import { refreshBadge } from './badge';
import { scheduleRepeating } from '../../utils/browser/alarms';
import { t } from '../../utils/browser/i18n';
import { notify } from '../../utils/browser/notifications';
import { extensionUrl, openTab } from '../../utils/browser/tabs';
import { deleteDraft, saveDraft } from '../../utils/db/drafts';
import { ensureBundledFeed } from '../../utils/feed/bundled-feed';
import { refreshFeeds } from '../../utils/feed/refresh-feeds';
import { actionsOf, listFeeds } from '../../utils/db/feeds';
import { addLogEntry, listLog, type LogEntry } from '../../utils/db/log';
import { messageSchema } from '../../utils/messaging/protocol';
import { actionTabUrl } from '../../utils/browser/page-urls';
import { markNoticed, newActionNotice, reminderNotice } from '../../utils/db/notices';
import { loadSettings } from '../../utils/db/settings';

export const refreshAlarm = 'refresh-feeds';
const reminderWindowMs = 24 * 60 * 60_000;

export async function scheduleFeedRefresh(): Promise<void> {
  await scheduleRepeating(refreshAlarm, (await loadSettings()).refreshMinutes);
}

/** Actions ending within a day that the supporter has not acted on yet. */
export function actionsToRemind(actions: readonly ActionRecord[], log: readonly LogEntry[], now: Date): ActionRecord[] {
  const acted = new Set(log.map((entry) => entry.actionKey));
  return actions.filter(
    (action) =>
      action.feedKey !== bundledFeedKey &&
      action.endsAt !== undefined &&
      !acted.has(action.key) &&
      !isEnded(action, now) &&
      endInstant(action.endsAt).getTime() - now.getTime() <= reminderWindowMs,
  );
}

async function notifyOnce(id: string, title: string, message: string, now: Date): Promise<void> {
  if (await markNoticed(id, now)) await notify(id, title, message);
}

/**
 * Refreshes the feeds that are due (all when forced), then tells the supporter
 * of new actions and of deadlines near, if they asked to be notified.
 */
export async function refreshAndNotify(force: boolean, now = new Date()): Promise<number> {
  const settings = await loadSettings();
  const known = new Set(actionsOf(await listFeeds()).map((action) => action.key));
  const actions = actionsOf(await refreshFeeds({ now, intervalMinutes: settings.refreshMinutes, force }));
  if (settings.notifyNewActions) {
    for (const action of actions.filter((candidate) => !known.has(candidate.key) && !isEnded(candidate, now))) {
      await notifyOnce(newActionNotice(action.key), t('notifyNewTitle'), action.title, now);
    }
    for (const action of actionsToRemind(actions, await listLog(), now)) {
      await notifyOnce(reminderNotice(action.key), t('notifyReminderTitle'), action.title, now);
    }
  }
  return refreshBadge(now);
}

/** A notification's id is `new <action key>` or `reminder <action key>`: open that action. */
export async function handleNotificationClick(id: string): Promise<void> {
  const actionKey = id.slice(id.indexOf(' ') + 1);
  await openTab(actionTabUrl(actionKey));
}

export async function handleMessage(raw: unknown): Promise<LogEntry | number | undefined> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const message = parsed.data;
  switch (message.type) {
    case 'log-action': {
      const entry = await addLogEntry(message.entry);
      await refreshBadge();
      return entry;
    }
    case 'save-draft':
      await saveDraft(message.draft);
      return undefined;
    case 'delete-draft':
      await deleteDraft(message.actionKey);
      return undefined;
    case 'refresh-feeds':
      return refreshAndNotify(message.force);
    case 'settings-changed':
      await scheduleFeedRefresh();
      return refreshBadge();
  }
}

/** First run: store the bundled feed and welcome the supporter in the options page. */
export async function handleInstalled(reason: string): Promise<void> {
  await ensureBundledFeed();
  await scheduleFeedRefresh();
  await refreshBadge();
  if (reason === 'install') await openTab(extensionUrl('/options.html?welcome=1'));
}
