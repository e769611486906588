/**
 * Every kind of record the extension stores, as one zod schema each; the
 * stores, backups and messages all check records against these. Types are
 * inferred from them. Their fields follow the same rules as the wire format
 * (feed/field-rules.ts), so a backup or a message can store nothing a feed
 * could not. This module imports no store, so nothing cycles.
 */
import * as z from 'zod/mini';
import { t } from '@/utils/browser/i18n';
import {
  countryCode,
  dateTime,
  endsAt,
  feedUrl,
  languageTag,
  logId,
  mailbox,
  nonEmptyText,
  oneLine,
  phoneNumber,
  publicTemplate,
  reference,
  sequence,
  targetId,
  template,
  timeZone,
  twitterHandle,
} from '@/utils/feed/field-rules';
import { popupSnapshotVersion } from './snapshot-version';

// Urgent actions, made from validated feed items (feed/normalize.ts).
export const targetRecordSchema = z.object({
  id: targetId,
  name: nonEmptyText,
  title: z.optional(z.string()),
  organization: z.optional(z.string()),
  address: z.array(z.string()),
  email: z.optional(mailbox),
  phone: z.optional(phoneNumber),
  fax: z.optional(phoneNumber),
  twitter: z.optional(twitterHandle),
  salutation: template,
  timezone: z.optional(timeZone),
});

export const actionRecordSchema = z.object({
  /** Feed key + item id: the action's identity everywhere (log, drafts). */
  key: z.string(),
  feedKey: z.string(),
  itemId: z.string(),
  reference,
  sequence: z.optional(sequence),
  title: nonEmptyText,
  url: z.optional(feedUrl),
  summary: z.optional(z.string()),
  instructions: z.optional(z.string()),
  country: z.optional(countryCode),
  language: z.optional(languageTag),
  /** As the feed gives it: a full date (`2023-11-29`) or a date-time with offset. */
  endsAt: z.optional(endsAt),
  status: z.enum(['active', 'ended']),
  datePublished: z.optional(dateTime),
  dateModified: z.optional(dateTime),
  targets: z.array(targetRecordSchema).check(z.minLength(1)),
  letter: z.object({
    subject: template.check(z.minLength(1), z.refine(oneLine)),
    body: template.check(z.minLength(1)),
    closing: z.string(),
  }),
  tweet: publicTemplate,
  callScript: z.optional(template),
  reportUrl: z.optional(feedUrl),
  /**
   * Read by the importer from the organization's own page (an RSS or Atom
   * entry), not published as an action: the supporter checks it before sending.
   */
  fromPage: z.optional(z.boolean()),
});

export type TargetRecord = z.infer<typeof targetRecordSchema>;
export type ActionRecord = z.infer<typeof actionRecordSchema>;

// Followed feeds: where each comes from and its last good actions.
const feedProblemCodes = [
  'offline',
  'timeout',
  'not-found',
  'http-error',
  'not-a-feed',
  'too-large',
  'invalid',
  'not-allowed',
  'needs-permission',
] as const;

const feedProblemSchema = z.object({
  code: z.enum(feedProblemCodes),
  message: z.string(),
  /** ISO 8601 instant of the failed attempt. */
  at: dateTime,
});

/**
 * One RSS or Atom entry already read, so that it is not fetched or parsed again
 * while its id and version (updated date, else a fingerprint) stay the same.
 */
const entryCacheSchema = z.object({
  id: z.string(),
  version: z.string(),
  /** The action it gave… */
  itemId: z.optional(z.string()),
  /** …or why the importer skipped it. */
  reasons: z.optional(z.array(z.string())),
});

export type EntryCache = z.infer<typeof entryCacheSchema>;

export const feedRecordSchema = z.object({
  /** The feed's URL, or `bundled` for the feed shipped with the extension. */
  key: z.string(),
  url: z.optional(feedUrl),
  title: z.string(),
  organization: z.string(),
  homePageUrl: z.optional(feedUrl),
  reportUrl: z.optional(feedUrl),
  actions: z.array(actionRecordSchema),
  /** `count`: how many items one entry stands for (those past the limit share one); 1 when absent. */
  skipped: z.array(z.object({ id: z.optional(z.string()), reasons: z.array(z.string()), count: z.optional(z.number()) })),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  lastSuccessAt: z.optional(dateTime),
  lastProblem: z.optional(feedProblemSchema),
  /** Failed attempts in a row, for backoff. */
  failures: z.int().check(z.gte(0)),
  addedAt: dateTime,
  /** For an RSS or Atom feed: the entries already read. */
  entries: z.optional(z.array(entryCacheSchema)),
});

export type FeedProblem = z.infer<typeof feedProblemSchema>;
export type FeedRecord = z.infer<typeof feedRecordSchema>;

// The log of actions taken.
const channels = ['email', 'tweet', 'call', 'print', 'done'] as const;
export type Channel = (typeof channels)[number];

export const callOutcomes = ['unknown', 'reached', 'voicemail', 'no-answer'] as const;
export type CallOutcome = (typeof callOutcomes)[number];

/**
 * One action taken. It copies the action's reference and title and the
 * official's name so that history outlives a removed feed.
 */
export const logEntrySchema = z.object({
  id: z.optional(logId),
  actionKey: z.string(),
  feedKey: z.string(),
  itemId: z.string(),
  reference: z.string(),
  title: z.string(),
  targetId: z.string(),
  targetName: z.string(),
  channel: z.enum(channels),
  outcome: z.optional(z.enum(callOutcomes)),
  /** ISO 8601 instant. */
  at: dateTime,
});

export type LogEntry = z.infer<typeof logEntrySchema>;
export type NewLogEntry = Omit<LogEntry, 'id'>;

/** The supporter's edits to one action's letter and tweet. */
export const draftSchema = z.object({
  actionKey: z.string(),
  /** The whole letter as shown for `targetId`. */
  letter: z.optional(z.string()),
  targetId: z.string(),
  tweet: z.optional(z.string()),
  /** The action's date_modified when the draft was started, to tell of updates. */
  actionModified: z.optional(dateTime),
  updatedAt: dateTime,
  /** Counts the writes, so a view can tell a newer draft from one it has seen (absent: 0, written before versions). */
  version: z.optional(z.int().check(z.gte(0))),
});

export type Draft = z.infer<typeof draftSchema>;

/**
 * One view's edits to a draft: only the fields it changed, `null` for "back to
 * the sample". Merged field by field, so a view never erases what another wrote.
 */
const draftChangesSchema = z.object({
  letter: z.optional(z.nullable(z.string())),
  tweet: z.optional(z.nullable(z.string())),
  targetId: z.optional(z.string()),
});

export type DraftChanges = z.infer<typeof draftChangesSchema>;

export const draftPatchSchema = z.object({
  actionKey: z.string(),
  changes: draftChangesSchema,
  /** The version the view last saw. */
  baseVersion: z.int().check(z.gte(0)),
  /** The action's date_modified as the view shows it, kept when the draft starts. */
  actionModified: z.optional(z.string()),
});

export type DraftPatch = z.infer<typeof draftPatchSchema>;

// Notifications already shown.
export const noticeSchema = z.object({ key: z.string(), at: dateTime });
export type Notice = z.infer<typeof noticeSchema>;

// The supporter's own details: kept on this device, used only to sign letters.
// Messages are looked up when shown, in the UI language.
const detail = (max: number) => z.string().check(z.trim(), z.maxLength(max, { error: () => t('tooLong') }));

export const profileSchema = z.object({
  firstName: detail(100),
  lastName: detail(100),
  email: z.union([z.literal(''), z.email({ error: () => t('notAnEmail') })]),
  streetAddress: detail(200),
  city: detail(100),
  region: detail(100),
  postalCode: detail(20),
  country: detail(100),
  includeEmail: z.boolean(),
  includeCity: z.boolean(),
});

export type Profile = z.infer<typeof profileSchema>;

export const emptyProfile: Profile = {
  firstName: '',
  lastName: '',
  email: '',
  streetAddress: '',
  city: '',
  region: '',
  postalCode: '',
  country: '',
  includeEmail: true,
  includeCity: true,
};

export const profileTextFields = [
  'firstName',
  'lastName',
  'email',
  'streetAddress',
  'city',
  'region',
  'postalCode',
  'country',
] as const satisfies readonly (keyof Profile)[];

export const emailApps = ['default', 'gmail', 'outlook'] as const;
export type EmailApp = (typeof emailApps)[number];

export const refreshIntervalsMinutes = [30, 60, 180, 360, 1440] as const;

export const settingsSchema = z.object({
  emailApp: z.enum(emailApps),
  refreshMinutes: z.number().check(z.gte(15)),
  notifyNewActions: z.boolean(),
  /** Set when the supporter removed the bundled feed, so it is not brought back. */
  bundledFeedRemoved: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  emailApp: 'default',
  refreshMinutes: 60,
  notifyNewActions: false,
  bundledFeedRemoved: false,
};

/**
 * The first screen drawn from a snapshot as HTML by the background
 * (components/first-paint.tsx): the popup shows it before its modules have
 * loaded, then its first render takes that DOM over.
 */
export const firstPaintSchema = z.object({
  html: z.string(),
  /** The page's language and title, as the popup sets them. */
  language: z.string(),
  title: z.string(),
  /** It reads true until then (a time value), with no write in between: utils/feed/list-changes.ts. */
  validUntil: z.number(),
});

export type FirstPaint = z.infer<typeof firstPaintSchema>;

/**
 * The popup's list, ready to draw: written by the background after every
 * write and refresh (validated then), read by the popup with a version check
 * only, so its first render needs neither the schemas nor the whole log.
 */
export const popupSnapshotSchema = z.object({
  version: z.literal(popupSnapshotVersion),
  /** Every action, soonest deadline first; the popup splits active from ended when it draws. */
  actions: z.array(
    z.extend(
      z.pick(actionRecordSchema, { key: true, reference: true, country: true, title: true, endsAt: true, status: true, fromPage: true }),
      {
        /** Some action was logged for it. */
        taken: z.boolean(),
      },
    ),
  ),
  /** Feeds that failed or skipped items, as the popup's alerts tell them. */
  feedProblems: z.array(z.pick(feedRecordSchema, { key: true, title: true, lastProblem: true, lastSuccessAt: true, skipped: true })),
  newestLogEntry: z.optional(logEntrySchema),
  loggedCount: z.number(),
  /** False in the popup's first screenful of a long list (snapshot-writer.ts): the whole list is stored apart. */
  complete: z.boolean(),
  /** In the record the popup reads first only. */
  firstPaint: z.optional(firstPaintSchema),
});

export type PopupSnapshot = z.infer<typeof popupSnapshotSchema>;
export type ListAction = PopupSnapshot['actions'][number];
export type ProblemFeed = PopupSnapshot['feedProblems'][number];
