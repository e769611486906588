import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from './public/_locales/en/messages.json';
import { connectBackground } from './testing/background';
import { closeDatabase } from './utils/db/database';

type Message = { message: string; placeholders?: Record<string, { content: string }> };

/** browser.i18n as Chrome does it, from the English messages the extension ships. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (messages as Record<string, Message>)[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : [substitutions].flat();
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole)
    .replace(/\$(\d)/g, (_whole, n: string) => values[Number(n) - 1] ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
  connectBackground();
  closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});
