// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ActionRecord, NewLogEntry } from '@/utils/db/records';
import { loadDraft } from '@/utils/db/drafts';
import { putFeed } from '@/utils/db/feeds';
import { listLog } from '@/utils/db/log';
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
    await putFeed({
      key: feedUrl,
      url: feedUrl,
      title: 'Org',
      organization: 'Org',
      actions: [action],
      skipped: [],
      failures: 0,
      addedAt: '2027-01-01T00:00:00Z',
    });
    const entry = { ...entryFor(action), at: new Date().toISOString() };
    const logged = await handleMessage({ name: 'logAction', request: { entry } });
    expect(logged).toMatchObject({ ...entry, id: expect.any(Number) });
    expect(await listLog()).toHaveLength(1);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
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
