// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ActionRecord, NewLogEntry } from '@/utils/db/records';
import { loadDraft } from '@/utils/db/drafts';
import { putFeed } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import { readPopupSnapshot } from '@/utils/db/snapshot';
import { bundledAction } from '@/testing/test-data';
import { handleMessage } from './handlers';
import { refreshAlarm } from './refresh';

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
    const logged = await handleMessage({ name: 'logAction', request: { entry } });
    expect(logged).toMatchObject({ ...entry, id: expect.any(Number) });
    expect(await listLog()).toHaveLength(1);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    expect(await readPopupSnapshot()).toMatchObject({ loggedCount: 1, newestLogEntry: logged, actions: [{ key: action.key, taken: true }] });
  });

  it("writes the popup's snapshot when the popup finds none, and replies with it", async () => {
    await putFeed({ key: feedUrl, url: feedUrl, title: 'Org', organization: 'Org', actions: [action], skipped: [], failures: 0, addedAt: '2027-01-01T00:00:00Z' });
    expect(await readPopupSnapshot()).toBeUndefined();
    const reply = await handleMessage({ name: 'popupSnapshot', request: {} });
    expect(reply).toMatchObject({ loggedCount: 0, actions: [{ key: action.key, title: action.title, taken: false }] });
    expect(await readPopupSnapshot()).toEqual(reply);
  });

  it('refuses a message that is not ours, or malformed, writing nothing', async () => {
    await expect(handleMessage({ name: 'logAction', request: { entry: { channel: 'fax' } } })).rejects.toThrow(/Invalid logAction message/);
    await expect(handleMessage('hello')).rejects.toThrow(/Unknown message/);
    await expect(handleMessage({ name: 'toString', request: {} })).rejects.toThrow(/Unknown message/);
    expect(await listLog()).toEqual([]);
  });

  it('saves and deletes drafts for the popup, refusing a malformed one', async () => {
    const draft = { actionKey: action.key, targetId: 'example-minister', letter: 'Dear Minister, mine', updatedAt: '2027-03-01T10:00:00.000Z' };
    await handleMessage({ name: 'saveDraft', request: { draft } });
    expect(await loadDraft(action.key)).toEqual(draft);
    await expect(handleMessage({ name: 'saveDraft', request: { draft: { ...draft, letter: 42 } } })).rejects.toThrow();
    expect(await loadDraft(action.key)).toEqual(draft);
    await handleMessage({ name: 'deleteDraft', request: { actionKey: action.key } });
    expect(await loadDraft(action.key)).toBeUndefined();
  });

  it('reschedules the periodic refresh when the supporter changes its interval', async () => {
    await handleMessage({ name: 'updateSettings', request: { change: { refreshMinutes: 180 } } });
    expect(await fakeBrowser.alarms.get(refreshAlarm)).toMatchObject({ periodInMinutes: 180 });
  });
});

