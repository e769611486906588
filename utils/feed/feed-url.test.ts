// @vitest-environment node
// Node's own fetch (undici) against a real local server: happy-dom replaces fetch.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FeedServer, makeFeed, serveJson, startFeedServer } from '@/testing/feed-server';
import { isAllowedFeedUrl, isLoopbackHost, loopbackAllowed } from './feed-url';

const loopback = [
  'http://127.0.0.1/feed.json',
  'http://localhost:8080/feed.json',
  'http://LOCALHOST./feed.json',
  'http://127.1/feed.json',
  'http://0x7f000001/feed.json',
  'http://2130706433/feed.json',
  'http://127.45.6.7/feed.json',
  'http://[::1]/feed.json',
  'http://[::]/feed.json',
  'http://[::ffff:127.0.0.1]/feed.json',
  'http://0.0.0.0/feed.json',
  'http://feeds.localhost/feed.json',
  'https://127.0.0.1/feed.json',
  'https://localhost/feed.json',
];

describe('feed addresses', () => {
  it('know loopback however it is written', () => {
    for (const url of loopback) expect(isLoopbackHost(new URL(url).hostname), url).toBe(true);
    for (const host of ['example.org', '128.0.0.1', '10.0.0.1', '[::2]', 'localhost.example.org', '[2001:db8::1]']) {
      expect(isLoopbackHost(new URL(`https://${host}/`).hostname), host).toBe(false);
    }
  });

  it('in the shipped build: https only, and never loopback', () => {
    for (const url of loopback) expect(isAllowedFeedUrl(url, false), url).toBe(false);
    expect(isAllowedFeedUrl('https://example.org/feed.json', false)).toBe(true);
    expect(isAllowedFeedUrl('http://example.org/feed.json', false)).toBe(false);
  });

  it('in development and e2e builds: loopback too, but plain http nowhere else', () => {
    expect(loopbackAllowed).toBe(true);
    for (const url of loopback) expect(isAllowedFeedUrl(url), url).toBe(true);
    expect(isAllowedFeedUrl('http://example.org/feed.json')).toBe(false);
    expect(isAllowedFeedUrl('ftp://127.0.0.1/feed.json')).toBe(false);
    expect(isAllowedFeedUrl('not a url')).toBe(false);
  });
});

describe('the shipped build (MODE production)', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** The modules as Vite builds them for the store: MODE is written in at build time. */
  async function shipped() {
    vi.stubEnv('MODE', 'production');
    vi.resetModules();
    const [urls, fetching, parsing] = await Promise.all([import('./feed-url'), import('./fetch-feed'), import('./parse')]);
    return { ...urls, ...fetching, ...parsing };
  }

  it('has no loopback allowance', async () => {
    const { loopbackAllowed: allowed, isAllowedFeedUrl: allowedUrl } = await shipped();
    expect(allowed).toBe(false);
    expect(allowedUrl('http://127.0.0.1/feed.json')).toBe(false);
  });

  it('requests no loopback feed, nor a loopback feed a page names', async () => {
    const { fetchFeed, fetchFeedFollowingPage } = await shipped();
    server.route('/feed.json', serveJson(makeFeed()));
    const before = server.requests.length;
    expect(await fetchFeed(server.url('/feed.json'))).toMatchObject({ kind: 'error', problem: { code: 'not-allowed' } });
    expect(server.requests).toHaveLength(before);

    const page = `<link rel="alternate" type="application/feed+json" href="${server.url('/feed.json').replace('127.0.0.1', '127.1')}">`;
    const remotePage = vi.fn<typeof fetch>(async () => {
      const response = new Response(page, { headers: { 'Content-Type': 'text/html' } });
      Object.defineProperty(response, 'url', { value: 'https://org.example/' });
      return response;
    });
    expect(await fetchFeedFollowingPage('https://org.example/', { fetch: remotePage })).toMatchObject({
      kind: 'error',
      problem: { code: 'not-allowed' },
    });
    expect(remotePage).toHaveBeenCalledOnce();
    expect(server.requests).toHaveLength(before);
  });

  it('refuses a feed that a redirect brought to loopback, even over https', async () => {
    const { fetchFeed } = await shipped();
    const redirected = vi.fn<typeof fetch>(async () => {
      const response = new Response(JSON.stringify(makeFeed()), { headers: { 'Content-Type': 'application/feed+json' } });
      Object.defineProperties(response, { url: { value: 'https://[::1]/feed.json' }, redirected: { value: true } });
      return response;
    });
    expect(await fetchFeed('https://org.example/feed.json', { fetch: redirected })).toEqual({
      kind: 'error',
      problem: { code: 'not-allowed', message: 'The feed redirected to an address that is not allowed' },
    });
  });

  it('skips an item that links to loopback', async () => {
    const { parseFeed } = await shipped();
    const result = parseFeed(makeFeed({ items: [{ ...(makeFeed().items as object[])[0], url: 'http://localhost/ua' }] }), 'test');
    expect(result.ok && result.feed.skipped[0]?.reasons).toEqual(['items[0].url: must be an https: URL, not on localhost']);
  });
});
