/**
 * A feed served without CORS headers can only be read with the host permission
 * for its origin. The extension asks for it when such a fetch fails, one origin
 * at a time, never for every site up front. The background fetches and tells
 * which site needs allowing; the page asks, since only a click may open the prompt.
 */
import { containsOrigins, requestOrigins } from '@/utils/browser/permissions';
import { type FetchDocumentResult, type FetchFeedOptions, type FetchFeedResult, fetchDocument, fetchFeedFollowingPage } from './fetch-feed';

/** `https://example.org/*`: the match pattern for a URL's host (patterns ignore the port). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * Asks for the feed's origin; true when it is held. Call it first thing in a
 * click handler, before any other await: browsers show the prompt only during a
 * user gesture, and Firefox forgets the gesture at the first await. It calls
 * `request` without checking `contains` first for that reason: a permission that
 * is already held is granted again at once, without a prompt.
 */
export function ensureFeedPermission(url: string): Promise<boolean> {
  return requestOrigins([originPattern(url)]);
}

async function fetchDocumentOrNeedsPermission(url: string, options: FetchFeedOptions): Promise<FetchDocumentResult> {
  const result = await fetchDocument(url, options);
  if (result.kind !== 'error' || result.problem.code !== 'offline') return result;
  if (await containsOrigins([originPattern(url)])) return result;
  return {
    kind: 'error',
    problem: { code: 'needs-permission', message: `Allow access to ${new URL(url).hostname} to follow this feed`, url },
  };
}

/**
 * A feed, or the feed an organization's page names. When an address cannot be
 * reached and its origin's permission is not held (a site without CORS headers
 * looks offline), the result is `needs-permission` with that address: the page
 * asks for it (ensureFeedPermission) and tries again.
 */
export function fetchFeedOrNeedsPermission(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  return fetchFeedFollowingPage(url, options, fetchDocumentOrNeedsPermission);
}
