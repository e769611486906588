/**
 * A supporter who received an urgent action by email imports it: opened in
 * Gmail or Outlook on the web (pages laid out like theirs, served locally), or
 * as an .eml file chosen or dropped in the options page's Import from text.
 * The action's url is the organization's link in the message, never the webmail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { popupOver } from './current-tab';
import { type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import { expect, test } from './fixtures';
import { readStore } from './stored';

const fixtures = 'utils/import/email/fixtures';
const fixture = (name: string) => join(fixtures, name);

// Each journey launches Chromium and goes through several pages (and axe): on a shared two-core
// machine under load that has taken up to 40 s, more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
  const html = { type: 'text/html; charset=utf-8' };
  server.serve('/mail/u/0/', { ...html, body: readFileSync(fixture('gmail-message.html'), 'utf8') });
  server.serve('/mail/0/inbox/id/AAQkADAwATM0MDAAMS1', { ...html, body: readFileSync(fixture('outlook-message.html'), 'utf8') });
});
test.afterAll(async () => {
  await server.close();
});

async function importedUrls(page: Page): Promise<(string | undefined)[]> {
  const feeds = await readStore<{ key: string; actions: { url?: string }[] }>(page, 'feeds');
  return feeds.find((feed) => feed.key === 'imported')?.actions.map((action) => action.url) ?? [];
}

test('Import this page in Gmail imports the opened message, linked to the organization page', async ({
  context,
  serviceWorker,
  openPage,
}) => {
  const mail = await context.newPage();
  await mail.goto(server.url('/mail/u/0/#inbox/FMfcgzQXJWDsKmPbRqWvTfhLc'));
  const popup = await popupOver(mail, serviceWorker, openPage);

  await popup.getByRole('button', { name: 'Import this page', exact: true }).click();
  const review = popup.getByRole('form', { name: 'Review the imported action', exact: true });
  await expect(review.getByRole('textbox', { name: 'Reference', exact: true })).toHaveValue('UA 47.24');
  await expect(review.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Free the river defenders');
  const attorney = review.getByRole('group', { name: 'Ms. Carla Ejemplo', exact: true });
  await expect(attorney.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('fiscal.general@example.cr');
  await expect(attorney.getByRole('textbox', { name: 'Twitter/X handle', exact: true })).toHaveValue('FiscalEjemplo');
  const minister = review.getByRole('group', { name: 'Mr. Pablo Muestra', exact: true });
  await expect(minister.getByRole('textbox', { name: 'Phone', exact: true })).toHaveValue('+50622220000');
  await expect(review.getByRole('textbox', { name: 'Letter text', exact: true })).toHaveValue(
    /^I am writing about Marta Ejemplo and Joaquín Muestra/,
  );
  await review.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(popup.getByRole('heading', { name: 'Free the river defenders', exact: true })).toBeVisible();
  expect(await importedUrls(popup)).toEqual(['https://rights.example.org/actions/ua-47-24']);
});

test('Import this page in Outlook on the web imports the opened message, its Safe Links unwrapped', async ({
  context,
  serviceWorker,
  openPage,
}) => {
  const mail = await context.newPage();
  await mail.goto(server.url('/mail/0/inbox/id/AAQkADAwATM0MDAAMS1'));
  const popup = await popupOver(mail, serviceWorker, openPage);

  await popup.getByRole('button', { name: 'Import this page', exact: true }).click();
  const review = popup.getByRole('form', { name: 'Review the imported action', exact: true });
  await expect(review.getByRole('textbox', { name: 'Reference', exact: true })).toHaveValue('UA 52.24');
  await expect(review.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Protect the journalist Rosa Modelo');
  const minister = review.getByRole('group', { name: 'Ms. Lucía Modelo', exact: true });
  await expect(minister.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('ministra.dh@example.hn');
  await expect(minister.getByRole('textbox', { name: 'Twitter/X handle', exact: true })).toHaveValue('SedhEjemplo');
  const attorney = review.getByRole('group', { name: 'Mr. Andrés Modelo', exact: true });
  await expect(attorney.getByRole('textbox', { name: 'Fax', exact: true })).toHaveValue('+504 2221 0000');
  await review.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(popup.getByRole('heading', { name: 'Protect the journalist Rosa Modelo', exact: true })).toBeVisible();
  expect(await importedUrls(popup)).toEqual(['https://rights.example.org/actions/ua-52-24']);
});

test('an .eml file chosen in Import from text fills the text and the link, and imports', async ({ openPage }) => {
  const options = await openPage('options.html');
  await options.getByLabel('Email file (.eml)', { exact: true }).setInputFiles(fixture('ua-61-24-alternative.eml'));
  await expect(options.getByRole('status').filter({ hasText: 'The text is filled in from the email.' })).toBeVisible();
  await expect(options.getByRole('textbox', { name: 'Urgent action text', exact: true })).toHaveValue(
    /^Urgent Action: Stop the eviction of the Río Verde families\n\nUA: Guatemala 61\.24\n/,
  );
  const link = options.getByRole('textbox', { name: 'Web page of the action (optional)', exact: true });
  await expect(link).toHaveValue('https://rights.example.org/actions/ua-61-24');

  await options.getByRole('button', { name: 'Import from text', exact: true }).click();
  const review = options.getByRole('form', { name: 'Review the imported action', exact: true });
  await expect(review.getByRole('textbox', { name: 'Reference', exact: true })).toHaveValue('UA 61.24');
  const president = review.getByRole('group', { name: 'Mr. Tomás Ejemplo', exact: true });
  await expect(president.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue('presidencia@example.gt');
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: /^Saved ".*" in Imported\.$/ })).toBeVisible();
  expect(await importedUrls(options)).toEqual(['https://rights.example.org/actions/ua-61-24']);
});

test('an .eml file dropped on the text box is read; a file that is not an email is refused', async ({ openPage }) => {
  const options = await openPage('options.html');
  const textbox = options.getByRole('textbox', { name: 'Urgent action text', exact: true });
  const drop = async (name: string, type: string, bytes: Buffer) => {
    const dataTransfer = await options.evaluateHandle(
      ({ data, name, type }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([Uint8Array.from(data)], name, { type }));
        return transfer;
      },
      { data: [...bytes], name, type },
    );
    await textbox.dispatchEvent('dragover', { dataTransfer });
    await textbox.dispatchEvent('drop', { dataTransfer });
  };

  await drop('photo.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await expect(options.getByRole('alert')).toHaveText('This file is not an email. Choose a .eml file, or paste the text.');
  await expect(textbox).toHaveValue('');

  await drop('UA 70-24.eml', 'message/rfc822', readFileSync(fixture('ua-70-24-forwarded-inline.eml')));
  await expect(textbox).toHaveValue(/^URGENT ACTION UA 70\/24 Nepal\n\nUA 70\/24 Nepal: Release the student Bikash Example\n/);
  await expect(options.getByRole('textbox', { name: 'Web page of the action (optional)', exact: true })).toHaveValue(
    'https://rights.example.org/actions/ua-70-24',
  );
  await options.getByRole('button', { name: 'Import from text', exact: true }).click();
  const review = options.getByRole('form', { name: 'Review the imported action', exact: true });
  await expect(review.getByRole('textbox', { name: 'Reference', exact: true })).toHaveValue('UA 70/24');
  await expect(
    review.getByRole('group', { name: 'Mr. Hari Example', exact: true }).getByRole('textbox', { name: 'Email', exact: true }),
  ).toHaveValue('pm.office@example.np');
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: /^Saved ".*" in Imported\.$/ })).toBeVisible();
  expect(await importedUrls(options)).toEqual(['https://rights.example.org/actions/ua-70-24']);
});
