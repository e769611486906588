/**
 * Unit tests run pages and the background in one process: a page's `send`
 * reaches the real handler table, as it would across the extension's message
 * channel, with the message serialized on the way like the real one is.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/entrypoints/background/handlers';

export function connectBackground(): void {
  Object.assign(fakeBrowser.runtime, {
    sendMessage: async (message: unknown) => handleMessage(structuredClone(message)),
  });
}
