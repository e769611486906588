/**
 * `npm start`: builds the extension and opens it in Debian's Chromium on the
 * bundled feed, in a throwaway profile. Without a display it runs headless,
 * saves a screenshot of the popup and says how to get a window.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const extensionDir = resolve('.output/chrome-mv3');

if (!existsSync(chromiumPath)) {
  console.error(`Chromium is missing at ${chromiumPath}: apt-get update && apt-get install -y chromium chromium-l10n`);
  process.exit(1);
}
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const profile = mkdtempSync(join(tmpdir(), 'urgent-actions-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  console.log('Opening Chromium with the extension: click its toolbar icon (puzzle piece → Urgent Actions).');
  const browser = spawn(chromiumPath, args, { stdio: 'inherit' });
  browser.on('exit', () => rmSync(profile, { recursive: true, force: true }));
} else {
  const { chromium } = await import('playwright-core');
  console.log('No display: running Chromium headless and taking a screenshot of the popup.');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: args.filter((arg) => !arg.startsWith('--user-data-dir')),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 640 });
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  await popup.getByRole('region', { name: 'Active' }).waitFor();
  const shot = resolve('popup-screenshot.png');
  await popup.screenshot({ path: shot, fullPage: true });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`Saved ${shot}.`);
  console.log('For a real window on a machine without a display, run: xvfb-run -a npm start (apt-get install -y xvfb),');
  console.log('or copy .output/chrome-mv3 to a computer with Chrome and load it at chrome://extensions (Developer mode → Load unpacked).');
}
