// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveExtensionFiles } from '@/testing/extension-files';
import { type FeedServer, makeFeed, makeUrgentItem, serveJson, startFeedServer } from '@/testing/feed-server';
import { followedFeed } from '@/testing/test-data';
import { listFeeds, putFeed } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import { openDatabase } from '@/utils/db/database';
import { redrawAlarm } from './badge';
import { main } from './index';
import { refreshAlarm } from './refresh';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

describe("the background's main()", () => {
  it('on install stores the bundled feed, schedules the refresh and welcomes the supporter', async () => {
    serveExtensionFiles();
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    // The listener does its work after it returns, as in the browser: wait for the last step.
    await vi.waitFor(() => expect(opened).toHaveBeenCalled(), { timeout: 5000 });
    expect((await listFeeds()).map((feed) => feed.key)).toEqual(['bundled']);
    expect(await fakeBrowser.alarms.get(refreshAlarm)).toMatchObject({ periodInMinutes: 60 });
    expect(opened).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html\?welcome=1$/) });
  });

  it('refreshes a followed feed when its alarm fires, and counts the new action on the badge', async () => {
    const url = server.url('/alarm.json');
    server.route('/alarm.json', serveJson(makeFeed({ items: [makeUrgentItem('fresh')] })));
    await putFeed(followedFeed(url));
    main();
    await fakeBrowser.alarms.onAlarm.trigger({ name: refreshAlarm, scheduledTime: Date.now(), persistAcrossSessions: false });
    await vi.waitFor(async () => expect((await listFeeds())[0]?.actions.map((action) => action.itemId)).toEqual(['fresh']), {
      timeout: 5000,
    });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'), { timeout: 5000 });
  });

  it("draws the popup's first paint again when it stops reading true, at the next midnight at the latest", async () => {
    serveExtensionFiles();
    main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(redrawAlarm)).toBeDefined(), { timeout: 5000 });
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
    const { scheduledTime } = (await fakeBrowser.alarms.get(redrawAlarm))!;
    expect(scheduledTime).toBeGreaterThan(now.getTime());
    // A minute ahead at least: the last minute before midnight draws for the day after.
    expect(scheduledTime).toBeLessThanOrEqual(Math.max(midnight, now.getTime() + 60_000));

    // Stale: the stored paint says "in 3 days" on the day before. The alarm draws it anew.
    const db = await openDatabase();
    const stored = (await db.get('snapshot', 'popup'))!;
    await db.put('snapshot', { ...stored, firstPaint: { ...stored.firstPaint!, html: '<p>stale</p>' } }, 'popup');
    await fakeBrowser.alarms.onAlarm.trigger({ name: redrawAlarm, scheduledTime, persistAcrossSessions: false });
    await vi.waitFor(async () => expect((await db.get('snapshot', 'popup'))?.firstPaint?.html).toContain('action-link'), { timeout: 5000 });
  });

  it('answers a page through the message protocol, and refuses a malformed message', async () => {
    main();
    const entry = {
      actionKey: 'a b',
      feedKey: 'a',
      itemId: 'b',
      reference: 'UA 1.27',
      title: 'T',
      targetId: 't',
      targetName: 'N',
      channel: 'email' as const,
      at: '2027-01-01T00:00:00.000Z',
    };
    const [logged] = await fakeBrowser.runtime.onMessage.trigger({ name: 'logAction', request: { entry } }, {}, () => undefined);
    expect(logged).toMatchObject({ ...entry, id: expect.any(Number) });
    await expect(
      fakeBrowser.runtime.onMessage.trigger({ name: 'logAction', request: { entry: { ...entry, at: 3 } } }, {}, () => undefined),
    ).rejects.toThrow();
    expect(await listLog()).toHaveLength(1);
  });
});
