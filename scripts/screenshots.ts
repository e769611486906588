/**
 * `npm run screenshots`: every screen, in the light and the dark theme and in
 * each UI language, from the e2e build in Debian's headless Chromium, into
 * docs/screenshots/<language>-<theme>-<screen>.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../e2e/chromium';
import { actionItem, feedJson, startFeedServer } from '../testing/e2e-feed-server';

const outDir = resolve('docs/screenshots');
const extensionDir = resolve('.output/chrome-mv3-e2e');
const languages = readdirSync('locales').map((file) => file.replace(/\.json$/, ''));
const themes = ['light', 'dark'] as const;
const popupSize = { width: 440, height: 720 };
const pageSize = { width: 1000, height: 900 };

type Messages = Record<string, [string, string]>;

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  // Fonts and the last render settle before the picture.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage, animations: 'disabled' });
  console.log(`  ${name}.png`);
}

async function openIn(
  context: BrowserContext,
  url: string,
  theme: (typeof themes)[number],
  size: { width: number; height: number },
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.goto(url);
  return page;
}

async function screensIn(language: string): Promise<void> {
  const messages = JSON.parse(readFileSync(`locales/${language}.json`, 'utf8')) as Messages;
  const msg = (key: string) => messages[key]?.[0] ?? key;
  const server = await startFeedServer();
  const profile = mkdtempSync(join(tmpdir(), 'ua-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs(extensionDir), `--lang=${language}`],
    env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` },
    locale: language,
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;

    // One followed feed that worked once and now answers 404: the problem every screen shows.
    server.serve('/feed.json', {
      body: feedJson('Example Rights Network', [
        actionItem('ua-1', 'Free the detained students', { ends_at: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) }),
      ]),
    });
    const setup = await openIn(context, `${base}/options.html`, 'light', pageSize);
    await setup.getByRole('textbox', { name: msg('feedUrl'), exact: true }).fill(server.url('/feed.json'));
    await setup.getByRole('button', { name: msg('addFeed'), exact: true }).click();
    await setup
      .getByRole('table', { name: msg('feedsTable'), exact: true })
      .getByRole('row')
      .nth(2)
      .waitFor();
    server.serve('/feed.json', { status: 404, type: 'text/plain', body: 'Not found' });
    await setup.close();

    for (const theme of themes) {
      const prefix = `${language}-${theme}`;
      const popup = await openIn(context, `${base}/popup.html`, theme, popupSize);
      await popup.getByRole('button', { name: msg('refresh'), exact: true }).click();
      await popup.getByRole('alert').first().waitFor();
      await shoot(popup, `${prefix}-list`);

      await popup
        .getByRole('region', { name: msg('sectionActive'), exact: true })
        .getByRole('link')
        .filter({ hasText: 'Example' })
        .first()
        .click();
      await popup.getByRole('textbox', { name: msg('letter'), exact: true }).waitFor();
      const printUrl = await popup
        .getByRole('link', { name: msg('printLetter'), exact: true })
        .first()
        .getAttribute('href');
      await popup.getByRole('button', { name: msg('markAsDone'), exact: true }).click();
      await popup.getByRole('button', { name: msg('undo'), exact: true }).waitFor();
      await shoot(popup, `${prefix}-action`);

      await popup.getByRole('button', { name: msg('back'), exact: true }).click();
      await popup
        .getByRole('region', { name: msg('sectionEnded'), exact: true })
        .getByRole('link')
        .first()
        .click();
      await popup.getByRole('textbox', { name: msg('letter'), exact: true }).waitFor();
      await shoot(popup, `${prefix}-action-ended`);

      const letter = await openIn(context, printUrl!, theme, pageSize);
      await letter.locator('.postal').waitFor();
      await shoot(letter, `${prefix}-letter`);
      await letter.close();
      await popup.close();

      const options = await openIn(context, `${base}/options.html?welcome=1`, theme, pageSize);
      await options.getByRole('table', { name: msg('feedsTable'), exact: true }).waitFor();
      await shoot(options, `${prefix}-options`);
      await options.getByRole('button', { name: msg('deleteAllData'), exact: true }).click();
      await options.getByRole('dialog').waitFor();
      await shoot(options, `${prefix}-delete-dialog`, false);
      await options.getByRole('button', { name: msg('cancel'), exact: true }).click();

      await options
        .getByRole('textbox', { name: msg('urgentActionText'), exact: true })
        .fill(readFileSync('utils/import/fixtures/ua-106-23-peru.txt', 'utf8'));
      await options.getByRole('button', { name: msg('importFromText'), exact: true }).click();
      const review = options.getByRole('form', { name: msg('importReviewHeading'), exact: true });
      await review.waitFor();
      await review.scrollIntoViewIfNeeded();
      await review.screenshot({ path: join(outDir, `${prefix}-import-review.png`), animations: 'disabled' });
      console.log(`  ${prefix}-import-review.png`);
      await options.close();
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

assertChromium();
execFileSync('npm', ['run', '-s', 'build:e2e'], { stdio: 'inherit' });
mkdirSync(outDir, { recursive: true });
for (const language of languages) {
  console.log(`${language}:`);
  await screensIn(language);
}
