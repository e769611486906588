/**
 * `npm start`: builds the extension and opens it in Debian's Chromium on the
 * bundled feed, in a throwaway profile. Without a display it runs headless,
 * saves a screenshot of the popup and says how to get a window.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assertChromium, chromiumArgs, chromiumPath } from '../e2e/chromium';

assertChromium();
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const profile = mkdtempSync(join(tmpdir(), 'urgent-actions-'));
const args = chromiumArgs(resolve('.output/chrome-mv3'));

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  console.log('Opening Chromium with the extension: click its toolbar icon (puzzle piece → Urgent Actions).');
  const browser = spawn(chromiumPath, [`--user-data-dir=${profile}`, ...args], { stdio: 'inherit' });
  browser.on('exit', () => rmSync(profile, { recursive: true, force: true }));
} else {
  const { chromium } = await import('playwright-core');
  console.log('No display: running Chromium headless and taking a screenshot of the popup.');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args,
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
