/** Which notifications were already shown: a new action once, a reminder once. */
import { noticeSchema } from './records';
import { recordStore } from './store';

const notices = recordStore('notices', noticeSchema);

export const newActionNotice = (actionKey: string) => `new ${actionKey}`;
export const reminderNotice = (actionKey: string) => `reminder ${actionKey}`;

/** The action a notice is about. */
export const noticeActionKey = (key: string) => key.slice(key.indexOf(' ') + 1);

/** Records the notice; false when it had been shown before. */
export async function markNoticed(key: string, now: Date): Promise<boolean> {
  let seen = false;
  await notices.update(key, (stored) => {
    seen = stored !== undefined;
    return stored ?? { key, at: now.toISOString() };
  });
  return !seen;
}

/** Forgets the notices of actions no feed holds any more, so the store follows the live actions. */
export async function pruneNotices(liveActionKeys: ReadonlySet<string>): Promise<void> {
  const gone = (await notices.all()).filter((notice) => !liveActionKeys.has(noticeActionKey(notice.key)));
  await Promise.all(gone.map((notice) => notices.delete(notice.key)));
}
