import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureFeedPermission, fetchFeedOrNeedsPermission, originPattern } from './feed-permission';
import { makeFeed } from '../../testing/feed-server';

const feed = makeFeed();
const feedUrl = 'https://example.org/feeds/ua.json';

function respond(url: string, body: string, contentType: string, status = 200): Response {
  const response = new Response(body, { status, headers: { 'Content-Type': contentType } });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

/** A fetch that fails like a CORS refusal for origins not in `reachable`. */
function fakeFetch(pages: Record<string, Response | (() => Response)>, reachable: Set<string>) {
  return vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (!reachable.has(new URL(url).origin)) throw new TypeError('Failed to fetch');
    const page = pages[url];
    if (!page) return respond(url, 'Not found', 'text/plain', 404);
    return typeof page === 'function' ? page() : page;
  });
}

let granted: Set<string>;
let reachable: Set<string>;
let answer: boolean;

beforeEach(() => {
  granted = new Set();
  reachable = new Set();
  answer = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (!answer) return false;
    for (const origin of origins) {
      granted.add(origin);
      // Holding the origin's permission lifts CORS for it.
      reachable.add(new URL(origin.replace('/*', '/')).origin);
    }
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('originPattern', () => {
  it.each([
    ['https://example.org/feeds/ua.json?x=1', 'https://example.org/*'],
    ['https://feeds.example.org:8443/ua.json', 'https://feeds.example.org/*'],
    ['http://127.0.0.1:5173/feed.json', 'http://127.0.0.1/*'],
  ])('%s → %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });
});

describe('ensureFeedPermission', () => {
  it("requests the feed's origin straight away and reports the answer", async () => {
    expect(await ensureFeedPermission(feedUrl)).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://example.org/*'] });
    // No await before the request: it would spend the click's user gesture.
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
  });

  it('is false when refused, or when the browser will not ask', async () => {
    answer = false;
    expect(await ensureFeedPermission(feedUrl)).toBe(false);
    vi.mocked(fakeBrowser.permissions.request).mockRejectedValue(new Error('must be called during a user gesture'));
    expect(await ensureFeedPermission(feedUrl)).toBe(false);
  });
});

describe('fetchFeedOrNeedsPermission (in the background, which cannot prompt)', () => {
  const pages = () => ({ [feedUrl]: () => respond(feedUrl, JSON.stringify(feed), 'application/feed+json') });

  it('reads a feed that can be read, asking nothing', async () => {
    reachable.add('https://example.org');
    const fetch = fakeFetch(pages(), reachable);
    expect(await fetchFeedOrNeedsPermission(feedUrl, { fetch })).toMatchObject({ kind: 'ok', document: feed });
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('names the address whose site must be allowed when the fetch is refused', async () => {
    const fetch = fakeFetch(pages(), reachable);
    expect(await fetchFeedOrNeedsPermission(feedUrl, { fetch })).toEqual({
      kind: 'error',
      problem: { code: 'needs-permission', message: 'Allow access to example.org to follow this feed', url: feedUrl },
    });
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('calls the feed offline when the permission is already held', async () => {
    granted.add('https://example.org/*');
    const fetch = fakeFetch(pages(), reachable);
    expect(await fetchFeedOrNeedsPermission(feedUrl, { fetch })).toMatchObject({ kind: 'error', problem: { code: 'offline' } });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('asks nothing for other problems', async () => {
    reachable.add('https://example.org');
    const fetch = fakeFetch({}, reachable);
    expect(await fetchFeedOrNeedsPermission(feedUrl, { fetch })).toMatchObject({ kind: 'error', problem: { code: 'not-found' } });
    expect(fakeBrowser.permissions.contains).not.toHaveBeenCalled();
  });

  it("follows an organization's page to a feed on another site, naming that site", async () => {
    const pageUrl = 'https://www.example.com/act';
    reachable.add('https://www.example.com');
    const html = `<head><link rel="alternate" type="application/feed+json" href="${feedUrl}"></head>`;
    const fetch = fakeFetch({ ...pages(), [pageUrl]: () => respond(pageUrl, html, 'text/html') }, reachable);
    expect(await fetchFeedOrNeedsPermission(pageUrl, { fetch })).toMatchObject({
      kind: 'error',
      problem: { code: 'needs-permission', url: feedUrl },
    });
    granted.add('https://example.org/*');
    reachable.add('https://example.org');
    expect(await fetchFeedOrNeedsPermission(pageUrl, { fetch })).toMatchObject({ kind: 'ok', finalUrl: feedUrl });
  });

  it('refuses a non-https address without a request', async () => {
    const fetch = fakeFetch(pages(), reachable);
    expect(await fetchFeedOrNeedsPermission('http://example.org/feed.json', { fetch })).toMatchObject({
      kind: 'error',
      problem: { code: 'not-allowed' },
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
