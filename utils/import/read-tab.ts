/**
 * Reads an urgent action's page from the supporter's tab, on their click only:
 * no content script runs on any site, `activeTab` + `scripting` suffice.
 */
import { runInTab } from '@/utils/browser/scripting';
import { activeTab } from '@/utils/browser/tabs';

export interface PageText {
  url: string;
  title: string;
  text: string;
}

/**
 * Runs inside the page, so it must stay self-contained (no imports, no helpers
 * from outside): the XOR decoding of cfemail.ts is repeated here.
 *
 * The text is the live body's `innerText`, which follows the layout (a block
 * starts a line). A detached clone has no layout and its `innerText` would run
 * every line together, so rather than editing a clone, each Cloudflare
 * placeholder ("[email protected]") is replaced in the text, in document order,
 * by the address it hides. The page itself is never changed.
 */
export function readPageInPlace(): PageText {
  const decode = (hex: string): string | undefined => {
    if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return undefined;
    const bytes = hex.match(/../g)!.map((pair) => Number.parseInt(pair, 16));
    const key = bytes[0]!;
    return new TextDecoder().decode(Uint8Array.from(bytes.slice(1), (byte) => byte ^ key));
  };
  const hrefMarker = '/cdn-cgi/l/email-protection#';
  const body = document.body;
  let text = body.innerText;
  let cursor = 0;
  let previous: Element | undefined;
  for (const element of body.querySelectorAll(`[data-cfemail], a[href*="${hrefMarker}"]`)) {
    // A link around a [data-cfemail] span hides the same address once.
    if (previous?.contains(element)) continue;
    previous = element;
    const hex = element.getAttribute('data-cfemail') ?? element.getAttribute('href')!.split(hrefMarker)[1] ?? '';
    const shown = (element as HTMLElement).innerText;
    // Hidden elements are not in innerText: looking for them would shift every later address.
    if (!shown || !element.checkVisibility()) continue;
    const at = text.indexOf(shown, cursor);
    if (at < 0) continue;
    const address = decode(hex);
    cursor = at + shown.length;
    if (!address) continue;
    const replacement = /^\[\s*email\s*protected\s*\]$/i.test(shown.replace(/\u00a0/g, ' ')) ? address : `${shown} ${address}`;
    text = text.slice(0, at) + replacement + text.slice(at + shown.length);
    cursor = at + replacement.length;
  }
  return { url: location.href, title: document.title, text };
}

/** The page's address, title and text, with Cloudflare-hidden email addresses written out. */
export async function readTab(tabId: number): Promise<PageText> {
  const page = await runInTab(tabId, readPageInPlace);
  if (!page) throw new Error('The page gave no text.');
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
