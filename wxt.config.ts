import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Feeds on other sites are fetched with a host permission asked for at the
// moment the supporter adds them, never up front.
const feedHostPatterns = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  // The e2e build goes to its own folder so it never overwrites the shipped one.
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  manifest: ({ browser, manifestVersion, mode }) => {
    const isMv3 = manifestVersion === 3;
    const testHosts = mode === 'e2e' ? ['http://127.0.0.1/*'] : [];
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['alarms', 'notifications', 'activeTab', 'scripting', 'clipboardWrite',
        ...(isMv3 ? [] : testHosts)],
      ...(isMv3
        ? { optional_host_permissions: feedHostPatterns, host_permissions: testHosts }
        : { optional_permissions: feedHostPatterns }),
      action: { default_title: '__MSG_extName__' },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'urgent-actions@advocacy.example',
                strict_min_version: '128.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
