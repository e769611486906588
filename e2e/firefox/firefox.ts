/**
 * Debian's Firefox ESR with the Firefox build of the extension installed as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi (Playwright
 * cannot drive a stock Firefox, and Debian has no geckodriver).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const extensionDir = resolve('.output/firefox-mv2');
const geckoId = 'urgent-actions@advocacy.example';
/** Fixed, so that page URLs are known before the add-on is installed. */
const extensionUuid = '3c9a7d1e-5b2f-4e8a-9c61-0f4d2b7a8e15';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

export function assertFirefox(): void {
  if (!existsSync(firefoxPath)) {
    throw new Error(`Firefox ESR is missing at ${firefoxPath}. Install it with: apt-get update && apt-get install -y firefox-esr`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The Firefox build is missing at ${extensionDir}. Build it with: npx wxt build -b firefox`);
  }
}

/** What puppeteer's BiDi frame offers beyond its public types. */
interface BidiContext {
  navigate: (url: string, wait: 'complete') => Promise<void>;
  reload: (options: { wait: 'complete' }) => Promise<void>;
}

function browsingContext(page: Page): BidiContext {
  return (page.mainFrame() as unknown as { browsingContext: BidiContext }).browsingContext;
}

export interface FirefoxSession {
  browser: Browser;
  /** Opens an extension page (`popup.html`, `options.html`) in a new foreground tab. */
  openPage: (path: string) => Promise<Page>;
  /** Reloads an extension page and waits for it to load. */
  reload: (page: Page) => Promise<void>;
  /** Lines Firefox printed for script errors in the extension's pages, so far. */
  extensionErrors: () => string[];
  close: () => Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  assertFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'ua-firefox-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      // A shared two-core machine under load can take longer than the default 30 s.
      timeout: 60_000,
      userDataDir: profile,
      // Firefox 153 refuses moz-extension:// navigation to a remote client without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
        // Extension pages' errors never reach puppeteer's events; on stdout a test can see them.
        'devtools.console.stdout.content': true,
        // Headless Firefox cannot answer a permission prompt.
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  const output: string[] = [];
  let pending = '';
  const collect = (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    output.push(...lines);
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);

  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }

  return {
    browser,
    openPage: async (path) => {
      const page = await browser.newPage();
      // page.goto() waits for navigation events that Firefox never sends for extension pages.
      await browsingContext(page).navigate(`${extensionOrigin}/${path}`, 'complete');
      // A background tab gets no animation frames, and clicks wait for them.
      await page.bringToFront();
      return page;
    },
    reload: async (page) => {
      await browsingContext(page).reload({ wait: 'complete' });
      await page.bringToFront();
    },
    extensionErrors: () => [...output, pending].filter((line) => line.includes('JavaScript error: moz-extension://')),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const pollMs = 100;

/**
 * Polls until `find` gives a value (not null, undefined or false). Locators and
 * waitForFunction compile code with Function(), which the extension's CSP blocks
 * on Firefox ESR 140.
 */
export async function waitFor<T>(what: string, find: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== null && found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, pollMs));
  }
}

/** Escapes a value for a `::-p-aria([name="…"])` selector. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

/**
 * The element with this ARIA role and exact accessible name, inside `scope`.
 * Puppeteer's ARIA queries fail in an extension page once it has been reloaded:
 * use them in freshly opened tabs only.
 */
export function byRole(scope: Page | ElementHandle, role: string, name: string): Promise<ElementHandle<Element>> {
  return waitFor(`${role} "${name}"`, () => scope.$(`::-p-aria([name=${quoted(name)}][role=${quoted(role)}])`));
}
