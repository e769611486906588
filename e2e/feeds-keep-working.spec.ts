import { actionItem, feedJson, type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import { badgeText, expect, test } from './fixtures';
import type { Page, Worker } from '@playwright/test';

let server: FeedServer;
test.beforeEach(async () => {
  server = await startFeedServer();
});
test.afterEach(async () => {
  await server.close();
});

/** Serves a feed with an ETag, answering 304 to a request that already has it. */
function serveVersioned(path: string, version: string, body: string) {
  server.serve(path, (headers) =>
    headers['if-none-match'] === `"${version}"`
      ? { status: 304, body: '', headers: { ETag: `"${version}"` } }
      : { body, headers: { ETag: `"${version}"` } },
  );
}

async function addFeed(options: Page, url: string) {
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(url);
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(options.getByText(/^Following /)).toBeVisible();
}

function notificationIds(worker: Worker): Promise<string[]> {
  type Chrome = { notifications: { getAll: () => Promise<Record<string, boolean>> } };
  return worker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()));
}

test('two feeds appear merged, soonest deadline first', async ({ openPage }) => {
  server.serve('/a.json', { body: feedJson('Org A', [actionItem('a-later', 'A: later deadline', { ends_at: '2099-06-01' })]) });
  server.serve('/b.json', { body: feedJson('Org B', [actionItem('b-sooner', 'B: sooner deadline', { ends_at: '2099-05-01' })]) });
  const options = await openPage('options.html');
  await addFeed(options, server.url('/a.json'));
  await addFeed(options, server.url('/b.json'));
  await expect(options.getByRole('table', { name: 'Feeds', exact: true }).getByRole('row')).toHaveCount(4);

  const popup = await openPage('popup.html');
  const items = popup.getByRole('region', { name: 'Active', exact: true }).getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.nth(0)).toContainText('B: sooner deadline');
  await expect(items.nth(1)).toContainText('A: later deadline');
});

test('a feed that turns bad keeps its cached actions and says what went wrong', async ({ openPage }) => {
  server.serve('/feed.json', { body: feedJson('Org A', [actionItem('kept', 'Kept action')]) });
  const options = await openPage('options.html');
  await addFeed(options, server.url('/feed.json'));

  server.serve('/feed.json', { status: 200, type: 'text/html', body: '<html><body>Maintenance</body></html>' });
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('Org A sent something that is not a feed.');
  await expect(popup.getByRole('alert')).toContainText('Last updated');
  await expect(popup.getByRole('link', { name: /Kept action/ })).toBeVisible();
});

test('Refresh asks with the ETag and an unchanged feed costs a 304', async ({ openPage }) => {
  serveVersioned('/feed.json', 'v1', feedJson('Org A', [actionItem('one', 'Only action')]));
  const options = await openPage('options.html');
  await addFeed(options, server.url('/feed.json'));
  const popup = await openPage('popup.html');
  const before = server.requests.length;
  const answered = server.responses.length;
  await popup.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect.poll(() => server.responses.slice(answered).some((response) => response.status === 304)).toBe(true);
  const conditional = server.requests.slice(before).find((request) => request.headers['if-none-match']);
  expect(conditional?.headers['if-none-match']).toBe('"v1"');
  await expect(popup.getByRole('link', { name: /Only action/ })).toBeVisible();
});

test('a new action after a refresh raises the badge and is announced', async ({ openPage, serviceWorker }) => {
  serveVersioned('/feed.json', 'v1', feedJson('Org A', [actionItem('one', 'First action')]));
  const options = await openPage('options.html');
  await options.getByRole('checkbox', { name: 'Notify me about new actions', exact: true }).check();
  await addFeed(options, server.url('/feed.json'));
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  serveVersioned('/feed.json', 'v2', feedJson('Org A', [actionItem('one', 'First action'), actionItem('two', 'Second action')]));
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(popup.getByRole('link', { name: /Second action/ })).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('2');
  await expect.poll(() => notificationIds(serviceWorker)).toEqual([`new ${server.url('/feed.json')} two`]);
});

test('removing a feed keeps the history; the default feed can be restored', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  await popup.getByRole('button', { name: 'Mark as done', exact: true }).click();

  const options = await openPage('options.html');
  const feeds = options.getByRole('table', { name: 'Feeds', exact: true });
  await feeds
    .getByRole('row', { name: /bundled examples/ })
    .getByRole('button', { name: 'Remove', exact: true })
    .click();
  await expect(feeds.getByRole('row')).toHaveCount(1);
  await expect(options.getByRole('table', { name: 'Actions taken', exact: true }).getByRole('row')).toHaveCount(2);

  await popup.reload();
  await expect(popup.getByRole('link', { name: /Example: Release/ })).toHaveCount(0);
  await options.getByRole('button', { name: 'Restore default feed', exact: true }).click();
  await expect(feeds.getByRole('row')).toHaveCount(2);
  await popup.reload();
  await expect(popup.getByRole('link', { name: /Example: Release/ })).toBeVisible();
});

test('an action updated after the supporter started a letter says so', async ({ openPage }) => {
  const modified = (date: string) => feedJson('Org A', [{ ...actionItem('one', 'Changing action'), date_modified: date }]);
  server.serve('/feed.json', { body: modified('2099-01-01T00:00:00Z') });
  const options = await openPage('options.html');
  await addFeed(options, server.url('/feed.json'));

  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Changing action/ }).click();
  await popup.getByRole('textbox', { name: 'Letter', exact: true }).press('End');
  await popup.getByRole('textbox', { name: 'Letter', exact: true }).pressSequentially(' Thanks.');
  await expect(popup.getByText('The organization updated this action')).toHaveCount(0);

  server.serve('/feed.json', { body: modified('2099-01-02T00:00:00Z') });
  await popup.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(popup.getByText('The organization updated this action after you started your letter')).toBeVisible();
  await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).toHaveValue(/ Thanks\.$/);
});

test('the refresh interval chosen in the settings reschedules the background refresh', async ({ openPage, serviceWorker }) => {
  type Chrome = { alarms: { get: (name: string) => Promise<{ periodInMinutes?: number } | undefined> } };
  const period = () =>
    serviceWorker.evaluate(
      async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('refresh-feeds'))?.periodInMinutes,
    );
  await expect.poll(period).toBe(60);
  const options = await openPage('options.html');
  await options.getByRole('combobox', { name: 'Refresh every', exact: true }).selectOption({ label: '6 hours' });
  await expect.poll(period).toBe(360);
});
