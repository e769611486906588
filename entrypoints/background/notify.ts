/** Notifications: each shown once, and a click opens its action. */
import { notify } from '@/utils/browser/notifications';
import { t, tCount } from '@/utils/browser/i18n';
import { actionTabUrl, actionListTabUrl } from '@/utils/browser/page-urls';
import { openTab } from '@/utils/browser/tabs';
import { markNoticed, noticeActionKey } from '@/utils/db/notices';
import type { ActionRecord, LogEntry } from '@/utils/db/records';
import { bundledFeedKey, endInstant, isEnded } from '@/utils/feed/action';

const reminderWindowMs = 24 * 60 * 60_000;

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

export interface Notice {
  /** `new <action key>` or `reminder <action key>`. */
  id: string;
  title: string;
  message: string;
}

/** Notifications shown one by one in a refresh; the rest share one summary. */
export const maxNotificationsPerRefresh = 3;

/** The summary's id: each one replaces the last, and a click opens the list. */
export const moreActionsNotification = 'more-actions';

/**
 * Shows each notice not shown before, at most a few of them, then one summary
 * for the rest: a feed that renames its items on every fetch cannot flood the
 * supporter. Every notice is recorded as shown, the summarized ones too.
 */
export async function notifyAtMost(notices: readonly Notice[], now: Date): Promise<void> {
  const unseen: Notice[] = [];
  for (const notice of notices) {
    if (await markNoticed(notice.id, now)) unseen.push(notice);
  }
  for (const notice of unseen.slice(0, maxNotificationsPerRefresh)) await notify(notice.id, notice.title, notice.message);
  const more = unseen.length - maxNotificationsPerRefresh;
  if (more > 0) {
    await notify(
      moreActionsNotification,
      t('notifyMoreTitle'),
      tCount(more, { one: 'notifyMoreOne', other: 'notifyMoreOther' }, [String(more)]),
    );
  }
}

/** A notice's click opens its action; the summary's opens the list. */
export async function handleNotificationClick(id: string): Promise<void> {
  await openTab(id === moreActionsNotification ? actionListTabUrl() : actionTabUrl(noticeActionKey(id)));
}
