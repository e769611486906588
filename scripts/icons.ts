/**
 * `npm run icons`: renders assets/icon.svg to public/icon/<size>.png at every
 * size the stores and browsers ask for, with Debian's Chromium (no download).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumPath } from '../e2e/chromium';

const iconSizes = [16, 32, 48, 96, 128] as const;

assertChromium();
const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const profile = mkdtempSync(join(tmpdir(), 'ua-icons-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: ['--disable-gpu', '--no-first-run', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
try {
  const page = await context.newPage();
  for (const size of iconSizes) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const path = resolve(`public/icon/${size}.png`);
    await page.locator('svg').screenshot({ path, omitBackground: true });
    console.log(`Wrote ${path}`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
