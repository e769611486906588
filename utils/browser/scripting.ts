import { browser } from 'wxt/browser';

/**
 * Runs `func` once in the tab's top frame and returns what it returned. `func` is
 * serialized: it must be self-contained, with no closure over this module.
 */
export async function runInTab<Result>(tabId: number, func: () => Result): Promise<Result | undefined> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, func });
  return frame?.result as Result | undefined;
}
