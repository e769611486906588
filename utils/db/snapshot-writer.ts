/** Building and storing the popup's snapshot: the background's job after every write and refresh. */
import { listOrder } from '@/utils/feed/action-lists';
import { openDatabase } from './database';
import { type FeedRecord, type LogEntry, type PopupSnapshot, popupSnapshotSchema } from './records';
import { popupSnapshotVersion } from './snapshot-version';

/** What the popup's list shows, from the stored feeds and the log (newest first). */
export function buildPopupSnapshot(feeds: readonly FeedRecord[], log: readonly LogEntry[]): PopupSnapshot {
  const taken = new Set(log.map((entry) => entry.actionKey));
  const actions = listOrder(feeds).map(({ key, reference, country, title, endsAt, status, fromPage }) => ({
    key,
    reference,
    country,
    title,
    endsAt,
    status,
    fromPage,
    taken: taken.has(key),
  }));
  const feedProblems = feeds
    .filter((feed) => feed.lastProblem || feed.skipped.length > 0)
    .map(({ key, title, lastProblem, lastSuccessAt, skipped }) => ({ key, title, lastProblem, lastSuccessAt, skipped }));
  return { version: popupSnapshotVersion, actions, feedProblems, newestLogEntry: log[0], loggedCount: log.length };
}

/** Validates, then replaces the stored snapshot. */
export async function writePopupSnapshot(snapshot: PopupSnapshot): Promise<PopupSnapshot> {
  const valid = popupSnapshotSchema.parse(snapshot);
  await (await openDatabase()).put('snapshot', valid, 'popup');
  return valid;
}
