/**
 * The extension's texts in a language, read from locales/<language>.json, so
 * that rewording a translation does not break a test; and the checks every
 * translated options page must pass.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

export type Messages = (key: string, ...substitutions: string[]) => string;

/** Messages of locales/<language>.json, with $1, $2 replaced as browser.i18n does. */
export function messagesIn(language: string): Messages {
  const path = resolve(`locales/${language}.json`);
  const table = JSON.parse(readFileSync(path, 'utf8')) as Record<string, [string, string]>;
  return (key, ...substitutions) => {
    const entry = table[key];
    if (!entry) throw new Error(`locales/${language}.json has no "${key}"`);
    return entry[0].replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The browser's UI language, as the extension sees it. */
export function uiLanguage(worker: Worker): Promise<string> {
  // The test asks the browser itself; the extension never uses `chrome`.
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { i18n: { getUILanguage: () => string } } }).chrome.i18n.getUILanguage(),
  );
}

/** Every control of the options page is named in the language, and the bundled feed is listed in it. */
export async function expectOptionsIn(options: Page, t: Messages): Promise<void> {
  expect(await options.title()).toBe(t('optionsTitle'));
  await expect(options.getByRole('heading', { level: 1, name: t('optionsTitle'), exact: true })).toBeVisible();
  const textboxes = ['fieldFirstName', 'fieldLastName', 'fieldEmail', 'fieldStreetAddress', 'fieldCity', 'fieldRegion'];
  for (const key of [...textboxes, 'fieldPostalCode', 'fieldCountry', 'feedUrl', 'urgentActionText']) {
    await expect(options.getByRole('textbox', { name: t(key), exact: true }), key).toBeVisible();
  }
  for (const key of ['includeEmail', 'includeCity', 'notifyNewActions']) {
    await expect(options.getByRole('checkbox', { name: t(key), exact: true }), key).toBeVisible();
  }
  for (const key of ['save', 'addFeed', 'importFromText', 'exportCsv', 'exportData', 'importData']) {
    await expect(options.getByRole('button', { name: t(key), exact: true }), key).toBeVisible();
  }
  await expect(options.getByRole('combobox', { name: t('refreshEvery'), exact: true })).toBeVisible();
  const emailApp = options.getByRole('combobox', { name: t('emailApp'), exact: true });
  await expect(emailApp.getByRole('option', { name: t('emailAppDefault'), exact: true })).toBeAttached();
  const feeds = options.getByRole('table', { name: t('feedsTable'), exact: true });
  await expect(feeds.getByRole('row', { name: /bundled examples/ })).toContainText(t('bundledFeed'));
  await expect(feeds.getByRole('button', { name: t('remove'), exact: true })).toHaveCount(1);
}
