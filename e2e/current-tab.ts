/**
 * Playwright cannot click the toolbar icon, so the popup is opened as a tab.
 * It offers "Import this page" for its window's current tab, which it asks for
 * once, when it loads.
 */
import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

/** The URL of the active tab in the window that holds the given extension page, as the browser reports it. */
function activeTabBeside(worker: Worker, pageUrl: string): Promise<string | undefined> {
  return worker.evaluate(async (url) => {
    type Tab = { url?: string; windowId?: number };
    // The test asks the browser itself; the extension never uses `chrome`.
    const { tabs } = (globalThis as unknown as { chrome: { tabs: { query: (query: object) => Promise<Tab[]> } } }).chrome;
    const [own] = await tabs.query({ url });
    const [active] = await tabs.query({ active: true, windowId: own?.windowId });
    return active?.url;
  }, pageUrl);
}

/**
 * The popup with `page` as the current tab: the page is brought to the front,
 * and the popup reloaded only once the browser reports it as the active tab.
 */
export async function popupOver(page: Page, worker: Worker, openPage: (path: string) => Promise<Page>): Promise<Page> {
  const popup = await openPage('popup.html');
  await page.bringToFront();
  await expect.poll(() => activeTabBeside(worker, popup.url())).toBe(page.url());
  await popup.reload();
  return popup;
}
