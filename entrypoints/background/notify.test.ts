// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ActionRecord, NewLogEntry } from '@/utils/db/records';
import { bundledAction } from '@/testing/test-data';
import { actionsToRemind, handleNotificationClick } from './notify';

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

describe('reminders', () => {
  const now = new Date('2027-03-02T12:00:00Z');
  const ending = (endsAt: string, itemId: string): ActionRecord => ({ ...action, key: `${feedUrl} ${itemId}`, itemId, endsAt });

  it('are due for actions ending within a day on which nothing was done', () => {
    const soon = ending('2027-03-03T06:00:00Z', 'soon');
    const acted = ending('2027-03-03T06:00:00Z', 'acted');
    const later = ending('2027-03-05T06:00:00Z', 'later');
    const over = ending('2027-03-02T06:00:00Z', 'over');
    const example = { ...soon, key: 'bundled soon', feedKey: 'bundled' };
    expect(actionsToRemind([soon, acted, later, over, example], [{ ...entryFor(acted), id: 1 }], now).map((due) => due.itemId)).toEqual([
      'soon',
    ]);
  });
});

describe('a notification click', () => {
  it('opens the action the notification is about', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleNotificationClick(`reminder ${feedUrl} a`);
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/popup\.html\?tab=1&action=https%3A%2F%2Forg\.example%2Ff\.json%20a$/),
    });
  });

  it('opens the list of actions from the summary of a refresh', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleNotificationClick('more-actions');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html\?tab=1$/) });
  });
});
