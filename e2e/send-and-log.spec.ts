import { feedJson, type FeedServer, startFeedServer, tradeUnionistItem } from '../testing/e2e-feed-server';
import { badgeText, expect, test } from './fixtures';
import { readStore } from './stored';

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
  server.serve('/feed.json', {
    body: feedJson('Local Rights Network', [tradeUnionistItem()]),
  });
});
test.afterAll(async () => {
  await server.close();
});

test('email and tweet open with the letter, are logged, and lower the badge', async ({ context, openPage, serviceWorker }) => {
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'First name', exact: true }).fill('Olga');
  await options.getByRole('textbox', { name: 'Last name', exact: true }).fill('Brandt');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(server.url('/feed.json'));
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(options.getByText('Following Local Rights Network: 1 action.')).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Belarus: Release the jailed trade unionist/ }).click();
  const official = popup.getByRole('group', { name: 'Prosecutor General Andrei Shved', exact: true });

  const email = official.getByRole('link', { name: 'Send email', exact: true });
  const expectedLetter =
    'Dear Prosecutor General Andrei Shved,\n\nFree him now, Olga Brandt asks.\n\nYours sincerely,\nOlga Brandt\n[your city]\n[your email]';
  const expectedMailto = `mailto:office@example.org?subject=${encodeURIComponent('Release the trade unionist')}&body=${encodeURIComponent(expectedLetter.replace(/\n/g, '\r\n'))}`;
  await expect(email).toHaveAttribute('href', expectedMailto);
  const mailtoRequest = popup.waitForEvent('request', (request) => request.url().startsWith('mailto:'));
  await email.click();
  expect((await mailtoRequest).url()).toBe(expectedMailto);
  await expect(popup.getByRole('status').filter({ hasText: 'Logged: email to Prosecutor General Andrei Shved' })).toBeVisible();
  await expect.poll(() => badgeText(serviceWorker)).toBe('');

  const tweetPage = context.waitForEvent('page');
  await official.getByRole('link', { name: 'Tweet', exact: true }).click();
  const intent = await tweetPage;
  await intent.waitForLoadState();
  const url = new URL(intent.url());
  expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet');
  expect(url.searchParams.get('text')).toBe('.@ExampleProsecut Release the trade unionist now!');

  const log = await readStore<{ channel: string; targetName: string; reference: string }>(popup, 'log');
  expect(log.map((entry) => entry.channel).sort()).toEqual(['email', 'tweet']);
  expect(log.every((entry) => entry.targetName === 'Prosecutor General Andrei Shved' && entry.reference === 'UA ua-7-27')).toBe(true);

  await options.reload();
  const taken = options.getByRole('table', { name: 'Actions taken', exact: true });
  await expect(taken.getByRole('row')).toHaveCount(3);
  await expect(taken.getByRole('row', { name: /email/ })).toContainText('Prosecutor General Andrei Shved');
});

test('Undo takes a logged action back and the badge counts it again', async ({ openPage, serviceWorker }) => {
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(server.url('/feed.json'));
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Belarus: Release the jailed trade unionist/ }).click();
  await popup.getByRole('button', { name: 'Mark as done', exact: true }).click();
  await expect.poll(() => badgeText(serviceWorker)).toBe('');
  await popup.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
  expect(await readStore(popup, 'log')).toEqual([]);
});
