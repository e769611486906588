/** Adding a feed from the options page: fetch, validate, store. */
import { type FeedRecord, getFeed, putFeed } from '@/utils/feeds';
import { applyParsedFeed } from './feed-update';
import { fetchFeedAskingPermission } from './feed-permission';
import { parseFeed } from './parse';

export type FollowResult = { ok: true; feed: FeedRecord } | { ok: false; message: string };

/**
 * Follows a feed, or the feed an organization's page names. Call it straight
 * from the click: a site without CORS headers needs a permission prompt, which
 * only a user gesture may open.
 */
export async function followFeed(address: string, now = new Date()): Promise<FollowResult> {
  const result = await fetchFeedAskingPermission(address, {});
  if (result.kind === 'error') return { ok: false, message: result.problem.message };
  if (result.kind === 'not-modified') return { ok: false, message: 'The feed did not send its content.' };
  const url = result.finalUrl;
  const parsed = parseFeed(result.document, url);
  if (!parsed.ok) return { ok: false, message: `Not a valid feed: ${parsed.problems.slice(0, 3).join('; ')}` };
  const feed = applyParsedFeed(await getFeed(url), parsed.feed, {
    key: url,
    url,
    etag: result.etag,
    lastModified: result.lastModified,
    now,
  });
  await putFeed(feed);
  return { ok: true, feed };
}
