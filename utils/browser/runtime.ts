import { browser } from 'wxt/browser';
import type { Message } from '@/utils/messaging/protocol';

export function sendMessage<Reply>(message: Message): Promise<Reply> {
  return browser.runtime.sendMessage(message) as Promise<Reply>;
}

/** Listens for messages; the handler's promise is the reply. */
export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  browser.runtime.onMessage.addListener((message: unknown) => handler(message));
}

export function onInstalled(handler: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => handler(reason));
}

export function onStartup(handler: () => void): void {
  browser.runtime.onStartup.addListener(handler);
}
