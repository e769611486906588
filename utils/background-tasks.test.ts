import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from './background-tasks';
import { putFeed } from './feeds';
import { listLog } from './log';
import { bundledAction } from './test-data';

const action = { ...bundledAction('example-journalist'), key: 'https://org.example/f.json a', feedKey: 'https://org.example/f.json' };

describe('the background message handler', () => {
  it('logs an action taken and updates the badge', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.action, { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined) });
    await putFeed({ key: action.feedKey, url: action.feedKey, title: 'Org', organization: 'Org', actions: [action], skipped: [], failures: 0, addedAt: '2027-01-01T00:00:00Z' });
    const entry = {
      actionKey: action.key,
      feedKey: action.feedKey,
      itemId: action.itemId,
      reference: action.reference,
      title: action.title,
      targetId: 'example-minister',
      targetName: 'Minister Alex Example',
      channel: 'email',
      at: new Date().toISOString(),
    };
    const logged = await handleMessage({ type: 'log-action', entry });
    expect(logged).toMatchObject({ ...entry, id: expect.any(Number) });
    expect(await listLog()).toHaveLength(1);
    expect(setBadgeText).toHaveBeenLastCalledWith({ text: '' });
  });

  it('ignores a message that is not ours, or malformed', async () => {
    expect(await handleMessage({ type: 'log-action', entry: { channel: 'fax' } })).toBeUndefined();
    expect(await handleMessage('hello')).toBeUndefined();
    expect(await listLog()).toEqual([]);
  });
});
