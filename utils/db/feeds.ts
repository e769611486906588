/** A followed feed as stored: where it comes from and its last good actions. */
import * as z from 'zod/mini';
import { type ActionRecord, actionRecordSchema } from '../feed/action';
import { openDatabase, validRecords } from './database';

export const feedProblemCodes = [
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

export const feedProblemSchema = z.object({
  code: z.enum(feedProblemCodes),
  message: z.string(),
  /** ISO 8601 instant of the failed attempt. */
  at: z.string(),
});

export const feedRecordSchema = z.object({
  /** The feed's URL, or `bundled` for the feed shipped with the extension. */
  key: z.string(),
  url: z.optional(z.string()),
  title: z.string(),
  organization: z.string(),
  homePageUrl: z.optional(z.string()),
  reportUrl: z.optional(z.string()),
  actions: z.array(actionRecordSchema),
  skipped: z.array(z.object({ id: z.optional(z.string()), reasons: z.array(z.string()) })),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  lastSuccessAt: z.optional(z.string()),
  lastProblem: z.optional(feedProblemSchema),
  /** Failed attempts in a row, for backoff. */
  failures: z.number(),
  addedAt: z.string(),
});

export type FeedProblem = z.infer<typeof feedProblemSchema>;
export type FeedRecord = z.infer<typeof feedRecordSchema>;

export async function listFeeds(): Promise<FeedRecord[]> {
  const db = await openDatabase();
  return validRecords(feedRecordSchema, await db.getAll('feeds'));
}

export async function getFeed(key: string): Promise<FeedRecord | undefined> {
  const db = await openDatabase();
  return feedRecordSchema.safeParse(await db.get('feeds', key)).data;
}

export async function putFeed(feed: FeedRecord): Promise<void> {
  const db = await openDatabase();
  await db.put('feeds', feedRecordSchema.parse(feed));
}

export async function removeFeed(key: string): Promise<void> {
  const db = await openDatabase();
  await db.delete('feeds', key);
}

/** The actions of every followed feed. */
export function actionsOf(feeds: readonly FeedRecord[]): ActionRecord[] {
  return feeds.flatMap((feed) => feed.actions);
}
