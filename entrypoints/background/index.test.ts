// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveExtensionFiles } from '@/testing/extension-files';
import { type FeedServer, makeFeed, makeUrgentItem, serveJson, startFeedServer } from '@/testing/feed-server';
import { listFeeds, putFeed } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
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
    await vi.waitFor(() => expect(opened).toHaveBeenCalled());
    expect((await listFeeds()).map((feed) => feed.key)).toEqual(['bundled']);
    expect(await fakeBrowser.alarms.get(refreshAlarm)).toMatchObject({ periodInMinutes: 60 });
    expect(opened).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html\?welcome=1$/) });
  });

  it('refreshes a followed feed when its alarm fires, and counts the new action on the badge', async () => {
    const url = server.url('/alarm.json');
    server.route('/alarm.json', serveJson(makeFeed({ items: [makeUrgentItem('fresh')] })));
    await putFeed({
      key: url,
      url,
      title: 'Org',
      organization: 'Org',
      actions: [],
      skipped: [],
      failures: 0,
      addedAt: '2027-01-01T00:00:00Z',
    });
    main();
    await fakeBrowser.alarms.onAlarm.trigger({ name: refreshAlarm, scheduledTime: Date.now(), persistAcrossSessions: false });
    await vi.waitFor(async () => expect((await listFeeds())[0]?.actions.map((action) => action.itemId)).toEqual(['fresh']));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
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
