/**
 * A feed served without CORS headers can only be read with the host permission
 * for its origin. The extension asks for it when such a fetch fails, one origin
 * at a time, never for every site up front.
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

function holdsPermission(url: string): Promise<boolean> {
  return containsOrigins([originPattern(url)]);
}

function needsPermission(url: string): FetchFeedResult {
  return {
    kind: 'error',
    problem: { code: 'needs-permission', message: `Allow access to ${new URL(url).hostname} to follow this feed` },
  };
}

async function fetchDocumentAskingPermission(url: string, options: FetchFeedOptions): Promise<FetchDocumentResult> {
  const first = await fetchDocument(url, options);
  if (first.kind !== 'error' || first.problem.code !== 'offline') return first;
  if (await holdsPermission(url)) return first;
  if (!(await ensureFeedPermission(url))) return needsPermission(url);
  return fetchDocument(url, options);
}

/**
 * Adds a feed the way the Add button needs: follows an organization's page to
 * its feed, and when an address cannot be reached and its origin's permission
 * is not held (a site without CORS headers looks offline), asks for it and
 * tries once more. `needs-permission` means the supporter refused, or the
 * prompt could not open because the click's user gesture had expired (Firefox
 * keeps it only until the first await): offer a button whose click handler
 * calls ensureFeedPermission first, then this again.
 */
export function fetchFeedAskingPermission(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  return fetchFeedFollowingPage(url, options, fetchDocumentAskingPermission);
}
