/** Building and storing the popup's snapshot: the background's job after every write and refresh. */
import { firstScreenful, listOrder, splitByStatus } from '@/utils/feed/action-lists';
import { openDatabase } from './database';
import { type FeedRecord, type FirstPaint, type LogEntry, type PopupSnapshot, firstPaintSchema, popupSnapshotSchema } from './records';
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
  return { version: popupSnapshotVersion, actions, feedProblems, newestLogEntry: log[0], loggedCount: log.length, complete: true };
}

/**
 * The popup's first screenful of a long list: the first active actions and,
 * when they are few, the most recently ended, in list order. An action that
 * ends before the popup opens only moves to the ended section, where it
 * comes first, as in the whole list.
 */
function firstScreen(snapshot: PopupSnapshot, now: Date): PopupSnapshot {
  const { active, ended } = splitByStatus(snapshot.actions, now);
  const endedShown = Math.max(0, firstScreenful - active.length);
  // `ended` comes most recent first.
  const kept = new Set([...active.slice(0, firstScreenful), ...ended.slice(0, endedShown)]);
  if (kept.size === snapshot.actions.length) return snapshot;
  return { ...snapshot, actions: snapshot.actions.filter((action) => kept.has(action)), complete: false };
}

/** Draws the first screen of a snapshot for the popup's first paint (components/first-paint.tsx, the background's). */
export type FirstPaintDrawer = (head: PopupSnapshot, now: Date) => Promise<FirstPaint | undefined>;

/** The first paint of `head`, or none when it could not be drawn: the popup then draws without it. */
async function firstPaintOf(head: PopupSnapshot, now: Date, draw: FirstPaintDrawer): Promise<FirstPaint | undefined> {
  try {
    const drawn = await draw(head, now);
    return drawn && firstPaintSchema.parse(drawn);
  } catch (error) {
    console.error("The popup's first paint could not be drawn:", error);
    return undefined;
  }
}

/**
 * Validates, then replaces the stored snapshot in one transaction: the first
 * screenful the popup draws at once (`popup`), with its first paint when a
 * drawer is given, and the whole list when that is only a part (`list`).
 */
export async function writePopupSnapshot(
  snapshot: PopupSnapshot,
  now = new Date(),
  draw?: FirstPaintDrawer,
): Promise<{ snapshot: PopupSnapshot; firstPaint?: FirstPaint }> {
  const valid = popupSnapshotSchema.parse(snapshot);
  const head = firstScreen(valid, now);
  // Drawn before the transaction opens: it would not outlive an await on anything else.
  const firstPaint = draw && (await firstPaintOf(head, now, draw));
  const tx = (await openDatabase()).transaction('snapshot', 'readwrite');
  const store = tx.objectStore('snapshot');
  await Promise.all([
    store.put(firstPaint ? { ...head, firstPaint } : head, 'popup'),
    head.complete ? store.delete('list') : store.put(valid, 'list'),
    tx.done,
  ]);
  return { snapshot: valid, firstPaint };
}
