/** Adding a feed from the options page: fetch, validate, store. */
import { t } from '@/utils/browser/i18n';
import { getFeed, putFeed } from '@/utils/db/feeds';
import { type FeedProblem, type FeedRecord } from '@/utils/db/records';
import { applyParsedFeed } from './feed-update';
import { fetchFeedOrNeedsPermission } from './feed-permission';
import { type ParsedFeed, parseFeed } from './parse';
import { problemText } from './problem-text';
import { readXmlDocument } from './xml-reading';

export type FollowResult =
  | { ok: true; feed: FeedRecord }
  /** `permissionUrl`: for `needs-permission`, the address whose site the page must ask for. */
  | { ok: false; code: FeedProblem['code']; message: string; permissionUrl?: string };

/**
 * Follows a feed, or the feed an organization's page names (in the background).
 * A site without CORS headers gives `needs-permission`: see utils/feed/add-feed.ts.
 */
export async function followFeed(address: string, now = new Date()): Promise<FollowResult> {
  const failed = (code: FeedProblem['code'], details?: string, permissionUrl?: string): FollowResult => ({
    ok: false,
    code,
    message: [t('feedProblem', [address, problemText({ code })]), details].filter(Boolean).join(' '),
    ...(permissionUrl && { permissionUrl }),
  });
  const result = await fetchFeedOrNeedsPermission(address, {});
  if (result.kind === 'error') return failed(result.problem.code, undefined, result.problem.url);
  // A 304 to a request without validators: the server is confused, not the feed.
  if (result.kind === 'not-modified') return failed('http-error');
  const url = result.finalUrl;
  const previous = await getFeed(url);
  let parsedFeed: ParsedFeed;
  if (result.kind === 'xml') {
    const read = await readXmlDocument(result.text, { key: url, url, previous, now });
    if (!read.ok) return failed('invalid', read.message);
    parsedFeed = read.feed;
  } else {
    const parsed = parseFeed(result.document, url);
    // The paths help the publisher, whatever the supporter's language.
    if (!parsed.ok) return failed('invalid', parsed.problems.slice(0, 3).join('; '));
    parsedFeed = parsed.feed;
  }
  const feed = applyParsedFeed(previous, parsedFeed, {
    key: url,
    url,
    etag: result.etag,
    lastModified: result.lastModified,
    now,
  });
  await putFeed(feed);
  return { ok: true, feed };
}
