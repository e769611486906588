/**
 * Injected into the supporter's tab, on their click only, by readTab
 * (utils/import/read-tab.ts), which gets back what this returns.
 *
 * A file rather than a function: `scripting.executeScript({ func })` sends the
 * function's source text, so it must not call anything outside itself, and a
 * minifier is free to break that. A file is bundled with its imports, so the
 * reader stays ordinary, tested modules. Chrome (MV3) and Firefox (MV2 and MV3)
 * both return a file's last value as the injection's result; WXT builds an
 * unlisted script so that its `main`'s return value is that last value.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '@/utils/import/read-page';

export default defineUnlistedScript(() => readPage(document));
