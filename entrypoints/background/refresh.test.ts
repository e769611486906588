// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ActionRecord } from '@/utils/db/records';
import { type FeedServer, makeFeed, makeUrgentItem, serveJson, startFeedServer } from '@/testing/feed-server';
import { emailLogged, followedFeed } from '@/testing/test-data';
import { openDatabase } from '@/utils/db/database';
import { actionsOf, getFeed, putFeed } from '@/utils/db/feeds';
import { addLogEntry } from '@/utils/db/log';
import { updateSettings } from '@/utils/db/settings';
import { readPopupSnapshot } from '@/utils/db/snapshot';
import { refreshAndNotify, refreshIfDue } from './refresh';

beforeEach(() => {
  Object.assign(fakeBrowser.action, { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) });
});

describe('refreshing in the background', () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(() => server.close());

  it('announces each new action once, and reminds once of a deadline near', async () => {
    const url = server.url('/feed.json');
    const tomorrow = new Date(Date.now() + 12 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    server.route(
      '/feed.json',
      serveJson(
        makeFeed({
          items: [makeUrgentItem('old', { _urgent_action: { ...(makeUrgentItem('x')._urgent_action as object), ends_at: '2099-01-01' } })],
        }),
        { etag: '"1"' },
      ),
    );
    await putFeed(followedFeed(url));
    await updateSettings({ notifyNewActions: true });
    const shown = vi.spyOn(fakeBrowser.notifications, 'create');
    await refreshAndNotify(true);
    const old = (await getFeed(url))?.actions[0] as ActionRecord;
    await addLogEntry(emailLogged(old));

    server.route(
      '/feed.json',
      serveJson(
        makeFeed({
          items: [
            makeUrgentItem('old', { _urgent_action: { ...(makeUrgentItem('x')._urgent_action as object), ends_at: '2099-01-01' } }),
            makeUrgentItem('new', { _urgent_action: { ...(makeUrgentItem('x')._urgent_action as object), ends_at: tomorrow } }),
          ],
        }),
        { etag: '"2"' },
      ),
    );
    await refreshAndNotify(true);
    await refreshAndNotify(true);
    expect(shown.mock.calls.map(([id]) => id)).toEqual([`new ${url} old`, `new ${url} new`, `reminder ${url} new`]);
  });

  it('shows at most three notifications and one summary per refresh, and keeps notices only of live actions', async () => {
    // A hostile feed: its 40 actions get new ids on every fetch.
    const url = server.url('/renaming.json');
    let fetches = 0;
    const open = { ...(makeUrgentItem('x')._urgent_action as object), ends_at: '2099-01-01' };
    server.route('/renaming.json', (request, response) => {
      fetches++;
      const items = Array.from({ length: 40 }, (_, index) => makeUrgentItem(`fetch-${fetches}-${index}`, { _urgent_action: open }));
      serveJson(makeFeed({ items }))(request, response);
    });
    await putFeed(followedFeed(url));
    await updateSettings({ notifyNewActions: true });
    const shown = vi.spyOn(fakeBrowser.notifications, 'create');
    for (let refresh = 1; refresh <= 3; refresh++) {
      shown.mockClear();
      await refreshAndNotify(true);
      const ids = shown.mock.calls.map(([id]) => id);
      expect(ids).toHaveLength(4);
      expect(ids.slice(0, 3)).toEqual([0, 1, 2].map((index) => `new ${url} fetch-${refresh}-${index}`));
      expect(ids[3]).toBe('more-actions');
      expect(shown.mock.calls[3]?.[1]).toMatchObject({ message: '37 more new actions or deadlines: open the list to see them.' });
      const live = new Set(actionsOf([(await getFeed(url))!]).map((action) => action.key));
      const notices = (await (await openDatabase()).getAllKeys('notices')).map(String);
      expect(live.size).toBe(40);
      expect(notices).toHaveLength(40);
      expect(notices.every((key) => live.has(key.slice('new '.length)))).toBe(true);
    }
  });

  it("on the popup's opening, fetches the feeds that are due, and does nothing at all when none is", async () => {
    const url = server.url('/due.json');
    let fetches = 0;
    server.route('/due.json', (request, response) => {
      fetches++;
      serveJson(makeFeed({ items: [makeUrgentItem('a')] }), { etag: '"1"' })(request, response);
    });
    await putFeed(followedFeed(url)); // never fetched: due
    await refreshIfDue();
    expect(fetches).toBe(1);
    expect(await readPopupSnapshot()).toMatchObject({ actions: [{ key: `${url} a` }] });

    // Just fetched: nothing is fetched, recounted or written until the interval has passed.
    await (await openDatabase()).clear('snapshot');
    const badge = vi.mocked(fakeBrowser.action.setBadgeText);
    badge.mockClear();
    await refreshIfDue();
    expect(fetches).toBe(1);
    expect(await readPopupSnapshot()).toBeUndefined();
    expect(badge).not.toHaveBeenCalled();

    await refreshIfDue(new Date(Date.now() + 7 * 86_400_000));
    expect(fetches).toBe(2);
    expect(badge).toHaveBeenCalled();
  });
});
