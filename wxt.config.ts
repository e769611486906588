import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * twitter-text imports core-js 2 polyfills for ES5 browsers; every browser we
 * support has those built in, and core-js's `Function('return this')` is eval
 * to Firefox's reviewers. They become an empty module.
 */
function dropCoreJsPolyfills(): Plugin {
  const empty = '\0empty-polyfill';
  return {
    name: 'drop-core-js-polyfills',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith('core-js/') ? empty : undefined),
    load: (id) => (id === empty ? 'export {};' : undefined),
  };
}

/** popup.html's source, as the module graph and the HTML transform name it. */
const popupPage = /[\\/]entrypoints[\\/]popup[\\/]index\.html$/;

/**
 * Every module the popup's first render loads, its own entry files aside, in one
 * chunk (`popup-start`) instead of the chunks Rolldown makes per set of pages
 * sharing them: each file is one more answer from the browser's process before
 * the modules can run (npm run bench). Found in the module graph once it is
 * built; the other pages load that chunk for the modules they share with it.
 */
function popupStartChunk() {
  let startModules = new Set<string>();
  const plugin: Plugin = {
    name: 'popup-start-chunk',
    buildEnd() {
      const page = [...this.getModuleIds()].find((id) => popupPage.test(id));
      if (!page) return;
      const found = new Set<string>();
      const pending = [page];
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (found.has(id)) continue;
        found.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      startModules = new Set([...found].filter((id) => !/[\\/]entrypoints[\\/]popup[\\/]/.test(id)));
    },
  };
  return { plugin, test: (id: string) => startModules.has(id) };
}
const popupStart = popupStartChunk();

/**
 * popup.html's modules wait for its first paint: they leave the page's head
 * for a list on the early script's tag, which loads them once that paint is
 * shown (entrypoints/popup-snapshot.ts). The page's module comes first.
 */
function popupModulesAfterFirstPaint(): Plugin {
  const earlyScript = '<script src="/popup-snapshot.js"';
  return {
    name: 'popup-modules-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { path }) {
        if (!popupPage.test(path)) return html;
        const scripts: string[] = [];
        const imports: string[] = [];
        const rest = html
          .replace(/\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g, (_, src: string) => {
            scripts.push(src);
            return '';
          })
          .replace(/\s*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g, (_, href: string) => {
            imports.push(href);
            return '';
          });
        if (scripts.length !== 1 || !rest.includes(earlyScript)) throw new Error(`${path}: expected one module and the early script`);
        return rest.replace(earlyScript, `${earlyScript} data-modules="${[...scripts, ...imports].join(' ')}"`);
      },
    },
  };
}

/** zod, which only writes and the action screen need. */
const schemaModules = /[\\/]node_modules[\\/]zod[\\/]/;

/** Plain http on loopback: only development and the e2e build, for local test servers. */
const loopbackOrigins = ['http://127.0.0.1', 'http://localhost'];

/**
 * The extension pages' policy, the background's too (Chrome applies
 * `extension_pages` to the service worker). `connect-src` is checked by the
 * browser at every hop of a redirect, before the request is made: in the
 * shipped build no fetch, redirected or not, reaches plain http.
 */
export function contentSecurityPolicy(mode: string): string {
  const loopback = mode === 'production' ? [] : [...loopbackOrigins.map((origin) => `${origin}:*`), 'ws://localhost:*'];
  return [
    "script-src 'self'",
    "object-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `connect-src ${["'self'", 'https:', ...loopback].join(' ')}`,
  ].join('; ');
}

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox's reviewers rebuild from the sources zip: the screenshots only make it heavy.
  zip: { excludeSources: ['docs/screenshots/**'] },
  vite: () => ({
    plugins: [dropCoreJsPolyfills(), preact(), popupStart.plugin, popupModulesAfterFirstPaint()],
    // Every browser we support preloads modules itself: no polyfill file on the pages' start-up.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // Left to itself, Rolldown puts every module the pages share into one
      // chunk, and the popup would load zod at start-up although its first
      // render validates nothing (the snapshot): zod gets a chunk of its own,
      // then what the popup's first render needs gets one (popupStartChunk).
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'popup')) return;
      const output = ((config.build ??= {}).rolldownOptions ??= {});
      output.output = {
        ...output.output,
        codeSplitting: {
          groups: [
            { name: 'schemas', test: schemaModules },
            { name: 'popup-start', test: popupStart.test },
          ],
        },
      };
    },
  },
  // The e2e build goes to its own folder so it never overwrites the shipped one. It is
  // the shipped code plus loopback hosts: `build:e2e` sets NODE_ENV=production, which
  // WXT would otherwise set to the mode, and Preact's preset would then compile
  // development JSX and devtools hooks that the bench would measure.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser, manifestVersion, mode }) => {
    const isMv3 = manifestVersion === 3;
    const testHosts = mode === 'e2e' ? ['http://127.0.0.1/*'] : [];
    // Feeds on other sites are fetched with a host permission asked for at the
    // moment the supporter adds them, never up front.
    const feedHostPatterns = ['https://*/*', ...(mode === 'production' ? [] : loopbackOrigins.map((origin) => `${origin}/*`))];
    const csp = contentSecurityPolicy(mode);
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['alarms', 'notifications', 'activeTab', 'scripting', 'clipboardWrite', ...(isMv3 ? [] : testHosts)],
      ...(isMv3
        ? { optional_host_permissions: feedHostPatterns, host_permissions: testHosts }
        : { optional_permissions: feedHostPatterns }),
      content_security_policy: isMv3 ? { extension_pages: csp } : csp,
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'urgent-actions@advocacy.example',
                // data_collection_permissions arrived in Firefox 140 on desktop, the
                // ESR many supporters still run, and in 142 on Android.
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
