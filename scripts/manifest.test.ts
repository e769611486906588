/**
 * The manifest that wxt.config.ts gives each browser: who can install the
 * extension, and the name and description the stores show in each language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import config from '../wxt.config';

type Source = Record<string, [string, string]>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function manifestFor(env: Pick<ConfigEnv, 'browser' | 'manifestVersion' | 'mode'>): Promise<UserManifest> {
  const { manifest } = config;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts should compute the manifest per browser');
  return manifest({ command: 'build', ...env });
}

describe('the Firefox manifest', () => {
  describe.each([2, 3] as const)('MV%i', (manifestVersion) => {
    it('installs on Firefox ESR 140 and later on desktop, and on Firefox 142 and later on Android', async () => {
      const settings = (await manifestFor({ browser: 'firefox', manifestVersion, mode: 'production' })).browser_specific_settings;
      // 142.0 would lock out ESR 140; below 140 (142 on Android) Firefox ignores data_collection_permissions.
      expect(settings?.gecko?.strict_min_version).toBe('140.0');
      expect(settings?.gecko_android?.strict_min_version).toBe('142.0');
    });

    it('declares that it collects no data, and has a fixed add-on id', async () => {
      const gecko = (await manifestFor({ browser: 'firefox', manifestVersion, mode: 'production' })).browser_specific_settings?.gecko;
      expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
      expect(gecko?.id).toBe('urgent-actions@advocacy.example');
    });
  });

  it('is Firefox’s alone: Chrome warns about manifest keys it does not know', async () => {
    const chrome = await manifestFor({ browser: 'chrome', manifestVersion: 3, mode: 'production' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });
});

describe('the name and description the stores show', () => {
  it('come from the locales, in the browser language', async () => {
    const manifest = await manifestFor({ browser: 'chrome', manifestVersion: 3, mode: 'production' });
    expect(manifest).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
  });

  const languages = readdirSync(join(root, 'locales')).map((file) => file.replace(/\.json$/, ''));

  it.each(languages)('fit the stores’ limits in %s', (language) => {
    const source = JSON.parse(readFileSync(join(root, 'locales', `${language}.json`), 'utf8')) as Source;
    // Chrome Web Store: description at most 132 characters; addons.mozilla.org: name at most 50.
    expect(source.extName?.[0].length).toBeLessThanOrEqual(50);
    expect(source.extDescription?.[0].length).toBeGreaterThan(40);
    expect(source.extDescription?.[0].length).toBeLessThanOrEqual(132);
  });
});
