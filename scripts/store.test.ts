/**
 * What the stores need: icons at every size from the one source image, a
 * listing per UI language, and every permission explained for reviewers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('store packages', () => {
  it.each([16, 32, 48, 96, 128])('has a %i px icon rendered from assets/icon.svg', (size) => {
    expect(existsSync(join(root, 'assets/icon.svg'))).toBe(true);
    expect(pngSize(join(root, `public/icon/${size}.png`))).toEqual([size, size]);
  });

  it('has a store listing for every UI language', () => {
    const languages = readdirSync(join(root, 'locales')).map((file) => file.replace(/\.json$/, ''));
    for (const language of languages) {
      const description = (JSON.parse(readFileSync(join(root, 'locales', `${language}.json`), 'utf8')) as Record<string, [string]>)
        .extDescription?.[0];
      const listing = readFileSync(join(root, 'docs/store', `${language}.md`), 'utf8');
      expect(listing).toContain(description);
    }
  });

  it('explains every permission of the shipped manifests in the README', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const { manifest } = config;
    if (typeof manifest !== 'function') throw new Error('wxt.config.ts should compute the manifest per browser');
    for (const [browser, manifestVersion] of [
      ['chrome', 3],
      ['firefox', 2],
    ] as const) {
      const built = await manifest({ command: 'build', browser, manifestVersion, mode: 'production' });
      const asked = [...(built.permissions ?? []), ...(built.optional_host_permissions ?? []), ...(built.optional_permissions ?? [])];
      for (const permission of asked) expect(readme, permission).toContain(`| \`${permission}\``);
    }
  });
});
