// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ActionRecord } from '../../utils/feed/action';
import { actionsToRemind, handleMessage, handleNotificationClick, refreshAlarm, refreshAndNotify } from './tasks';
import { type FeedServer, makeFeed, makeUrgentItem, serveJson, startFeedServer } from '../../testing/feed-server';
import { loadDraft } from '../../utils/db/drafts';
import { getFeed, putFeed } from '../../utils/db/feeds';
import { addLogEntry, listLog, type NewLogEntry } from '../../utils/db/log';
import { updateSettings } from '../../utils/db/settings';
import { bundledAction } from '../../testing/test-data';

const feedUrl = 'https://org.example/f.json';
const action: ActionRecord = { ...bundledAction('example-journalist'), key: `${feedUrl} a`, feedKey: feedUrl, itemId: 'a' };
const entryFor = (logged: ActionRecord): NewLogEntry => ({
  actionKey: logged.key,
  feedKey: logged.feedKey,
  itemId: logged.itemId,
  reference: logged.reference,
  title: logged.title,
  targetId: 'example-minister',
  targetName: 'Minister Alex Example',
  channel: 'email',
  at: '2027-03-01T10:00:00.000Z',
});

beforeEach(() => {
  Object.assign(fakeBrowser.action, { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) });
});

describe('the background message handler', () => {
  it('logs an action taken and updates the badge', async () => {
    await putFeed({ key: feedUrl, url: feedUrl, title: 'Org', organization: 'Org', actions: [action], skipped: [], failures: 0, addedAt: '2027-01-01T00:00:00Z' });
    const entry = { ...entryFor(action), at: new Date().toISOString() };
    const logged = await handleMessage({ type: 'log-action', entry });
    expect(logged).toMatchObject({ ...entry, id: expect.any(Number) });
    expect(await listLog()).toHaveLength(1);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
  });

  it('ignores a message that is not ours, or malformed', async () => {
    expect(await handleMessage({ type: 'log-action', entry: { channel: 'fax' } })).toBeUndefined();
    expect(await handleMessage('hello')).toBeUndefined();
    expect(await listLog()).toEqual([]);
  });

  it('saves and deletes drafts for the popup, refusing a malformed one', async () => {
    const draft = { actionKey: action.key, targetId: 'example-minister', letter: 'Dear Minister, mine', updatedAt: '2027-03-01T10:00:00.000Z' };
    await handleMessage({ type: 'save-draft', draft });
    expect(await loadDraft(action.key)).toEqual(draft);
    await handleMessage({ type: 'save-draft', draft: { ...draft, letter: 42 } });
    expect(await loadDraft(action.key)).toEqual(draft);
    await handleMessage({ type: 'delete-draft', actionKey: action.key });
    expect(await loadDraft(action.key)).toBeUndefined();
  });

  it('reschedules the periodic refresh when the supporter changes its interval', async () => {
    await updateSettings({ refreshMinutes: 180 });
    await handleMessage({ type: 'settings-changed' });
    expect(await fakeBrowser.alarms.get(refreshAlarm)).toMatchObject({ periodInMinutes: 180 });
  });
});

describe('reminders', () => {
  const now = new Date('2027-03-02T12:00:00Z');
  const ending = (endsAt: string, itemId: string): ActionRecord => ({ ...action, key: `${feedUrl} ${itemId}`, itemId, endsAt });

  it('are due for actions ending within a day on which nothing was done', () => {
    const soon = ending('2027-03-03T06:00:00Z', 'soon');
    const acted = ending('2027-03-03T06:00:00Z', 'acted');
    const later = ending('2027-03-05T06:00:00Z', 'later');
    const over = ending('2027-03-02T06:00:00Z', 'over');
    const example = { ...soon, key: 'bundled soon', feedKey: 'bundled' };
    expect(actionsToRemind([soon, acted, later, over, example], [{ ...entryFor(acted), id: 1 }], now).map((due) => due.itemId)).toEqual(['soon']);
  });
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
    server.route('/feed.json', serveJson(makeFeed({ items: [makeUrgentItem('old', { _urgent_action: { ...(makeUrgentItem('x')._urgent_action as object), ends_at: '2099-01-01' } })] }), { etag: '"1"' }));
    await putFeed({ key: url, url, title: 'Org', organization: 'Org', actions: [], skipped: [], failures: 0, addedAt: '2027-01-01T00:00:00Z' });
    await updateSettings({ notifyNewActions: true });
    const shown = vi.spyOn(fakeBrowser.notifications, 'create');
    await refreshAndNotify(true);
    const old = (await getFeed(url))?.actions[0] as ActionRecord;
    await addLogEntry(entryFor(old));

    server.route('/feed.json', serveJson(makeFeed({ items: [
      makeUrgentItem('old', { _urgent_action: { ...(makeUrgentItem('x')._urgent_action as object), ends_at: '2099-01-01' } }),
      makeUrgentItem('new', { _urgent_action: { ...(makeUrgentItem('x')._urgent_action as object), ends_at: tomorrow } }),
    ] }), { etag: '"2"' }));
    await refreshAndNotify(true);
    await refreshAndNotify(true);
    expect(shown.mock.calls.map(([id]) => id)).toEqual([`new ${url} old`, `new ${url} new`, `reminder ${url} new`]);
  });

  it('opens the action a notification is about', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleNotificationClick(`reminder ${feedUrl} a`);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?tab=1&action=https%3A%2F%2Forg\.example%2Ff\.json%20a$/) });
  });
});
