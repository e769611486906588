import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readStore } from './stored';

const journalist = /Example: Release the detained journalist/;

async function openJournalistAction(popup: Page) {
  await popup.getByRole('link', { name: journalist }).click();
  await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).toBeVisible();
}

async function chooseEmailApp(page: Page, app: string) {
  await page.getByRole('combobox', { name: 'Email app', exact: true }).selectOption({ label: app });
}

test('each channel opens the right link for its official', async ({ context, openPage }) => {
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'First name', exact: true }).fill('Ana');
  await options.getByRole('textbox', { name: 'Last name', exact: true }).fill('Díaz');
  await options.getByRole('button', { name: 'Save', exact: true }).click();

  const popup = await openPage('popup.html');
  await openJournalistAction(popup);
  const minister = popup.getByRole('group', { name: 'Minister Alex Example', exact: true });
  const letter = await popup.getByRole('textbox', { name: 'Letter', exact: true }).inputValue();

  await expect(minister.getByRole('link', { name: 'Send email', exact: true })).toHaveAttribute(
    'href',
    `mailto:minister@example.org?subject=${encodeURIComponent('Release the detained journalist (UA 0.01 (example))')}&body=${encodeURIComponent(letter.replace(/\n/g, '\r\n'))}`,
  );
  await expect(minister.getByRole('link', { name: 'Call', exact: true })).toHaveAttribute('href', 'tel:+15550100');
  await expect(minister.getByText(/^Local time there: \d{1,2}:\d{2} [AP]M Peru Standard Time\.$/)).toBeVisible();
  await expect(minister.getByText('Hello, my name is Ana Díaz. I am calling to urge Minister Alex Example')).toBeAttached();

  const tweet = new URL((await minister.getByRole('link', { name: 'Tweet', exact: true }).getAttribute('href')) ?? '');
  expect(tweet.searchParams.get('text')).toBe(
    '.@ExampleMinister Journalism is not a crime: release the detained journalist now. https://example.org/actions/example-journalist',
  );
  // twitter-text's weighted count: the 67-character URL counts as 23.
  await expect(popup.getByText('105 of 280 characters')).toBeVisible();

  // Gmail and Outlook.com carry the whole letter and open in a new tab.
  for (const [app, origin, subjectKey] of [
    ['Gmail', 'https://mail.google.com/mail/', 'su'],
    ['Outlook.com', 'https://outlook.live.com/mail/0/deeplink/compose', 'subject'],
  ] as const) {
    await chooseEmailApp(options, app);
    await popup.reload();
    await openJournalistAction(popup);
    const opened = context.waitForEvent('page');
    await popup
      .getByRole('group', { name: 'Minister Alex Example', exact: true })
      .getByRole('link', { name: 'Send email', exact: true })
      .click();
    const compose = new URL((await opened).url());
    expect(compose.origin + compose.pathname).toBe(origin);
    expect(compose.searchParams.get('to')).toBe('minister@example.org');
    expect(compose.searchParams.get(subjectKey)).toBe('Release the detained journalist (UA 0.01 (example))');
    expect(compose.searchParams.get('body')).toBe(letter);
  }

  // Fax: the number is copied; post: a print-ready letter with both addresses.
  const prosecutor = popup.getByRole('group', { name: 'Ms. Sam Placeholder', exact: true });
  await prosecutor.getByRole('button', { name: 'Copy fax number', exact: true }).click();
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe('+1 555 0199');
  const printed = context.waitForEvent('page');
  await prosecutor.getByRole('link', { name: 'Print letter', exact: true }).click();
  const letterPage = await printed;
  await expect(letterPage.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
  await expect(letterPage.locator('address').nth(1)).toHaveText(
    ['Ms. Sam Placeholder', 'Prosecutor General (example)', "Example Prosecutor's Office", '2 Sample Street', 'Example City 00000'].join(
      '\n',
    ),
  );
  await expect(letterPage.getByText(/^Dear Ms\. Sam Placeholder,/)).toBeVisible();
  const channels = (await readStore<{ channel: string }>(popup, 'log')).map((entry) => entry.channel).sort();
  expect(channels).toEqual(['email', 'email', 'print']);
});

test('a long Cyrillic letter goes by clipboard, the email asks to paste it', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await openJournalistAction(popup);
  const long = `Уважаемый министр,\n\n${'Освободите журналиста немедленно. '.repeat(40)}\n\nС уважением,\nОльга`;
  await popup.getByRole('textbox', { name: 'Letter', exact: true }).fill(long);
  const email = popup
    .getByRole('group', { name: 'Minister Alex Example', exact: true })
    .getByRole('link', { name: 'Send email', exact: true });
  const href = (await email.getAttribute('href')) ?? '';
  expect(href.length).toBeLessThanOrEqual(2000);
  expect(decodeURIComponent(href.split('body=')[1] ?? '')).toBe('[Paste the letter here: it was copied to your clipboard.]');
  const request = popup.waitForEvent('request', (candidate) => candidate.url().startsWith('mailto:minister@example.org'));
  await email.click();
  await request;
  await expect(popup.getByText('The letter is too long for an email link: it is copied, paste it into the email.')).toBeVisible();
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(long);
});

test('a call asks for its outcome, again when the popup reopens, until answered', async ({ openPage }) => {
  let popup = await openPage('popup.html');
  await openJournalistAction(popup);
  await popup.getByRole('group', { name: 'Minister Alex Example', exact: true }).getByRole('link', { name: 'Call', exact: true }).click();
  await expect(popup.getByRole('group', { name: 'How did the call to Minister Alex Example go?', exact: true })).toBeVisible();

  // The phone app took focus and the popup closed: the question comes back.
  await popup.close();
  popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Left a voicemail', exact: true }).click();
  await expect(popup.getByRole('button', { name: 'Left a voicemail', exact: true })).toHaveCount(0);
  const log = await readStore<{ channel: string; outcome: string }>(popup, 'log');
  expect(log).toEqual([expect.objectContaining({ channel: 'call', outcome: 'voicemail' })]);
});

test('the history lists every action and exports as CSV', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await openJournalistAction(popup);
  await popup.getByRole('button', { name: 'Mark as done', exact: true }).click();
  await popup.getByRole('radio', { name: 'Ms. Sam Placeholder', exact: true }).check();
  await popup.getByRole('button', { name: 'Mark as done', exact: true }).click();
  await expect(popup.getByText('2 of 2 officials contacted')).toBeVisible();
  await expect(popup.getByText('You have taken 2 actions so far.')).toBeVisible();

  const options = await openPage('options.html');
  const table = options.getByRole('table', { name: 'Actions taken', exact: true });
  await expect(table.getByRole('row')).toHaveCount(3);
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export CSV', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('urgent-actions-log.csv');
  const csv = (await import('node:fs')).readFileSync((await file.path()) ?? '', 'utf8').split('\r\n');
  expect(csv[0]).toBe('"time","reference","action","official","channel","outcome","feed","item_id"');
  expect(csv.slice(1, 3).map((row) => row.split('","').slice(1, 5).join('|'))).toEqual([
    'UA 0.01 (example)|Example: Release the detained journalist|Ms. Sam Placeholder|done',
    'UA 0.01 (example)|Example: Release the detained journalist|Minister Alex Example|done',
  ]);
});
