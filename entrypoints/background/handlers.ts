/**
 * The background's handler table: one function per message of the protocol,
 * and the only code that writes to the database on a page's behalf. The badge
 * (and the popup's snapshot, badge.ts) is recounted after every write that can
 * change it, here and nowhere else.
 */
import { addLogEntry, removeLogEntry, setCallOutcome } from '@/utils/db/log';
import { patchDraft } from '@/utils/db/drafts';
import { broadcast } from '@/utils/browser/runtime';
import { importData } from '@/utils/db/backup';
import { saveProfile } from '@/utils/db/profile';
import { listFeeds } from '@/utils/db/feeds';
import { loadSettings, updateSettings } from '@/utils/db/settings';
import { installBundledFeed } from '@/utils/feed/bundled-feed';
import { removeFollowedFeed, restoreDefaultFeed, startAfresh } from '@/utils/feed/feed-list';
import { needsBundledFeed } from '@/utils/feed/first-run-feeds';
import { followFeed } from '@/utils/feed/follow-feed';
import { saveImportedItem } from '@/utils/import/imported-feed';
import { type DraftChangedEvent, type MessageName, protocol, type ReplyOf, type RequestOf } from '@/utils/messaging/protocol';
import { refreshDerived } from './badge';
import { refreshAndNotify, refreshIfDue, scheduleFeedRefresh } from './refresh';

type Handlers = { [Name in MessageName]: (request: RequestOf<Name>) => Promise<ReplyOf<Name>> };

export const handlers: Handlers = {
  logAction: ({ entry }) => addLogEntry(entry),
  undoLogEntry: ({ id }) => removeLogEntry(id),
  setCallOutcome: ({ id, outcome }) => setCallOutcome(id, outcome),
  saveDraft: async (patch) => {
    const draft = await patchDraft(patch);
    // Other views of the action (the popup and a tab) update at once.
    broadcast({ event: 'draftChanged', draft } satisfies DraftChangedEvent);
    return draft;
  },
  refreshFeeds: async ({ force }) => {
    if (force) await refreshAndNotify(true);
    else await refreshIfDue();
  },
  saveProfile: ({ profile }) => saveProfile(profile),
  updateSettings: async ({ change }) => {
    const settings = await updateSettings(change);
    if (change.refreshMinutes !== undefined) await scheduleFeedRefresh();
    return settings;
  },
  followFeed: ({ url }) => followFeed(url),
  removeFeed: ({ key }) => removeFollowedFeed(key),
  restoreDefaultFeed: () => restoreDefaultFeed(),
  installBundledFeed: () => installBundledFeed(),
  popupSnapshot: async () => {
    // First run, before the install event stored the bundled feed: the same rule as a page's (first-run-feeds.ts).
    const [feeds, settings] = await Promise.all([listFeeds(), loadSettings()]);
    if (needsBundledFeed(feeds, settings)) await installBundledFeed();
    return (await refreshDerived()).snapshot;
  },
  saveImportedAction: ({ item }) => saveImportedItem(item),
  importBackup: async ({ json }) => {
    const result = await importData(json);
    if (result.ok) await scheduleFeedRefresh();
    return result;
  },
  deleteAllData: async () => {
    await startAfresh();
    await scheduleFeedRefresh();
  },
};

/** Writes that cannot change the badge or the list (drafts), or that recount them themselves (a refresh, the popup's snapshot). */
const badgeUnchanged: ReadonlySet<MessageName> = new Set(['saveDraft', 'refreshFeeds', 'popupSnapshot']);

function isMessageName(name: unknown): name is MessageName {
  return typeof name === 'string' && Object.hasOwn(protocol, name);
}

/** Checks a message on arrival, runs its handler, recounts the badge; a bad message is refused with an error. */
export async function handleMessage(raw: unknown): Promise<unknown> {
  const { name, request } = (raw ?? {}) as { name?: unknown; request?: unknown };
  if (!isMessageName(name)) throw new Error(`Unknown message: ${String(name)}`);
  const parsed = protocol[name].request.safeParse(request);
  if (!parsed.success)
    throw new Error(`Invalid ${name} message: ${parsed.error.issues.map((issue) => issue.path.join('.') || issue.message).join(', ')}`);
  const handler = handlers[name] as (request: unknown) => Promise<unknown>;
  const reply = await handler(parsed.data);
  if (!badgeUnchanged.has(name)) await refreshDerived();
  return reply;
}
