/**
 * The extension in a French browser: Chromium's UI language is French (needs
 * Debian's chromium-l10n), so browser.i18n gives locales/fr.json's strings and
 * Intl formats dates, lists, countries, time zones and relative days the French
 * way. The names come from fr.json, so rewording a translation does not break
 * the test; the French rules it checks (0 and 1 are singular, a space before
 * the colon) do not depend on the wording.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { actionItem, feedJson, type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import { expect, test } from './fixtures';

const french = JSON.parse(readFileSync(resolve('locales/fr.json'), 'utf8')) as Record<string, [string, string]>;

/** A message of fr.json, with $1, $2 replaced as browser.i18n does. */
function fr(key: string, ...substitutions: string[]): string {
  const entry = french[key];
  if (!entry) throw new Error(`locales/fr.json has no "${key}"`);
  return entry[0].replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function uiLanguage(worker: Worker): Promise<string> {
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { i18n: { getUILanguage: () => string } } }).chrome.i18n.getUILanguage(),
  );
}

/** A calendar day `days` from today, local time, as a feed's `ends_at`. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

const journalist = /Example: Release the detained journalist/;
const minister = 'Minister Alex Example';
const prosecutor = 'Ms. Sam Placeholder';

async function openJournalist(popup: Page): Promise<void> {
  await popup.getByRole('link', { name: journalist }).click();
  await expect(popup.getByRole('heading', { level: 2, name: 'Example: Release the detained journalist' })).toBeVisible();
}

/**
 * A page the test opened, in front: Chromium throttles animation frames in a
 * background tab, and each click then waits about 2 s for them.
 */
async function inFront(openPage: (path: string) => Promise<Page>, path: string): Promise<Page> {
  const page = await openPage(path);
  await page.bringToFront();
  return page;
}

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
});
test.afterAll(async () => {
  await server.close();
});

test.use({ language: 'fr' });

test('the browser runs in French', async ({ serviceWorker }) => {
  // Without chromium-l10n, Chromium ignores --lang and stays en-US.
  expect(await uiLanguage(serviceWorker)).toMatch(/^fr\b/);
});

test('the popup lists the actions in French, with French dates and country names', async ({ openPage }) => {
  const popup = await inFront(openPage, 'popup.html');
  await expect(popup.getByRole('heading', { level: 1, name: fr('popupHeading'), exact: true })).toBeVisible();
  expect(await popup.title()).toBe(fr('popupHeading'));
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr\b/);

  const active = popup.getByRole('region', { name: fr('sectionActive'), exact: true });
  const ended = popup.getByRole('region', { name: fr('sectionEnded'), exact: true });
  await expect(active.getByRole('listitem')).toHaveCount(2);
  await expect(ended.getByRole('listitem')).toHaveCount(1);

  const peru = new Intl.DisplayNames(['fr'], { type: 'region' }).of('PE');
  expect(peru).toBe('Pérou');
  // The deadline is the end of 29 November 2023, local time.
  const endDate = new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date(2023, 10, 29, 12));
  const seed = ended.getByRole('link', { name: /Peru: Repeal the decree/ });
  await expect(seed).toContainText(`UA 106.23 · ${peru}`);
  await expect(seed).toContainText(fr('endedOn', endDate));

  await expect(active.getByRole('link', { name: journalist })).toContainText(fr('noDeadline'));
  await expect(popup.getByRole('button', { name: fr('refresh'), exact: true })).toBeVisible();
  await expect(popup.getByRole('link', { name: fr('settings'), exact: true })).toBeVisible();
});

test('an example action in French: prompts, the list of missing details, and each official’s channels', async ({ openPage }) => {
  const popup = await inFront(openPage, 'popup.html');
  await openJournalist(popup);

  await expect(popup.getByRole('radiogroup', { name: fr('writeTo'), exact: true })).toBeVisible();
  // Two officials, none contacted yet: the form follows the 2.
  await expect(popup.getByText(fr('officialsContactedOther', '0', '2'), { exact: true })).toBeVisible();
  const letter = popup.getByRole('textbox', { name: fr('letter'), exact: true });
  // The sample letter is the organization's (English); the prompts are the extension's.
  await expect(letter).toHaveValue(new RegExp(`I am writing from ${escape(fr('promptCity'))}`));
  await expect(letter).toHaveValue(new RegExp(`${escape([fr('promptFullName'), fr('promptCity'), fr('promptEmail')].join('\n'))}$`));
  const missing = new Intl.ListFormat('fr', { type: 'conjunction' }).format([fr('detailName'), fr('detailCity'), fr('detailEmail')]);
  expect(missing).toContain(' et ');
  await expect(popup.getByText(fr('missingDetails', missing))).toBeVisible();
  await expect(popup.getByRole('link', { name: fr('fillInSettings'), exact: true })).toBeVisible();

  await expect(popup.getByRole('textbox', { name: fr('tweetLabel'), exact: true })).toBeVisible();
  await expect(popup.getByText(/^\d+ sur 280 caractères$/)).toBeVisible();
  await expect(popup.getByRole('button', { name: fr('copyLetter'), exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: fr('resetToSample'), exact: true })).toBeDisabled();

  const ministerCard = popup.getByRole('group', { name: minister, exact: true });
  for (const key of ['sendEmail', 'tweet', 'call', 'printLetter']) {
    await expect(ministerCard.getByRole('link', { name: fr(key), exact: true }), key).toBeVisible();
  }
  // The minister's local time, with the zone's French name.
  const zone = new Intl.DateTimeFormat('fr', { timeZone: 'America/Lima', timeZoneName: 'longGeneric' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value;
  expect(zone).toMatch(/Pérou/);
  await expect(
    ministerCard.getByText(new RegExp(`^${escape(fr('localTimeAt', '§')).replace('§', `.*${escape(zone ?? '')}`)}$`)),
  ).toBeVisible();
  await ministerCard.getByText(fr('callScript'), { exact: true }).click();
  await expect(ministerCard.getByText(/^Hello, my name is \[votre nom\]\./)).toBeVisible();

  const prosecutorCard = popup.getByRole('group', { name: prosecutor, exact: true });
  await expect(prosecutorCard.getByRole('button', { name: fr('copyFaxNumber'), exact: true })).toBeVisible();
  await expect(prosecutorCard.getByText(fr('faxNumber', '+1 555 0199'), { exact: true })).toBeVisible();

  await popup.getByRole('button', { name: fr('back'), exact: true }).click();
  await expect(popup.getByRole('region', { name: fr('sectionEnded'), exact: true })).toBeVisible();
});

test('actions taken, in French: the log, singular and plural counts, the report summary and the history', async ({ context, openPage }) => {
  const popup = await inFront(openPage, 'popup.html');
  await openJournalist(popup);

  await popup.getByRole('button', { name: fr('markAsDone'), exact: true }).click();
  await expect(popup.getByRole('status').getByText(fr('loggedDone', minister, 'UA 0.01 (example)'))).toBeVisible();
  await expect(popup.getByText(fr('officialsContactedOther', '1', '2'), { exact: true })).toBeVisible();
  await expect(popup.getByText(fr('totalActionsTakenOne', '1'), { exact: true })).toBeVisible();
  const justNow = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' }).format(0, 'minute');
  await expect(popup.getByRole('group', { name: minister, exact: true }).getByText(fr('doneMarked', justNow))).toBeVisible();

  await popup.getByRole('radio', { name: prosecutor, exact: true }).check();
  await popup.getByRole('button', { name: fr('markAsDone'), exact: true }).click();
  await expect(popup.getByText(fr('officialsContactedOther', '2', '2'), { exact: true })).toBeVisible();
  await expect(popup.getByText(fr('totalActionsTakenOther', '2'), { exact: true })).toBeVisible();

  // Undo, then the same again: the log notice speaks French too.
  await popup.getByRole('button', { name: fr('undo'), exact: true }).click();
  await expect(popup.getByText(fr('undone'), { exact: true })).toBeVisible();
  await expect(popup.getByText(fr('totalActionsTakenOne', '1'), { exact: true })).toBeVisible();
  await popup.getByRole('button', { name: fr('markAsDone'), exact: true }).click();

  const report = context.waitForEvent('page');
  await popup.getByRole('link', { name: fr('reportYourActions'), exact: true }).click();
  expect((await report).url()).toBe('https://example.org/report');
  await expect(popup.getByText(fr('reportSummaryCopied'), { exact: true })).toBeVisible();
  const done = [fr('entryToTarget', fr('channelDone'), minister), fr('entryToTarget', fr('channelDone'), prosecutor)];
  const summary = fr('reportSummary', 'UA 0.01 (example)', new Intl.ListFormat('fr', { type: 'conjunction' }).format(done));
  // French typography: a no-break space before the colon.
  expect(summary).toMatch(/^UA 0\.01 \(example\)\u00a0: /);
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(summary);

  const options = await inFront(openPage, 'options.html');
  const history = options.getByRole('table', { name: fr('actionsTakenTable'), exact: true });
  for (const key of ['columnWhen', 'columnAction', 'columnOfficial', 'columnChannel', 'columnOutcome']) {
    await expect(history.getByRole('columnheader', { name: fr(key), exact: true }), key).toBeVisible();
  }
  const row = history.getByRole('row', { name: new RegExp(prosecutor) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(
    fr('referenceAndTitle', 'UA 0.01 (example)', 'Example: Release the detained journalist'),
  );
  await expect(row.getByRole('cell').nth(3)).toHaveText(fr('channelDone'));
  const today = new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date());
  await expect(row.getByRole('cell').first()).toContainText(today);
});

test('an ended action says so in French', async ({ openPage }) => {
  const popup = await inFront(openPage, 'popup.html');
  await popup.getByRole('link', { name: /Peru: Repeal the decree/ }).click();
  await expect(popup.getByText(fr('actionEndedNotice'))).toBeVisible();
  const endDate = new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date(2023, 10, 29, 12));
  await expect(popup.getByText(`UA 106.23 · Pérou · ${fr('endedOn', endDate)}`, { exact: true })).toBeVisible();
  const official = popup.getByRole('group', { name: 'Mr. Alberto Otárola Peñaranda', exact: true });
  await expect(official.getByRole('link', { name: fr('tweet'), exact: true })).toBeDisabled();
  await expect(popup.getByRole('button', { name: fr('markAsDone'), exact: true })).toBeDisabled();
});

test('feeds in French: relative deadlines, 0 and 1 action in the singular, a problem after the feed’s name', async ({ openPage }) => {
  server.serve('/reseau.json', {
    body: feedJson('Réseau local', [actionItem('ua-3-24', 'Mexico: Free the water defender', { ends_at: dayFromToday(3) })]),
  });
  server.serve('/vide.json', { body: feedJson('Flux vide', []) });
  const options = await inFront(openPage, 'options.html');
  const url = options.getByRole('textbox', { name: fr('feedUrl'), exact: true });
  const add = options.getByRole('button', { name: fr('addFeed'), exact: true });
  const status = options.getByRole('region', { name: fr('feedsHeading'), exact: true }).getByRole('status');

  await url.fill(server.url('/reseau.json'));
  await add.click();
  await expect(status).toHaveText(fr('feedAddedOne', 'Réseau local', '1'));
  await url.fill(server.url('/vide.json'));
  await add.click();
  await expect(status).toHaveText(fr('feedAddedOne', 'Flux vide', '0'));
  const feeds = options.getByRole('table', { name: fr('feedsTable'), exact: true });
  await expect(feeds.getByRole('row', { name: /Flux vide/ })).toContainText(fr('feedOkOne', '0'));
  await expect(feeds.getByRole('row', { name: /bundled examples/ })).toContainText(fr('feedOkOther', '3'));

  await url.fill(server.url('/absent.json'));
  await add.click();
  // A refusal is an alert, as the UI contract asks; success is a status.
  const alert = options.getByRole('region', { name: fr('feedsHeading'), exact: true }).getByRole('alert');
  await expect(alert).toHaveText(fr('feedProblem', server.url('/absent.json'), fr('problemNotFound')));

  const popup = await inFront(openPage, 'popup.html');
  const inThreeDays = new Intl.RelativeTimeFormat('fr', { numeric: 'auto' }).format(3, 'day');
  expect(inThreeDays).toBe('dans 3 jours');
  const link = popup
    .getByRole('region', { name: fr('sectionActive'), exact: true })
    .getByRole('link', { name: /Mexico: Free the water defender/ });
  await expect(link).toContainText(`UA ua-3-24 · ${new Intl.DisplayNames(['fr'], { type: 'region' }).of('MX')}`);
  await expect(link).toContainText(fr('endsWhen', inThreeDays));
});

test('the options page is in French, and saved details sign the letter', async ({ openPage }) => {
  const options = await inFront(openPage, 'options.html');
  expect(await options.title()).toBe(fr('optionsTitle'));
  await expect(options.getByRole('heading', { level: 1, name: fr('optionsTitle'), exact: true })).toBeVisible();
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
    await expect(options.getByRole('textbox', { name: fr(key), exact: true }), key).toBeVisible();
  }
  for (const key of ['includeEmail', 'includeCity', 'notifyNewActions']) {
    await expect(options.getByRole('checkbox', { name: fr(key), exact: true }), key).toBeVisible();
  }
  for (const key of ['save', 'addFeed', 'importFromText', 'exportCsv', 'exportData', 'importData']) {
    await expect(options.getByRole('button', { name: fr(key), exact: true }), key).toBeVisible();
  }
  const every = options.getByRole('combobox', { name: fr('refreshEvery'), exact: true });
  const hour = new Intl.NumberFormat('fr', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(1);
  expect(hour).toMatch(/^1\sheure$/);
  await expect(every.getByRole('option', { name: hour, exact: true })).toBeAttached();
  const emailApp = options.getByRole('combobox', { name: fr('emailApp'), exact: true });
  await expect(emailApp.getByRole('option', { name: fr('emailAppDefault'), exact: true })).toBeAttached();
  const feeds = options.getByRole('table', { name: fr('feedsTable'), exact: true });
  await expect(feeds.getByRole('row', { name: /bundled examples/ })).toContainText(fr('bundledFeed'));
  await expect(feeds.getByRole('button', { name: fr('remove'), exact: true })).toHaveCount(1);
  await expect(options.getByText(fr('noActionsYet'), { exact: true })).toBeVisible();

  // The confirmation's name ends with a narrow no-break space and a question mark.
  await options.getByRole('button', { name: fr('deleteAllData'), exact: true }).click();
  const dialog = options.getByRole('dialog', { name: fr('deleteAllDataQuestion'), exact: true });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: fr('deleteEverything'), exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: fr('cancel'), exact: true }).click();
  await expect(dialog).toBeHidden();

  await options.getByRole('textbox', { name: fr('fieldFirstName'), exact: true }).fill('Léa');
  await options.getByRole('textbox', { name: fr('fieldLastName'), exact: true }).fill('Bérénger-Nguyen');
  await options.getByRole('textbox', { name: fr('fieldCity'), exact: true }).fill('Besançon');
  await options.getByRole('textbox', { name: fr('fieldEmail'), exact: true }).fill('pas une adresse');
  await options.getByRole('button', { name: fr('save'), exact: true }).click();
  await expect(options.getByRole('status')).toHaveText(fr('detailsNotSaved'));
  await expect(options.getByText(fr('notAnEmail'), { exact: true })).toBeVisible();
  await options.getByRole('textbox', { name: fr('fieldEmail'), exact: true }).fill('');
  await options.getByRole('button', { name: fr('save'), exact: true }).click();
  await expect(options.getByRole('status')).toHaveText(fr('detailsSaved'));

  const popup = await inFront(openPage, 'popup.html');
  await openJournalist(popup);
  const letter = popup.getByRole('textbox', { name: fr('letter'), exact: true });
  await expect(letter).toHaveValue(/I am writing from Besançon/);
  await expect(letter).toHaveValue(new RegExp(`Léa Bérénger-Nguyen\\nBesançon\\n${escape(fr('promptEmail'))}$`));
  await expect(popup.getByText(fr('missingDetails', fr('detailEmail')))).toBeVisible();
});

test('the printed letter is dated the French way', async ({ context, openPage }) => {
  const popup = await inFront(openPage, 'popup.html');
  await openJournalist(popup);
  const opened = context.waitForEvent('page');
  await popup
    .getByRole('group', { name: minister, exact: true })
    .getByRole('link', { name: fr('printLetter'), exact: true })
    .click();
  const letter = await opened;
  await expect(letter.getByRole('button', { name: fr('printNow'), exact: true })).toBeVisible();
  expect(await letter.title()).toBe(fr('printLetter'));
  const today = new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date());
  await expect(letter.getByText(today, { exact: true })).toBeVisible();
  await expect(letter.getByText(/^Dear Minister,/)).toBeVisible();
});
