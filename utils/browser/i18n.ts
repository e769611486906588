import { browser } from 'wxt/browser';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A UI string in the browser's language (public/_locales). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The browser's UI language, for Intl formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
