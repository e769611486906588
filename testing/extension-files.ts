import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The browser serves the extension's own files (the bundled feed); in unit
 * tests they come from public/. Every other request goes to the real network.
 */
export function serveExtensionFiles(): void {
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const own = `chrome-extension://${fakeBrowser.runtime.id}/`;
    if (!url.startsWith(own)) return realFetch(input, init);
    return new Response(readFileSync(`public/${url.slice(own.length)}`), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
}
