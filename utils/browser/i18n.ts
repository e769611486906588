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

/** Chrome's messages have no plurals: a message in two forms, chosen by the count. */
export function tCount(count: number, forms: { one: MessageKey; other: MessageKey }, substitutions: string[]): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? forms.one : forms.other;
  return t(form, substitutions);
}
