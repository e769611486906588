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
