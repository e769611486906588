import { browser } from 'wxt/browser';

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/** A page of this extension, e.g. `/options.html`. */
export function extensionUrl(path: `/${string}`): string {
  return browser.runtime.getURL(path as never);
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/**
 * The tab the supporter is looking at. Its `url` is only there while the
 * extension may see it: after a click on the toolbar icon (activeTab) or with a
 * host permission for the page.
 */
export async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
