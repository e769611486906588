import { actionItem, feedJson, type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import { expect, test } from './fixtures';

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
});
test.afterAll(async () => {
  await server.close();
});

test('a feed from a local server is added and its actions appear', async ({ openPage }) => {
  server.serve('/amnesty.json', {
    body: feedJson('Local Rights Network', [
      actionItem('ua-1-27', 'Mexico: Free the water defender', { ends_at: '2099-03-03' }),
      { id: 'post-1', title: 'An ordinary blog post' },
    ]),
  });
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(server.url('/amnesty.json'));
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Following Local Rights Network: 1 action.' })).toBeVisible();
  const feeds = options.getByRole('table', { name: 'Feeds', exact: true });
  await expect(feeds.getByRole('row', { name: /Local Rights Network/ })).toBeVisible();

  const popup = await openPage('popup.html');
  const active = popup.getByRole('region', { name: 'Active', exact: true });
  const link = active.getByRole('link', { name: /Mexico: Free the water defender/ });
  await expect(link).toContainText('UA ua-1-27 · Mexico');
  // Soonest deadline first, actions without a deadline after it.
  await expect(active.getByRole('listitem').first()).toContainText('Mexico: Free the water defender');
  await expect(popup.getByRole('link', { name: /An ordinary blog post/ })).toHaveCount(0);
});

test('a feed that is not valid is refused with a message naming the problem', async ({ openPage }) => {
  server.serve('/broken.json', { body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Broken', items: [] }) });
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(server.url('/broken.json'));
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  // A refusal is announced at once: an alert, not a status.
  await expect(options.getByRole('alert')).toHaveText(
    `${server.url('/broken.json')} is not a valid urgent action feed. _advocacy: is required`,
  );
  await expect(options.getByRole('table', { name: 'Feeds', exact: true }).getByRole('row', { name: /Broken/ })).toHaveCount(0);
});
