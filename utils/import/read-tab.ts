/**
 * Reads an urgent action's page from the supporter's tab, on their click only:
 * no content script runs on any site, `activeTab` + `scripting` suffice. The
 * reader itself (utils/import/read-page.ts) is injected as a file, so none of
 * it loads with the popup.
 */
import { runFileInTab } from '@/utils/browser/scripting';
import { activeTab } from '@/utils/browser/tabs';
import type { PageText } from './read-page';

export type { PageText } from './read-page';

/** The built file of entrypoints/page-reader.ts. */
export const pageReaderFile = '/page-reader.js';

/** The page's text with its structure, or the opened message in Gmail or Outlook on the web. */
export async function readTab(tabId: number): Promise<PageText> {
  const page = await runFileInTab<PageText>(tabId, pageReaderFile);
  if (!page || typeof page.text !== 'string') throw new Error('The page gave no text.');
  return page;
}

/** Pages the importer can read: the web, not the browser's or other extensions' pages. */
export function isReadablePage(url: string | undefined): boolean {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/**
 * The current tab's id when it shows a web page. Cheap enough for the popup's
 * start: one tabs query, the page is not touched. Without a grant the browser
 * hides the tab's URL, and a page the extension may not read is not offered.
 */
export async function readableActiveTabId(): Promise<number | undefined> {
  const tab = await activeTab();
  return tab?.id !== undefined && isReadablePage(tab.url) ? tab.id : undefined;
}
