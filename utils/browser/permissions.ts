import { browser } from 'wxt/browser';

export function containsOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins });
}

export async function requestOrigins(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins });
  } catch {
    // Outside a user gesture, or the pattern is not in optional permissions.
    return false;
  }
}
