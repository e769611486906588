/**
 * One supporter's journey in Debian's Firefox ESR with the Firefox build
 * installed: the bundled actions, saved details, a signed letter, an email sent
 * and logged. Controls are found by role and accessible name in fresh tabs, by
 * their visible labels after a reload (see byRole).
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storeRecordsInPage } from '../stored';
import { byRole, extensionOrigin, type FirefoxSession, launchFirefox, waitFor } from './firefox';

let firefox: FirefoxSession;
const timings: [string, number][] = [];

beforeAll(async () => {
  const started = Date.now();
  firefox = await launchFirefox();
  timings.push(['launch Firefox and install the add-on', Date.now() - started]);
});

afterAll(async () => {
  await firefox?.close();
  console.log(timings.map(([name, ms]) => `${(ms / 1000).toFixed(1).padStart(5)} s  ${name}`).join('\n'));
});

/** Runs one step of the journey, timed, and names it in a failure. */
async function step(name: string, run: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await run();
  } catch (error) {
    const errors = firefox.extensionErrors();
    const seen = errors.length ? `\nScript errors in the extension:\n${errors.join('\n')}` : '';
    throw new Error(`Step "${name}" failed: ${error instanceof Error ? error.message : String(error)}${seen}`, { cause: error });
  }
  timings.push([name, Date.now() - started]);
  expect(firefox.extensionErrors(), `script errors in the extension after "${name}"`).toEqual([]);
}

/** Types into an empty text field found by role and name. */
async function fill(page: Page, name: string, text: string): Promise<void> {
  const field = await byRole(page, 'textbox', name);
  await field.type(text);
}

function value(element: ElementHandle<Element>): Promise<string> {
  return element.evaluate((node) => (node as HTMLInputElement | HTMLTextAreaElement).value);
}

/** The values of the fields labelled with these texts, found through their <label>s. */
function labelledValues(page: Page, labels: string[]): Promise<(string | null)[]> {
  return page.evaluate((wanted) => {
    const all = [...document.querySelectorAll('label')];
    return wanted.map((text) => {
      const control = all.find((label) => label.textContent?.trim() === text)?.control;
      return control ? (control as HTMLInputElement | HTMLSelectElement).value : null;
    });
  }, labels);
}

/** The body rows of the table with this caption, as cell texts. */
function tableRows(page: Page, caption: string): Promise<string[][] | null> {
  return page.evaluate((wanted) => {
    const table = [...document.querySelectorAll('table')].find((each) => each.caption?.textContent?.trim() === wanted);
    if (!table) return null;
    return [...table.tBodies].flatMap((body) => [...body.rows].map((row) => [...row.cells].map((cell) => cell.textContent?.trim() ?? '')));
  }, caption);
}

/** Texts of the status messages on the page. */
function statuses(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent?.trim() ?? ''));
}

const details = { 'First name': 'Ana', 'Last name': 'Quispe Núñez', Email: 'ana@example.net', City: 'Cusco', Country: 'Peru' };
const actionTitle = 'Example: Release the detained journalist';
const official = 'Minister Alex Example';

test('a supporter acts on a bundled action in Firefox ESR', async () => {
  let popup: Page;
  let options: Page;

  await step('the welcome page opens on install', async () => {
    // Firefox reports no URL to puppeteer for extension pages: ask each tab.
    const welcomes = await waitFor('the welcome page', async () => {
      const urls = await Promise.all((await firefox.browser.pages()).map((page) => page.evaluate(() => location.href)));
      const found = urls.filter((url) => url === `${extensionOrigin}/options.html?welcome=1`);
      return found.length > 0 && found;
    });
    expect(welcomes).toHaveLength(1);
  });

  await step('the popup lists the bundled actions', async () => {
    popup = await firefox.openPage('popup.html');
    await byRole(popup, 'heading', 'Urgent actions');
    const active = await byRole(popup, 'region', 'Active');
    const ended = await byRole(popup, 'region', 'Ended');
    const linkTexts = (region: ElementHandle<Element>) =>
      region.evaluate((node) => [...node.querySelectorAll('li a')].map((link) => link.textContent ?? ''));
    const activeLinks = await waitFor('two active actions', async () => {
      const texts = await linkTexts(active);
      return texts.length === 2 && texts;
    });
    expect(activeLinks.some((text) => text.includes(actionTitle))).toBe(true);
    expect(activeLinks.some((text) => text.includes('Example: Protect the land defenders under threat'))).toBe(true);
    const endedLinks = await linkTexts(ended);
    expect(endedLinks).toHaveLength(1);
    expect(endedLinks[0]).toContain('Peru: Repeal the decree that puts Venezuelan refugees at risk');
    expect(endedLinks[0]).toContain('Ended Nov 29, 2023');
    // Firefox's background drew the popup's first paint too, and the popup took it over.
    const records = (await popup.evaluate(storeRecordsInPage, 'snapshot')) as { firstPaint?: { html: string; validUntil: number } }[];
    const snapshot = records.find((record) => record.firstPaint);
    expect(snapshot?.firstPaint?.html).toContain(actionTitle);
    expect(snapshot?.firstPaint?.validUntil).toBeGreaterThan(Date.now());
    await waitFor('the popup to take its first paint over', async () =>
      popup.evaluate(() => document.getElementById('app')?.inert === false),
    );
  });

  await step("the options page saves the supporter's details and a setting", async () => {
    options = await firefox.openPage('options.html');
    for (const [label, text] of Object.entries(details)) await fill(options, label, text);
    await (await byRole(options, 'button', 'Save')).click();
    await waitFor('"Your details are saved."', async () => (await statuses(options)).includes('Your details are saved.'));
    const refreshEvery = await byRole(options, 'combobox', 'Refresh every');
    await refreshEvery.select('180');
  });

  await step('the details and the setting are still there after a reload', async () => {
    await firefox.reload(options);
    const labels = [...Object.keys(details), 'Refresh every'];
    const shown = await waitFor('the reloaded details', async () => {
      const values = await labelledValues(options, labels);
      return values[0] === details['First name'] && values;
    });
    expect(shown).toEqual([...Object.values(details), '180']);
  });

  let letter = '';
  await step("the action's letter is signed with the saved details", async () => {
    popup = await firefox.openPage('popup.html');
    const link = await waitFor(`the link to "${actionTitle}"`, async () => {
      const links = await popup.$$('::-p-aria([role="link"])');
      for (const each of links) {
        if ((await each.evaluate((node) => node.textContent ?? '')).includes(actionTitle)) return each;
      }
      return undefined;
    });
    await link.click();
    const textbox = await byRole(popup, 'textbox', 'Letter');
    letter = await waitFor('a signed letter', async () => {
      const text = await value(textbox);
      return text.endsWith('ana@example.net') && text;
    });
    expect(letter).toMatch(/^Dear Minister,\n\nI am writing to urge you/);
    expect(letter).toContain('I am writing from Cusco and will keep following this case.');
    expect(letter).toMatch(/\n\nYours sincerely,\nAna Quispe Núñez\nCusco, Peru\nana@example\.net$/);
  });

  await step('Send email carries the letter in a mailto: link, and the click is logged', async () => {
    const card = await byRole(popup, 'group', official);
    const email = await byRole(card, 'link', 'Send email');
    const subject = 'Release the detained journalist (UA 0.01 (example))';
    const expected = `mailto:minister@example.org?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(letter.replace(/\n/g, '\r\n'))}`;
    expect(await email.evaluate((node) => node.getAttribute('href'))).toBe(expected);

    await email.click();
    await waitFor('the "Logged" status', async () =>
      (await statuses(popup)).some((text) => text.startsWith(`Logged: email to ${official} (UA 0.01 (example)).`)),
    );
    const log = (await popup.evaluate(storeRecordsInPage, 'log')) as { channel: string; targetName: string; reference: string }[];
    expect(log.map(({ channel, targetName, reference }) => ({ channel, targetName, reference }))).toEqual([
      { channel: 'email', targetName: official, reference: 'UA 0.01 (example)' },
    ]);
  });

  await step('the options page shows the email in Actions taken after a reload', async () => {
    await firefox.reload(options);
    const rows = await waitFor('a row in Actions taken', async () => {
      const found = await tableRows(options, 'Actions taken');
      return found?.length === 1 && found;
    });
    expect(rows[0]?.slice(1)).toEqual([`UA 0.01 (example): ${actionTitle}`, official, 'email', '']);
  });
});
