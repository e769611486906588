import { browser } from 'wxt/browser';

export function sendMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * Tells every open page of the extension (the background's news). A page that
 * is not open is no error: nobody needs telling.
 */
export function broadcast(message: unknown): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * A page's listener for the background's news: it never answers (returns
 * nothing), so the background's handler still answers the pages' requests.
 */
export function onBroadcast(handler: (message: unknown) => void): () => void {
  const listener = (message: unknown) => {
    handler(message);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Listens for messages; the handler's promise is the reply. */
export function onMessage(handler: (message: unknown) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown) => handler(message));
}

export function onInstalled(handler: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => handler(reason));
}

export function onStartup(handler: () => void): void {
  browser.runtime.onStartup.addListener(handler);
}
