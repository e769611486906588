import { readFileSync } from 'node:fs';
import { feedDocumentSchema } from '../utils/feed/schema';
import { type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import { expect, test } from './fixtures';

let server: FeedServer;
test.beforeEach(async () => {
  server = await startFeedServer();
});
test.afterEach(async () => {
  await server.close();
});

const pastedAction = `UA: Peru 31.26
Act by: 30 June 2099

River guardians threatened in Loreto

People who watch over the river have been threatened for reporting spills.

Minister Ana Castillo Ruiz
Minister of the Interior
Plaza 30 de Agosto 150
Lima, Peru
Email: despacho@interior.example.pe

Dear Minister,

Please protect the river guardians of Loreto and investigate the threats against them.

Yours sincerely,`;

test('the welcome page shows the ways in, and a coordinator shares imported actions as a feed members can follow', async ({ openPage }) => {
  const options = await openPage('options.html?welcome=1');
  const welcome = options.getByRole('region', { name: 'Welcome', exact: true });
  await expect(welcome.getByRole('link', { name: 'Try the examples', exact: true })).toHaveAttribute('href', '/popup.html');
  await welcome.getByRole('button', { name: 'Follow an organization', exact: true }).click();
  await expect(options.getByRole('textbox', { name: 'Feed URL', exact: true })).toBeFocused();
  await welcome.getByRole('button', { name: 'Paste an action’s text', exact: true }).click();
  const text = options.getByRole('textbox', { name: 'Urgent action text', exact: true });
  await expect(text).toBeFocused();

  await text.fill(pastedAction);
  await options.getByRole('button', { name: 'Import from text', exact: true }).click();
  await options
    .getByRole('form', { name: 'Review the imported action', exact: true })
    .getByRole('button', { name: 'Save', exact: true })
    .click();

  const share = options.getByRole('region', { name: 'Share imported actions as a feed', exact: true });
  await expect(share.getByRole('checkbox', { name: /UA 31\.26/ })).toBeChecked();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    share.getByRole('button', { name: 'Save as a feed file', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('urgent-actions.feed.json');
  const body = readFileSync((await download.path())!, 'utf8');
  expect(feedDocumentSchema.safeParse(JSON.parse(body)).success).toBe(true);

  // A member follows the shared file.
  server.serve('/group/urgent-actions.feed.json', { body });
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(server.url('/group/urgent-actions.feed.json'));
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Following Urgent actions shared by our group: 1 action.' })).toBeVisible();
});
