import { browser } from 'wxt/browser';

export async function containsOrigins(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

/** Asks for host permissions; false when refused or when no user gesture allowed the prompt. */
export async function requestOrigins(origins: string[]): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins });
  } catch {
    // Outside a user gesture, or an origin the manifest does not list as optional.
    return false;
  }
}
