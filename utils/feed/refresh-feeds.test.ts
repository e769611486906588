// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedRecord } from '@/utils/db/records';
import { exportData, importData } from '@/utils/db/backup';
import { getFeed, putFeed } from '@/utils/db/feeds';
import { nextAttemptAt, refreshFeeds } from './refresh-feeds';
import { type FeedServer, makeFeed, makeUrgentItem, serveJson, serveText, startFeedServer } from '../../testing/feed-server';

const base = (url: string): FeedRecord => ({
  key: url,
  url,
  title: 'Org',
  organization: 'Org',
  actions: [],
  skipped: [],
  failures: 0,
  addedAt: '2027-01-01T00:00:00.000Z',
});

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({
    '/good.json': serveJson(makeFeed({ items: [makeUrgentItem('a')] }), { etag: '"v1"' }),
    '/broken.json': serveText('{"version": "https://jsonfeed.org/version/1.1", "title": "Org", "items": [', 'application/json'),
  });
});
afterAll(() => server.close());

describe('refreshing feeds', () => {
  it('stores a good copy, then costs only a 304 when nothing changed', async () => {
    const url = server.url('/good.json');
    await putFeed(base(url));
    const [first] = await refreshFeeds({ now: new Date(), intervalMinutes: 60, force: true });
    expect(first?.actions.map((action) => action.itemId)).toEqual(['a']);
    expect(first?.etag).toBe('"v1"');
    await refreshFeeds({ now: new Date(), intervalMinutes: 60, force: true });
    const last = server.responses.filter((response) => response.path === '/good.json').at(-1);
    expect(last?.status).toBe(304);
    expect(last?.bodyBytes).toBe(0);
    expect((await getFeed(url))?.actions).toHaveLength(1);
  });

  it('keeps the cached actions when the feed turns bad, and says what went wrong', async () => {
    const url = server.url('/broken.json');
    const cached = { ...base(url), actions: (await getFeed(server.url('/good.json')))?.actions ?? [] };
    await putFeed(cached);
    await refreshFeeds({ now: new Date('2027-01-02T00:00:00Z'), intervalMinutes: 60, force: true });
    const stored = await getFeed(url);
    expect(stored?.actions).toEqual(cached.actions);
    expect(stored?.lastProblem).toMatchObject({ code: 'not-a-feed', at: '2027-01-02T00:00:00.000Z' });
    expect(stored?.failures).toBe(1);
  });

  it('never overwrites the feed record of a backup imported while it was being fetched', async () => {
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const good = serveJson(makeFeed({ items: [makeUrgentItem('fetched')] }));
    server.route('/slow.json', (request, response) => void held.then(() => good(request, response)));
    const url = server.url('/slow.json');
    await putFeed(base(url));
    const refresh = refreshFeeds({ now: new Date(), intervalMinutes: 60, force: true });
    await expect.poll(() => server.requests.some((request) => request.path === '/slow.json')).toBe(true);

    const backup = await exportData();
    const feed = backup.feeds.find((candidate) => candidate.key === url);
    if (feed) feed.title = 'Imported title';
    expect(await importData(JSON.stringify(backup))).toMatchObject({ ok: true });
    answer();
    const [after] = (await refresh).filter((candidate) => candidate.key === url);

    expect(await getFeed(url)).toMatchObject({ title: 'Imported title', actions: [] });
    expect(after).toMatchObject({ title: 'Imported title' });
  });

  it('waits longer after each failure in a row, up to a day', () => {
    const failing = (failures: number): FeedRecord => ({
      ...base('https://org.example/f.json'),
      failures,
      lastProblem: { code: 'offline', message: 'x', at: '2027-01-01T00:00:00.000Z' },
    });
    const minutesAfter = (feed: FeedRecord) => (nextAttemptAt(feed, 60) - Date.parse('2027-01-01T00:00:00Z')) / 60_000;
    expect([0, 1, 2, 3, 10].map((failures) => minutesAfter(failing(failures)))).toEqual([60, 120, 240, 480, 1440]);
    expect(nextAttemptAt(base('https://org.example/never-fetched.json'), 60)).toBe(0);
  });
});
