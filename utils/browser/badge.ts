import { browser } from 'wxt/browser';

/** The toolbar badge: a number, or nothing at zero. */
export async function setBadgeCount(count: number): Promise<void> {
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  if (count > 0) await action.setBadgeBackgroundColor({ color: '#b3261e' });
}
