import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Runs one of the extension's own script files (a WXT unlisted script, e.g.
 * `/page-reader.js`) once in the tab's top frame and returns the script's last
 * value, which Chrome and Firefox both pass back as the injection's result.
 */
export async function runFileInTab<Result>(tabId: number, file: ScriptPublicPath): Promise<Result | undefined> {
  const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return frame?.result as Result | undefined;
}
