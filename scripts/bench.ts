/**
 * `npm run bench`: what the popup costs, measured, not asserted.
 * - the gzipped size of the popup's start-up scripts and of what loads lazily;
 * - how long the popup takes to show cached actions while a feed server hangs;
 * - what a Refresh of an unchanged feed costs on the wire (a 304).
 * Uses the e2e build (it may fetch from 127.0.0.1) and Debian's Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../e2e/chromium';
import { makeFeed, makeUrgentItem, neverAnswer, serveJson, startFeedServer } from '../testing/feed-server';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const gzipped = (file: string) => gzipSync(readFileSync(file)).byteLength;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The scripts popup.html loads before it can render: its entry and the chunks it imports statically. */
function startupScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const found = new Set<string>();
  const pending = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1] as string);
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (found.has(file)) continue;
    found.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only: `import(...)` is loaded when first needed.
    for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      pending.push(join(file, '..', match[1] as string).replace(/^\.\//, ''));
    }
  }
  return [...found];
}

function bundleReport(dir: string): void {
  const startup = startupScripts(dir);
  const startupBytes = startup.reduce((sum, file) => sum + gzipped(join(dir, file)), 0);
  const css = readdirSync(join(dir, 'assets')).filter((file) => file.endsWith('.css'));
  console.log(`popup start-up scripts (gzipped): ${kb(startupBytes)} in ${startup.length} files`);
  for (const file of startup) console.log(`  ${file}: ${kb(gzipped(join(dir, file)))}`);
  const lazy = readdirSync(join(dir, 'chunks')).filter((file) => !startup.includes(`chunks/${file}`));
  console.log('loaded later or by other pages (gzipped):');
  for (const file of lazy) console.log(`  chunks/${file}: ${kb(gzipped(join(dir, 'chunks', file)))}`);
  console.log(`stylesheets (gzipped): ${css.map((file) => `${file} ${kb(gzipped(join(dir, 'assets', file)))}`).join(', ')}`);
}

async function popupTimings(): Promise<void> {
  assertChromium();
  const server = await startFeedServer({
    '/feed.json': serveJson(makeFeed({ title: 'Bench Org', items: [makeUrgentItem('bench', { title: 'Bench action' })] }), {
      etag: '"v1"',
    }),
  });
  const profile = mkdtempSync(join(tmpdir(), 'ua-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(resolve('.output/chrome-mv3-e2e')),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const options = await context.newPage();
    await options.goto(`${base}/options.html`);
    await options.getByRole('textbox', { name: 'Feed URL' }).fill(server.url('/feed.json'));
    await options.getByRole('button', { name: 'Add feed' }).click();
    await options.getByText(/^Following /).waitFor();

    const popup = await context.newPage();
    await popup.goto(`${base}/popup.html`);
    const sent = server.responses.length;
    await popup.getByRole('button', { name: 'Refresh' }).click();
    while (!server.responses.slice(sent).some((response) => response.status === 304)) await popup.waitForTimeout(20);
    const notModified = server.responses.slice(sent).find((response) => response.status === 304);
    console.log(`Refresh of an unchanged feed: HTTP 304, ${notModified?.wireBytes} bytes on the wire (${notModified?.bodyBytes} of body)`);

    server.route('/feed.json', neverAnswer);
    const shown: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      await popup.goto(`${base}/popup.html`);
      await popup.getByRole('link', { name: /Bench action/ }).waitFor();
      shown.push(performance.now() - start);
    }
    console.log(
      `popup shows cached actions while the feed server hangs: median ${median(shown).toFixed(0)} ms over ${runs} opens (min ${Math.min(...shown).toFixed(0)}, max ${Math.max(...shown).toFixed(0)})`,
    );
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'ignore' });
bundleReport(resolve('.output/chrome-mv3'));
await popupTimings();
