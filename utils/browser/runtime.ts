import { browser } from 'wxt/browser';

export function sendMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
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
