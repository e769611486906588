/**
 * Unit tests run pages and the background in one process: a page's `send`
 * reaches the real handler table, as it would across the extension's message
 * channel, with the message serialized on the way like the real one is; the
 * background's news (`broadcast`) reaches the pages' listeners.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/entrypoints/background/handlers';

const isNews = (message: unknown) => typeof message === 'object' && message !== null && 'event' in message;

export function connectBackground(): void {
  Object.assign(fakeBrowser.runtime, {
    sendMessage: async (message: unknown) => {
      const sent = structuredClone(message);
      if (!isNews(sent)) return handleMessage(sent);
      await fakeBrowser.runtime.onMessage.trigger(sent, {}, () => undefined);
      return undefined;
    },
  });
}
