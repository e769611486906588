import { expect, test } from './fixtures';

const journalist = /Example: Release the detained journalist/;

test('copy the letter, continue in a full tab, and report to the organization', async ({ context, openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: journalist }).click();
  const letter = popup.getByRole('textbox', { name: 'Letter', exact: true });
  await letter.press('End');
  await letter.pressSequentially('\nWith hope.');

  await popup.getByRole('button', { name: 'Copy letter', exact: true }).click();
  await expect(popup.getByText('Letter copied.')).toBeVisible();
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(await letter.inputValue());

  // The same composer, with the same draft, in a tab: no Back, no Open in tab.
  const opened = context.waitForEvent('page');
  await popup.getByRole('link', { name: 'Open in tab', exact: true }).click();
  const tab = await opened;
  await expect(tab.getByRole('textbox', { name: 'Letter', exact: true })).toHaveValue(/\nWith hope\.$/);
  await expect(tab.getByRole('button', { name: 'Back', exact: true })).toHaveCount(0);
  await expect(tab.getByRole('link', { name: 'Open in tab', exact: true })).toHaveCount(0);

  // Reporting copies what was done, to paste into the organization's form.
  await tab.getByRole('button', { name: 'Mark as done', exact: true }).click();
  await expect(tab.getByText('1 of 2 officials contacted')).toBeVisible();
  const report = context.waitForEvent('page');
  await tab.getByRole('link', { name: 'Report your actions', exact: true }).click();
  expect((await report).url()).toBe('https://example.org/report');
  await expect(tab.getByText('A summary of what you did is copied: paste it into the form.')).toBeVisible();
  expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe('UA 0.01 (example): done to Minister Alex Example');
});
