/** How a stored feed changes after a fetch: a good copy replaces, a problem never does. */
import type { FeedProblem, FeedRecord } from '@/utils/db/records';
import type { ParsedFeed } from './parse';

export interface FetchMeta {
  key: string;
  url?: string;
  etag?: string;
  lastModified?: string;
  now: Date;
}

export function applyParsedFeed(previous: FeedRecord | undefined, feed: ParsedFeed, meta: FetchMeta): FeedRecord {
  return {
    key: meta.key,
    url: meta.url,
    title: feed.title,
    organization: feed.organization,
    homePageUrl: feed.homePageUrl,
    reportUrl: feed.reportUrl,
    actions: feed.actions,
    skipped: feed.skipped,
    etag: meta.etag,
    lastModified: meta.lastModified,
    lastSuccessAt: meta.now.toISOString(),
    failures: 0,
    addedAt: previous?.addedAt ?? meta.now.toISOString(),
    ...(feed.entries && { entries: feed.entries }),
  };
}

/** A 304: the cached copy is still the freshest. */
export function applyNotModified(previous: FeedRecord, now: Date): FeedRecord {
  return { ...previous, lastSuccessAt: now.toISOString(), lastProblem: undefined, failures: 0 };
}

/** A failed fetch or an invalid document: the last good actions stay. */
export function applyProblem(previous: FeedRecord, problem: Omit<FeedProblem, 'at'>, now: Date): FeedRecord {
  return {
    ...previous,
    lastProblem: { ...problem, at: now.toISOString() },
    failures: previous.failures + 1,
  };
}
