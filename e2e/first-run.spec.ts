import AxeBuilder from '@axe-core/playwright';
import { badgeText, expect, test } from './fixtures';

test('a new supporter sees the bundled actions, active and ended, offline', async ({ context, openPage, serviceWorker }) => {
  // The welcome page opens once, on install.
  await expect.poll(() => context.pages().some((page) => page.url().includes('options.html?welcome=1'))).toBe(true);

  const popup = await openPage('popup.html');
  await expect(popup.getByRole('heading', { level: 1, name: 'Urgent actions', exact: true })).toBeVisible();

  const active = popup.getByRole('region', { name: 'Active', exact: true });
  const ended = popup.getByRole('region', { name: 'Ended', exact: true });
  await expect(active.getByRole('listitem')).toHaveCount(2);
  await expect(active.getByRole('link', { name: /Example: Release the detained journalist/ })).toBeVisible();

  const seed = ended.getByRole('link', { name: /Peru: Repeal the decree/ });
  await expect(seed).toContainText('UA 106.23 · Peru');
  await expect(seed).toContainText('Ended Nov 29, 2023');

  // The bundled examples never ask for attention.
  expect(await badgeText(serviceWorker)).toBe('');
});

test('an ended action can be read but its channels are disabled', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Peru: Repeal the decree/ }).click();
  await expect(
    popup.getByRole('heading', { level: 2, name: 'Peru: Repeal the decree that puts Venezuelan refugees at risk' }),
  ).toBeVisible();
  await expect(popup.getByText('This action has ended')).toBeVisible();
  const official = popup.getByRole('group', { name: 'Mr. Alberto Otárola Peñaranda', exact: true });
  await expect(official.getByRole('link', { name: 'Tweet', exact: true })).toBeDisabled();
  await expect(official.getByRole('link', { name: 'Send email', exact: true })).toHaveCount(0);
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(popup.getByRole('region', { name: 'Ended', exact: true })).toBeVisible();
});

test('the popup and the options page pass an accessibility audit', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('region', { name: 'Active', exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);

  const options = await openPage('options.html');
  await expect(options.getByRole('textbox', { name: 'First name', exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);
});
