/** What the popup reads when it opens, and how it sorts it. */
import { type ActionRecord, compareByDeadline, isEnded } from '../feed/action';
import { actionsOf, type FeedRecord, listFeeds } from './feeds';
import { listLog, type LogEntry } from './log';
import { loadProfile, type Profile } from './profile';
import { loadSettings, type Settings } from './settings';

export interface PopupData {
  feeds: FeedRecord[];
  profile: Profile;
  settings: Settings;
  log: LogEntry[];
}

export async function loadPopupData(): Promise<PopupData> {
  const [feeds, profile, settings, log] = await Promise.all([listFeeds(), loadProfile(), loadSettings(), listLog()]);
  if (feeds.length === 0 && !settings.bundledFeedRemoved) {
    // First run, before the background has stored the bundled feed.
    const { installBundledFeed } = await import('../feed/bundled-feed');
    feeds.push(await installBundledFeed());
  }
  return { feeds, profile, settings, log };
}

export function splitByStatus(feeds: readonly FeedRecord[], now: Date): { active: ActionRecord[]; ended: ActionRecord[] } {
  const sorted = actionsOf(feeds).sort(compareByDeadline);
  return {
    active: sorted.filter((action) => !isEnded(action, now)),
    ended: sorted.filter((action) => isEnded(action, now)).reverse(),
  };
}

const undoWindowMs = 5 * 60_000;
const outcomeWindowMs = 60 * 60_000;

/**
 * The entry the popup offers to undo, or whose call outcome it still asks
 * for: the newest one, while it is recent.
 */
export function entryToFollowUp(log: readonly LogEntry[], now: Date): LogEntry | undefined {
  const newest = log[0];
  if (!newest) return undefined;
  const age = now.getTime() - new Date(newest.at).getTime();
  const window = newest.channel === 'call' && newest.outcome === 'unknown' ? outcomeWindowMs : undoWindowMs;
  return age <= window ? newest : undefined;
}
