/**
 * Launches headless Chromium with the e2e build of the extension loaded, in a
 * fresh profile per test, and gives the extension's id and pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, expect, type Page, test as base, type Worker } from '@playwright/test';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from './chromium';

export const extensionDir = resolve('.output/chrome-mv3-e2e');

interface ExtensionFixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens an extension page (`popup.html`, `options.html`) in a tab. */
  openPage: (path: string) => Promise<Page>;
  language: string;
}

export const test = base.extend<ExtensionFixtures>({
  language: ['en', { option: true }],
  context: async ({ language }, use) => {
    assertChromium();
    const profile = mkdtempSync(join(tmpdir(), 'ua-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumArgs(extensionDir), `--lang=${language}`],
      env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` },
      locale: language,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    // No internet here: x.com, webmail and the examples' organization answer from a stub.
    await context.route(/^https:\/\/(x\.com|mail\.google\.com|outlook\.live\.com|example\.org)\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>stub</title><h1>Stub</h1>' }),
    );
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // On install the extension opens its welcome page in a new, active tab. A test
    // starts once it is there, so that it never takes the focus from the test's own tab.
    await expect.poll(() => context.pages().some((page) => page.url().includes('options.html?welcome=1')), { timeout: 15_000 }).toBe(true);
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };

/** The toolbar badge's text, as Chromium shows it. */
export function badgeText(worker: Worker): Promise<string> {
  // The test reads the badge in the browser itself; the extension never uses `chrome`.
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { getBadgeText: (d: object) => Promise<string> } } }).chrome.action.getBadgeText({}),
  );
}
