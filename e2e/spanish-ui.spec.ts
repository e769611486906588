/**
 * The extension in a Spanish browser: Chromium's UI language is Spanish (needs
 * Debian's chromium-l10n), so browser.i18n gives locales/es.json's strings and
 * Intl formats dates, lists and countries the Spanish way. The names come from
 * es.json, so rewording a translation does not break the test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';

const spanish = JSON.parse(readFileSync(resolve('locales/es.json'), 'utf8')) as Record<string, [string, string]>;

/** A message of es.json, with $1, $2 replaced as browser.i18n does. */
function es(key: string, ...substitutions: string[]): string {
  const entry = spanish[key];
  if (!entry) throw new Error(`locales/es.json has no "${key}"`);
  return entry[0].replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function uiLanguage(worker: Worker): Promise<string> {
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { i18n: { getUILanguage: () => string } } }).chrome.i18n.getUILanguage(),
  );
}

test.use({ language: 'es' });

test('the browser runs in Spanish', async ({ serviceWorker }) => {
  // Without chromium-l10n, Chromium ignores --lang and stays en-US.
  expect(await uiLanguage(serviceWorker)).toMatch(/^es\b/);
});

test('the popup lists the actions in Spanish, with Spanish dates and country names', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('heading', { level: 1, name: es('popupHeading'), exact: true })).toBeVisible();
  expect(await popup.title()).toBe(es('popupHeading'));

  const active = popup.getByRole('region', { name: es('sectionActive'), exact: true });
  const ended = popup.getByRole('region', { name: es('sectionEnded'), exact: true });
  await expect(active.getByRole('listitem')).toHaveCount(2);
  await expect(ended.getByRole('listitem')).toHaveCount(1);

  const peru = new Intl.DisplayNames(['es'], { type: 'region' }).of('PE');
  expect(peru).toBe('Perú');
  // The deadline is the end of 29 November 2023, local time.
  const endDate = new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(new Date(2023, 10, 29, 12));
  const seed = ended.getByRole('link', { name: /Peru: Repeal the decree/ });
  await expect(seed).toContainText(`UA 106.23 · ${peru}`);
  await expect(seed).toContainText(es('endedOn', endDate));

  // The bundled active examples have no deadline.
  await expect(active.getByRole('link', { name: /Example: Release the detained journalist/ })).toContainText(es('noDeadline'));

  await expect(popup.getByRole('button', { name: es('refresh'), exact: true })).toBeVisible();
  await expect(popup.getByRole('link', { name: es('settings'), exact: true })).toBeVisible();
});

test('an example action in Spanish: the letter shows Spanish prompts for missing details', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  await expect(popup.getByRole('heading', { level: 2, name: 'Example: Release the detained journalist' })).toBeVisible();

  await expect(popup.getByRole('radiogroup', { name: es('writeTo'), exact: true })).toBeVisible();
  const letter = popup.getByRole('textbox', { name: es('letter'), exact: true });
  // The sample letter is the organization's (English); the prompts are the extension's.
  await expect(letter).toHaveValue(new RegExp(`I am writing from ${escape(es('promptCity'))}`));
  await expect(letter).toHaveValue(new RegExp(`${escape([es('promptFullName'), es('promptCity'), es('promptEmail')].join('\n'))}$`));
  const missing = new Intl.ListFormat('es', { type: 'conjunction' }).format([es('detailName'), es('detailCity'), es('detailEmail')]);
  await expect(popup.getByText(es('missingDetails', missing))).toBeVisible();

  await expect(popup.getByRole('textbox', { name: es('tweetLabel'), exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: es('copyLetter'), exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: es('resetToSample'), exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: es('markAsDone'), exact: true }).first()).toBeVisible();
  const official = popup.getByRole('group', { name: 'Ms. Sam Placeholder', exact: true });
  await expect(official.getByRole('link', { name: es('printLetter'), exact: true })).toBeVisible();

  await popup.getByRole('button', { name: es('back'), exact: true }).click();
  await expect(popup.getByRole('region', { name: es('sectionEnded'), exact: true })).toBeVisible();
});

test('an ended action says so in Spanish', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Peru: Repeal the decree/ }).click();
  await expect(popup.getByText(es('actionEndedNotice'))).toBeVisible();
  const official = popup.getByRole('group', { name: 'Mr. Alberto Otárola Peñaranda', exact: true });
  await expect(official.getByRole('link', { name: es('tweet'), exact: true })).toBeDisabled();
});

test('the options page is in Spanish, and saved details sign the letter', async ({ openPage }) => {
  const options = await openPage('options.html');
  expect(await options.title()).toBe(es('optionsTitle'));
  for (const key of [
    'fieldFirstName',
    'fieldLastName',
    'fieldEmail',
    'fieldStreetAddress',
    'fieldCity',
    'fieldRegion',
    'fieldPostalCode',
    'fieldCountry',
    'feedUrl',
    'urgentActionText',
  ]) {
    await expect(options.getByRole('textbox', { name: es(key), exact: true }), key).toBeVisible();
  }
  for (const key of ['includeEmail', 'includeCity', 'notifyNewActions']) {
    await expect(options.getByRole('checkbox', { name: es(key), exact: true }), key).toBeVisible();
  }
  for (const key of ['save', 'addFeed', 'importFromText', 'exportCsv']) {
    await expect(options.getByRole('button', { name: es(key), exact: true }), key).toBeVisible();
  }
  await expect(options.getByRole('combobox', { name: es('refreshEvery'), exact: true })).toBeVisible();
  const emailApp = options.getByRole('combobox', { name: es('emailApp'), exact: true });
  await expect(emailApp.getByRole('option', { name: es('emailAppDefault'), exact: true })).toBeAttached();
  const feeds = options.getByRole('table', { name: es('feedsTable'), exact: true });
  await expect(feeds.getByRole('row', { name: /bundled examples/ })).toContainText(es('bundledFeed'));
  await expect(feeds.getByRole('button', { name: es('remove'), exact: true })).toHaveCount(1);
  await expect(options.getByRole('table', { name: es('actionsTakenTable'), exact: true })).toBeAttached();

  await options.getByRole('textbox', { name: es('fieldFirstName'), exact: true }).fill('Ana');
  await options.getByRole('textbox', { name: es('fieldLastName'), exact: true }).fill('Quispe Núñez');
  await options.getByRole('textbox', { name: es('fieldCity'), exact: true }).fill('Cusco');
  await options.getByRole('button', { name: es('save'), exact: true }).click();
  await expect(options.getByRole('status')).toHaveText(es('detailsSaved'));

  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  const letter = popup.getByRole('textbox', { name: es('letter'), exact: true });
  await expect(letter).toHaveValue(/I am writing from Cusco/);
  await expect(letter).toHaveValue(new RegExp(`Ana Quispe Núñez\\nCusco\\n${escape(es('promptEmail'))}$`));
  await expect(popup.getByText(es('missingDetails', es('detailEmail')))).toBeVisible();
});
