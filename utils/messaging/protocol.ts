/**
 * Every message a page sends to the background, which owns every database
 * write: it outlives a popup that closes as soon as a mail client or a new tab
 * takes focus, so a write it starts is never lost. Each message names its
 * request schema (checked on arrival, with the same record rules as every
 * other way in) and its reply type. Pages import only the types (see send.ts),
 * so no schema weighs on their start-up.
 */
import * as z from 'zod/mini';
import { logId } from '@/utils/feed/field-rules';
import { feedItemSchema } from '@/utils/feed/schema';
import type { FollowResult } from '@/utils/feed/follow-feed';
import type { BackupImportResult } from '@/utils/db/backup';
import {
  type ActionRecord,
  callOutcomes,
  type Draft,
  draftPatchSchema,
  type FeedRecord,
  type LogEntry,
  type PopupSnapshot,
  logEntrySchema,
  type Profile,
  profileSchema,
  type Settings,
  settingsSchema,
} from '@/utils/db/records';

/** A request schema, with the reply type carried along for `send`: `message<Reply>()(schema)`. */
const message =
  <Reply>() =>
  <Request extends z.ZodMiniType>(request: Request) => ({ request, reply: undefined as unknown as Reply });

const empty = z.object({});

export const protocol = {
  /** A channel used (email, tweet, call, print, done); the reply is the stored entry. */
  logAction: message<LogEntry>()(z.object({ entry: z.omit(logEntrySchema, { id: true }) })),
  undoLogEntry: message<void>()(z.object({ id: logId })),
  setCallOutcome: message<void>()(z.object({ id: logId, outcome: z.enum(callOutcomes) })),
  /**
   * Every keystroke of a letter or tweet: the fields changed, merged into the
   * stored draft. The reply is the merged draft; every open view is told too
   * (draftChanged, below).
   */
  saveDraft: message<Draft>()(draftPatchSchema),
  /** `force`: the Refresh button; otherwise only feeds that are due (the popup opening), and nothing when none is. */
  refreshFeeds: message<void>()(z.object({ force: z.boolean() })),
  /** Validated again on arrival; a form validates first to show its field errors. */
  saveProfile: message<Profile>()(z.object({ profile: profileSchema })),
  updateSettings: message<Settings>()(z.object({ change: z.partial(settingsSchema) })),
  /** Fetches, validates and stores a feed (or the one a page names). */
  followFeed: message<FollowResult>()(z.object({ url: z.string() })),
  removeFeed: message<void>()(z.object({ key: z.string() })),
  restoreDefaultFeed: message<void>()(empty),
  /** First run, when a page opens before the background stored the bundled feed (first-run-feeds.ts). */
  installBundledFeed: message<FeedRecord>()(empty),
  /** The popup found no snapshot (first run, or one of an older shape): write it now, with the bundled feed on first run. */
  popupSnapshot: message<PopupSnapshot>()(empty),
  /** A reviewed import, validated like any feed item. */
  saveImportedAction: message<ActionRecord>()(z.object({ item: feedItemSchema })),
  importBackup: message<BackupImportResult>()(z.object({ json: z.string() })),
  /** Everything forgotten, then the bundled examples back, as on a fresh install. */
  deleteAllData: message<void>()(empty),
};

type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<Name extends MessageName> = z.infer<Protocol[Name]['request']>;
export type ReplyOf<Name extends MessageName> = Protocol[Name]['reply'];
/** What the background tells every open page after a draft was written (utils/browser/runtime.ts). */
export interface DraftChangedEvent {
  event: 'draftChanged';
  draft: Draft;
}
