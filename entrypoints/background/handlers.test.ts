// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadDraft } from '@/utils/db/drafts';
import { putFeed } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
import { readPopupSnapshot } from '@/utils/db/snapshot';
import { serveExtensionFiles } from '@/testing/extension-files';
import { actionInFeed, emailLogged, followedFeed } from '@/testing/test-data';
import { exportData } from '@/utils/db/backup';
import { updateSettings } from '@/utils/db/settings';
import { handleMessage } from './handlers';
import { refreshAlarm } from './refresh';

const feedUrl = 'https://org.example/f.json';
const action = actionInFeed(feedUrl);

beforeEach(() => {
  Object.assign(fakeBrowser.action, { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) });
});

describe('the background message handler', () => {
  it('logs an action taken and updates the badge', async () => {
    await putFeed(followedFeed(feedUrl, [action]));
    const entry = { ...emailLogged(action), at: new Date().toISOString() };
    const logged = await handleMessage({ name: 'logAction', request: { entry } });
    expect(logged).toMatchObject({ ...entry, id: expect.any(Number) });
    expect(await listLog()).toHaveLength(1);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    expect(await readPopupSnapshot()).toMatchObject({
      loggedCount: 1,
      newestLogEntry: logged,
      actions: [{ key: action.key, taken: true }],
    });
  });

  it("writes the popup's snapshot when the popup finds none, and replies with it", async () => {
    await putFeed(followedFeed(feedUrl, [action]));
    expect(await readPopupSnapshot()).toBeUndefined();
    const reply = await handleMessage({ name: 'popupSnapshot', request: {} });
    expect(reply).toMatchObject({ loggedCount: 0, actions: [{ key: action.key, title: action.title, taken: false }] });
    // Stored with its first screen drawn, for the popup's first paint.
    expect(await readPopupSnapshot()).toEqual({
      ...(reply as object),
      firstPaint: expect.objectContaining({ html: expect.stringContaining(action.title) }),
    });
  });

  it('on first run, with no snapshot yet, stores the bundled feed before it writes the snapshot', async () => {
    serveExtensionFiles();
    const reply = await handleMessage({ name: 'popupSnapshot', request: {} });
    expect(reply).toMatchObject({ loggedCount: 0 });
    expect((reply as { actions: unknown[] }).actions.length).toBeGreaterThan(0);
    expect((reply as { actions: { key: string }[] }).actions.every((listed) => listed.key.startsWith('bundled '))).toBe(true);
  });

  it('leaves the bundled feed out when the supporter removed it', async () => {
    await updateSettings({ bundledFeedRemoved: true });
    expect(await handleMessage({ name: 'popupSnapshot', request: {} })).toMatchObject({ actions: [], loggedCount: 0 });
  });

  it('rewrites the snapshot after Delete all data and after a backup is imported', async () => {
    serveExtensionFiles();
    await putFeed(followedFeed(feedUrl, [action]));
    await handleMessage({ name: 'logAction', request: { entry: emailLogged(action) } });
    const backup = JSON.stringify(await exportData());
    expect(backup).not.toContain('"snapshot"');

    await handleMessage({ name: 'deleteAllData', request: {} });
    const afresh = await readPopupSnapshot();
    expect(afresh).toMatchObject({ loggedCount: 0 });
    expect(afresh?.newestLogEntry).toBeUndefined();
    expect(afresh?.actions.some((listed) => listed.key === action.key)).toBe(false);

    await handleMessage({ name: 'importBackup', request: { json: backup } });
    expect(await readPopupSnapshot()).toMatchObject({
      loggedCount: 1,
      actions: expect.arrayContaining([expect.objectContaining({ key: action.key, taken: true })]),
    });
  });

  it('refuses a message that is not ours, or malformed, writing nothing', async () => {
    await expect(handleMessage({ name: 'logAction', request: { entry: { channel: 'fax' } } })).rejects.toThrow(/Invalid logAction message/);
    await expect(handleMessage('hello')).rejects.toThrow(/Unknown message/);
    await expect(handleMessage({ name: 'toString', request: {} })).rejects.toThrow(/Unknown message/);
    expect(await listLog()).toEqual([]);
  });

  it("merges a stale view's draft changes field by field, tells every open view, and refuses a malformed one", async () => {
    const targetId = 'example-minister';
    const told: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message) => void told.push(message));
    const first = await handleMessage({
      name: 'saveDraft',
      request: { actionKey: action.key, changes: { targetId, letter: 'Dear Minister, mine' }, baseVersion: 0 },
    });
    expect(first).toMatchObject({ letter: 'Dear Minister, mine', version: 1 });
    // A view that has not seen version 1 changes the tweet: the letter stays.
    await handleMessage({ name: 'saveDraft', request: { actionKey: action.key, changes: { targetId, tweet: 'Act now' }, baseVersion: 0 } });
    expect(await loadDraft(action.key)).toMatchObject({ letter: 'Dear Minister, mine', tweet: 'Act now', version: 2 });
    expect(told).toEqual([
      { event: 'draftChanged', draft: expect.objectContaining({ version: 1 }) },
      { event: 'draftChanged', draft: expect.objectContaining({ letter: 'Dear Minister, mine', tweet: 'Act now', version: 2 }) },
    ]);
    await expect(
      handleMessage({ name: 'saveDraft', request: { actionKey: action.key, changes: { letter: 42 }, baseVersion: 2 } }),
    ).rejects.toThrow();
    // Back to the sample letter: the tweet stays.
    await handleMessage({ name: 'saveDraft', request: { actionKey: action.key, changes: { letter: null }, baseVersion: 2 } });
    const reset = await loadDraft(action.key);
    expect(reset).toMatchObject({ tweet: 'Act now', version: 3 });
    expect(reset).not.toHaveProperty('letter');
  });

  it('reschedules the periodic refresh when the supporter changes its interval', async () => {
    await handleMessage({ name: 'updateSettings', request: { change: { refreshMinutes: 180 } } });
    expect(await fakeBrowser.alarms.get(refreshAlarm)).toMatchObject({ periodInMinutes: 180 });
  });
});
