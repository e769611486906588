/**
 * What the popup's action screen shows (feeds, profile, settings, the whole
 * log), read when an action is opened, with the schemas: none of it weighs on
 * the list's first paint.
 */
import { actionsOf, listFeeds } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import { loadProfile } from '@/utils/db/profile';
import type { ActionRecord, LogEntry, Profile, Settings } from '@/utils/db/records';
import { loadSettings } from '@/utils/db/settings';

export interface OpenedAction {
  action: ActionRecord;
  profile: Profile;
  settings: Settings;
  log: LogEntry[];
}

/** The action and what its screen shows; undefined when no feed has it. */
export async function loadOpenedAction(key: string): Promise<OpenedAction | undefined> {
  const [feeds, profile, settings, log] = await Promise.all([listFeeds(), loadProfile(), loadSettings(), listLog()]);
  const action = actionsOf(feeds).find((candidate) => candidate.key === key);
  return action && { action, profile, settings, log };
}

/**
 * The data read again after a write (a logged action, an Undo), keeping the
 * action object when the action itself did not change: its screen follows the
 * action (use-draft.ts), and would otherwise reload the draft and forget the
 * official the supporter chose.
 */
export function keepSameAction(previous: OpenedAction | undefined, next: OpenedAction): OpenedAction {
  if (previous?.action.key !== next.action.key || JSON.stringify(previous.action) !== JSON.stringify(next.action)) return next;
  return { ...next, action: previous.action };
}
