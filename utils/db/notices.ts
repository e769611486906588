/** Which notifications were already shown: a new action once, a reminder once. */
import { noticeSchema } from './records';
import { recordStore } from './store';

const notices = recordStore('notices', noticeSchema);

export const newActionNotice = (actionKey: string) => `new ${actionKey}`;
export const reminderNotice = (actionKey: string) => `reminder ${actionKey}`;

/** Records the notice; false when it had been shown before. */
export async function markNoticed(key: string, now: Date): Promise<boolean> {
  let seen = false;
  await notices.update(key, (stored) => {
    seen = stored !== undefined;
    return stored ?? { key, at: now.toISOString() };
  });
  return !seen;
}
