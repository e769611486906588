// @vitest-environment node
// Node's own fetch (undici) against a real local server: happy-dom replaces fetch.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchFeed, fetchFeedFollowingPage } from './fetch-feed';
import { parseFeed } from './parse';
import {
  type FeedServer,
  declareLength,
  makeFeed,
  makeUrgentItem,
  neverAnswer,
  serveJson,
  serveText,
  startFeedServer,
  streamEndlessly,
} from '../../testing/feed-server';

const etag = '"v1-abc"';
const lastModified = 'Wed, 13 Jan 2027 10:00:00 GMT';
const feed = makeFeed({ items: [makeUrgentItem('ua-1'), makeUrgentItem('ua-2')] });
const rssText = '<?xml version="1.0"?><rss version="2.0"><channel><title>Group</title></channel></rss>';

let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/feed.json': serveJson(feed, { etag, lastModified }),
    '/last-modified-only.json': serveJson(feed, { lastModified }),
    '/gone.json': serveText('Gone', 'text/plain', 410),
    '/broken.json': serveText('Internal error', 'text/plain', 500),
    '/slow.json': neverAnswer,
    '/endless.json': streamEndlessly(256 * 1024 * 1024),
    '/huge.json': declareLength(100 * 1024 * 1024),
    '/error-page.json': serveText('<!DOCTYPE html><html><body><h1>Oops</h1></body></html>', 'text/html; charset=utf-8'),
    '/html-as-json.json': serveText('\n<html><head><title>Sign in</title></head></html>', 'application/json'),
    '/rss.xml': serveText(rssText, 'application/rss+xml'),
    '/latin1.xml': (_request, response) =>
      void response
        .writeHead(200, { 'Content-Type': 'application/rss+xml' })
        .end(
          Buffer.from(
            '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Solidarité</title></channel></rss>',
            'latin1',
          ),
        ),
    '/bad-utf8.xml': (_request, response) =>
      void response
        .writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' })
        .end(
          Buffer.concat([
            Buffer.from('<rss version="2.0"><channel><title>'),
            Buffer.from([0xff, 0xfe, 0xc3]),
            Buffer.from('</title></channel></rss>'),
          ]),
        ),
    '/bom.json': serveJson(feed, { bom: true }),
    '/truncated.json': serveText(JSON.stringify(feed).slice(0, 200), 'application/json'),
    '/not-json.json': serveText('{"title": nope}', 'application/json'),
    '/empty.json': serveText('', 'application/json'),
    '/nested.json': serveText(`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'application/json'),
    '/moved.json': (_request, response) => void response.writeHead(301, { Location: '/feed.json' }).end(),
    '/org': serveText(
      `<!doctype html><html><head><title>Urgent actions</title>
        <!-- <link rel="alternate" type="application/feed+json" href="/old-feed.json"> -->
        <link href='/feeds/actions.json' type='application/feed+json; charset=utf-8' title="Actions > all" rel="Alternate Feed">
      </head><body>Act now.</body></html>`,
      'text/html',
    ),
    '/feeds/actions.json': serveJson(feed),
    '/org-without-feed': serveText('<html><head><link rel="stylesheet" href="/a.css"></head></html>', 'text/html'),
    '/org-loop': serveText('<html><head><link rel="alternate" type="application/feed+json" href="/org"></head></html>', 'text/html'),
  });
});

afterAll(() => server.close());

const requestsTo = (path: string) => server.requests.filter((request) => request.path === path);
const responsesTo = (path: string) => server.responses.filter((response) => response.path === path);

/** The server records a response when the connection is done with it. */
async function responseTo(path: string, count = 1) {
  await vi.waitFor(() => expect(responsesTo(path)).toHaveLength(count));
  return responsesTo(path)[count - 1]!;
}

describe('fetchFeed against a local server', () => {
  it('returns the document with its validators and size, ready for parseFeed', async () => {
    const result = await fetchFeed(server.url('/feed.json'));
    expect(result).toEqual({
      kind: 'ok',
      document: feed,
      etag,
      lastModified,
      bytes: JSON.stringify(feed).length,
      finalUrl: server.url('/feed.json'),
    });
    expect(requestsTo('/feed.json')[0]?.headers.cookie).toBeUndefined();

    if (result.kind !== 'ok') throw new Error('expected a feed');
    const parsed = parseFeed(result.document, result.finalUrl);
    expect(parsed.ok && parsed.feed.actions.map((action) => [action.key, action.reference])).toEqual([
      [`${server.url('/feed.json')} ua-1`, 'UA ua-1'],
      [`${server.url('/feed.json')} ua-2`, 'UA ua-2'],
    ]);
  });

  it('sends If-None-Match and gets a bare 304', async () => {
    expect(await fetchFeed(server.url('/feed.json'), { etag })).toEqual({ kind: 'not-modified' });
    const [request] = requestsTo('/feed.json').slice(-1);
    expect(request?.headers['if-none-match']).toBe(etag);
    const response = await responseTo('/feed.json', requestsTo('/feed.json').length);
    expect(response.status).toBe(304);
    expect(response.bodyBytes).toBe(0);
    expect(response.head).toMatch(/^HTTP\/1\.1 304 Not Modified\r\n[\s\S]*\r\n\r\n$/);
    expect(response.wireBytes).toBeLessThan(250);
  });

  it('sends If-Modified-Since and gets a bare 304', async () => {
    const result = await fetchFeed(server.url('/last-modified-only.json'), { lastModified });
    expect(result).toEqual({ kind: 'not-modified' });
    expect(requestsTo('/last-modified-only.json')[0]?.headers).toMatchObject({ 'if-modified-since': lastModified });
    expect(requestsTo('/last-modified-only.json')[0]?.headers['if-none-match']).toBeUndefined();
    const response = await responseTo('/last-modified-only.json');
    expect(response).toMatchObject({ status: 304, bodyBytes: 0 });
  });

  it('gets the whole feed again when the validators are stale', async () => {
    const result = await fetchFeed(server.url('/feed.json'), { etag: '"v0-old"' });
    expect(result).toMatchObject({ kind: 'ok', etag });
  });

  it('follows redirects and reports the final address', async () => {
    expect(await fetchFeed(server.url('/moved.json'))).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed.json') });
  });

  it.each([
    ['/missing.json', { code: 'not-found', status: 404 }],
    ['/gone.json', { code: 'not-found', status: 410 }],
    ['/broken.json', { code: 'http-error', status: 500, message: 'The server answered with an error (HTTP 500)' }],
  ])('reports %s as %o', async (path, problem) => {
    expect(await fetchFeed(server.url(path))).toEqual({ kind: 'error', problem: expect.objectContaining(problem) });
  });

  it('gives up after timeoutMs on a server that never answers', async () => {
    const started = Date.now();
    const result = await fetchFeed(server.url('/slow.json'), { timeoutMs: 200 });
    expect(result).toEqual({
      kind: 'error',
      problem: { code: 'timeout', message: 'The feed did not answer within 0.2 seconds' },
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('stops reading a body that streams past maxBytes and drops the connection', async () => {
    const result = await fetchFeed(server.url('/endless.json'), { maxBytes: 10 * 1024 });
    expect(result).toEqual({ kind: 'error', problem: { code: 'too-large', message: 'The feed is larger than 10 KB' } });
    const response = await responseTo('/endless.json');
    expect(response.complete).toBe(false);
    // Only what the socket buffers held when the client left, far from the 256 MB on offer.
    expect(response.wireBytes).toBeLessThan(32 * 1024 * 1024);
  });

  it('refuses at once a Content-Length above the cap, with the default 5 MB message', async () => {
    const started = Date.now();
    const result = await fetchFeed(server.url('/huge.json'));
    expect(result).toEqual({ kind: 'error', problem: { code: 'too-large', message: 'The feed is larger than 5 MB' } });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await responseTo('/huge.json')).complete).toBe(false);
  });

  it.each([
    ['/error-page.json', 'This address returned a web page, not a feed'],
    ['/html-as-json.json', 'This address returned a web page, not a feed'],
    ['/truncated.json', 'The feed is cut short (incomplete JSON)'],
    ['/not-json.json', 'The feed is not valid JSON'],
    ['/empty.json', 'The feed is empty'],
  ])('reports %s as not a feed', async (path, message) => {
    expect(await fetchFeed(server.url(path))).toEqual({ kind: 'error', problem: { code: 'not-a-feed', message } });
  });

  it('hands an RSS document over as text, decoded in the encoding it declares', async () => {
    expect(await fetchFeed(server.url('/rss.xml'))).toMatchObject({ kind: 'xml', text: rssText, finalUrl: server.url('/rss.xml') });
    expect(await fetchFeed(server.url('/latin1.xml'))).toMatchObject({
      kind: 'xml',
      text: expect.stringContaining('<title>Solidarité</title>'),
    });
  });

  it('refuses an XML feed whose bytes are not valid in its encoding', async () => {
    expect(await fetchFeed(server.url('/bad-utf8.xml'))).toEqual({
      kind: 'error',
      problem: { code: 'invalid', message: 'The feed is not valid text in the encoding it declares' },
    });
  });

  it('reads a feed that starts with a UTF-8 byte-order mark', async () => {
    const result = await fetchFeed(server.url('/bom.json'));
    expect(result).toMatchObject({ kind: 'ok', document: feed, bytes: JSON.stringify(feed).length + 3 });
  });

  it('rejects absurd nesting as invalid without overflowing the stack', async () => {
    expect(await fetchFeed(server.url('/nested.json'))).toEqual({
      kind: 'error',
      problem: { code: 'invalid', message: 'The feed is nested more than 64 levels deep' },
    });
  });

  it('refuses a non-https address without making any request', async () => {
    const spy = vi.fn(fetch);
    const before = server.requests.length;
    const local = new URL(server.origin);
    for (const url of [`http://example.org:${local.port}/feed.json`, `ftp://127.0.0.1:${local.port}/feed.json`, 'not a url']) {
      expect(await fetchFeed(url, { fetch: spy })).toEqual({
        kind: 'error',
        problem: { code: 'not-allowed', message: 'Feeds must use an https address, not on this machine' },
      });
    }
    expect(spy).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(before);
    // The same spy does reach the server at an allowed address.
    await fetchFeed(server.url('/feed.json'), { fetch: spy });
    expect(spy).toHaveBeenCalledOnce();
  });

  it('calls an unreachable server offline', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/feed.json');
    await closed.close();
    expect(await fetchFeed(url)).toEqual({
      kind: 'error',
      problem: { code: 'offline', message: 'Could not reach the feed (offline?)' },
    });
  });

  it('calls a web page that names its feed not a feed: only fetchFeedFollowingPage follows it', async () => {
    expect(await fetchFeed(server.url('/org'))).toMatchObject({ kind: 'error', problem: { code: 'not-a-feed' } });
  });
});

describe('fetchFeedFollowingPage', () => {
  it("follows an organization's page to its feed and reports the feed's address", async () => {
    const result = await fetchFeedFollowingPage(server.url('/org'));
    expect(result).toMatchObject({ kind: 'ok', document: feed, finalUrl: server.url('/feeds/actions.json') });
    expect(requestsTo('/old-feed.json')).toHaveLength(0);
  });

  it('fetches a feed address directly', async () => {
    expect(await fetchFeedFollowingPage(server.url('/feed.json'))).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed.json') });
  });

  it('reports a page without a feed link as a web page', async () => {
    expect(await fetchFeedFollowingPage(server.url('/org-without-feed'))).toEqual({
      kind: 'error',
      problem: { code: 'not-a-feed', message: 'This address returned a web page, not a feed' },
    });
  });

  it('follows a page at most once, even when the link leads to another page', async () => {
    const before = requestsTo('/org').length;
    expect(await fetchFeedFollowingPage(server.url('/org-loop'))).toMatchObject({
      kind: 'error',
      problem: { code: 'not-a-feed' },
    });
    expect(requestsTo('/org')).toHaveLength(before + 1);
  });
});

describe('fetchFeed with an injected fetch', () => {
  const feedResponse = (url: string) => {
    const response = new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json' } });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };

  it('asks again without validators when a conditional request cannot get through', async () => {
    // A CORS preflight refused for If-None-Match looks like a network error.
    const fakeFetch = vi.fn<typeof fetch>(async (_url, init) => {
      if (new Headers(init?.headers).has('If-None-Match')) throw new TypeError('Failed to fetch');
      return feedResponse('https://example.org/feed.json');
    });
    const result = await fetchFeed('https://example.org/feed.json', { etag, fetch: fakeFetch });
    expect(result).toMatchObject({ kind: 'ok', document: feed });
    expect(fakeFetch).toHaveBeenCalledTimes(2);
  });

  it('calls a network failure offline, once when there was nothing to drop', async () => {
    const fakeFetch = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchFeed('https://example.org/feed.json', { fetch: fakeFetch })).toMatchObject({
      kind: 'error',
      problem: { code: 'offline' },
    });
    expect(fakeFetch).toHaveBeenCalledOnce();
  });

  it('refuses a feed that redirected away from https', async () => {
    const fakeFetch = vi.fn<typeof fetch>(async () => feedResponse('http://example.org/feed.json'));
    expect(await fetchFeed('https://example.org/feed.json', { fetch: fakeFetch })).toEqual({
      kind: 'error',
      problem: { code: 'not-allowed', message: 'The feed redirected to an address that is not allowed' },
    });
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    const controller = new AbortController();
    const reason = new Error('popup closed');
    const pending = fetchFeed(server.url('/slow.json'), { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
  });

  it('sends no request when the signal is already aborted', async () => {
    const fakeFetch = vi.fn<typeof fetch>();
    await expect(fetchFeed('https://example.org/feed.json', { signal: AbortSignal.abort(), fetch: fakeFetch })).rejects.toThrow();
    expect(fakeFetch).not.toHaveBeenCalled();
  });
});
