/**
 * A feed served without CORS headers needs the host permission for its origin,
 * asked for only when a fetch fails that way, never for all sites up front.
 */
import { containsOrigins, requestOrigins } from '@/utils/browser/permissions';
import { type FetchFeedOptions, type FetchFeedResult, fetchFeed } from './fetch-feed';

/** `https://example.org/*`: the match pattern for a URL's origin. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/**
 * Fetches; when the site could not be reached and its permission is not held,
 * asks for it and tries once more. Call it first thing in the click handler:
 * the prompt may open only while the click still counts as a user gesture.
 */
export async function fetchFeedAskingPermission(url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const first = await fetchFeed(url, options);
  if (first.kind !== 'error' || first.problem.code !== 'offline') return first;
  const origins = [originPattern(url)];
  if (await containsOrigins(origins)) return first;
  if (!(await requestOrigins(origins))) {
    return {
      kind: 'error',
      problem: { code: 'needs-permission', message: `Allow access to ${new URL(url).host} to follow this feed.` },
    };
  }
  return fetchFeed(url, options);
}
