/** Notifications: each shown once, and a click opens its action. */
import { notify } from '@/utils/browser/notifications';
import { actionTabUrl } from '@/utils/browser/page-urls';
import { openTab } from '@/utils/browser/tabs';
import { markNoticed } from '@/utils/db/notices';
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

export async function notifyOnce(id: string, title: string, message: string, now: Date): Promise<void> {
  if (await markNoticed(id, now)) await notify(id, title, message);
}

/** A notification's id is `new <action key>` or `reminder <action key>`: open that action. */
export async function handleNotificationClick(id: string): Promise<void> {
  const actionKey = id.slice(id.indexOf(' ') + 1);
  await openTab(actionTabUrl(actionKey));
}
