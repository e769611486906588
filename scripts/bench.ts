/**
 * `npm run bench`: the project's performance record. It builds the extension,
 * measures in Debian's headless Chromium (the e2e build, which may fetch from
 * 127.0.0.1) and in Node, prints a table and writes bench/results.json.
 *
 * Every timing is the median of BENCH_RUNS runs (30 unless told), with min and
 * max, and is judged as a ratio against a floor measured in the same run, taken
 * in turn with it, so that a busy machine slows both alike. Nothing here is
 * asserted by the tests; only the start-up bytes are (npm run test:size).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { assertChromium, chromiumArgs, chromiumPath } from '../e2e/chromium';
import { serveJson, startFeedServer } from '../testing/feed-server';
import { applyParsedFeed } from '../utils/feed/feed-update';
import { parseFeed } from '../utils/feed/parse';
import type { FeedRecord, NewLogEntry } from '../utils/db/records';
import { popupStartupBudget, popupWeight } from './popup-weight';

const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 30));
const warmUp = 3;
/** The pause before each measured page, in ms (firstRender). */
const settle = 250;

interface Stats {
  median: number;
  min: number;
  max: number;
}
interface Row {
  measure: string;
  value: string;
  floor: string;
  ratio?: number;
  budget: string;
  ok: boolean;
}

const stats = (values: number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? NaN, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
};
const ms = ({ median, min, max }: Stats) => `${median.toFixed(1)} ms (${min.toFixed(1)}–${max.toFixed(1)})`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: Row[] = [];
/** The machine's load when the bench starts and ends (1, 5 and 15 minute averages): timings on a busy machine vary. */
const load = () => loadavg().map((value) => Number(value.toFixed(2)));
const raw: Record<string, unknown> = { runs, date: new Date().toISOString(), cores: cpus().length, loadAtStart: load() };

function timingRow(measure: string, subject: Stats, floorName: string, floor: Stats, budget: number): void {
  const ratio = subject.median / floor.median;
  rows.push({ measure, value: ms(subject), floor: `${floorName}: ${ms(floor)}`, ratio, budget: `≤ ${budget}x`, ok: ratio <= budget });
  raw[measure] = { subject, floor: { name: floorName, ...floor }, ratio, budget };
}

/** A timing shown against its floor, with no budget. */
function reportedRow(measure: string, rawKey: string, subject: Stats, floorName: string, floor: Stats): void {
  const ratio = subject.median / floor.median;
  rows.push({ measure, value: ms(subject), floor: `${floorName}: ${ms(floor)}`, ratio, budget: '(reported)', ok: true });
  raw[rawKey] = { subject, floor, ratio };
}

// ---- Feeds and logs the size of the seed example (public/feeds/default.feed.json).

const seed = JSON.parse(readFileSync('public/feeds/default.feed.json', 'utf8')) as { items: Record<string, unknown>[] };
const future = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);

/** A feed of `count` actions, each a copy of one of the seed's, still open. */
function seedSizeFeed(count: number): string {
  const items = Array.from({ length: count }, (_, index) => {
    const item = seed.items[index % seed.items.length] as { _urgent_action: Record<string, unknown> };
    return {
      ...item,
      id: `bench-${index}`,
      title: `Bench action ${index}`,
      _urgent_action: { ...item._urgent_action, reference: `UA ${index}`, status: 'active', ends_at: future },
    };
  });
  return JSON.stringify({ ...seed, items });
}

function feedRecord(url: string, text: string): FeedRecord {
  const parsed = parseFeed(JSON.parse(text), url);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return applyParsedFeed(undefined, parsed.feed, { key: url, url, etag: '"bench"', now: new Date() });
}

function logEntries(count: number, feed: FeedRecord): NewLogEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const action = feed.actions[index % feed.actions.length] as FeedRecord['actions'][number];
    return {
      actionKey: `${action.key} old-${index}`, // actions long gone, as in years of history
      feedKey: action.feedKey,
      itemId: action.itemId,
      reference: action.reference,
      title: action.title,
      targetId: 'official',
      targetName: 'An official',
      channel: 'email',
      at: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(),
    };
  });
}

// ---- Node: validating and normalizing a feed against JSON.parse of the same bytes.

function validationRows(): void {
  for (const count of [50, 500, 5000]) {
    const text = seedSizeFeed(count);
    const parseTimes: number[] = [];
    const validateTimes: number[] = [];
    const n = count === 5000 ? Math.min(runs, 10) : runs;
    // More warm-up than in the browser: Node's JIT must have compiled the validators, which
    // takes some thousands of items (a feed of 50 got 450 and was measured half-compiled).
    const warmRuns = Math.max(3 * warmUp, Math.ceil(5000 / count));
    for (let run = -warmRuns; run < n; run++) {
      let start = performance.now();
      const document: unknown = JSON.parse(text);
      const parsed = performance.now() - start;
      start = performance.now();
      const result = parseFeed(document, 'https://bench.example/feed.json');
      const validated = performance.now() - start;
      // A feed's first 500 items are read (feed-format.md, "Limits"): the rest of 5,000 is counted as skipped.
      if (!result.ok || result.feed.actions.length !== Math.min(count, 500)) throw new Error('the bench feed did not validate');
      if (run < 0) continue;
      parseTimes.push(parsed);
      validateTimes.push(validated);
    }
    timingRow(`validate + normalize ${count} actions (${kb(text.length)})`, stats(validateTimes), 'JSON.parse', stats(parseTimes), 4);
  }
}

// ---- Chromium.

/**
 * Set on every page: when the first action link appears, in ms since
 * navigation started; when it can be used (not inert: the popup's code has
 * taken its first paint over); and once the refresh the popup starts
 * (aria-busy) is over.
 */
function watchFirstAction(): void {
  const page = window as unknown as { benchShown?: number; benchUsable?: number; benchBusy?: boolean; benchIdle?: boolean };
  const observer = new MutationObserver(() => {
    const link = document.querySelector('a.action-link');
    if (page.benchShown === undefined && link) page.benchShown = performance.now();
    if (page.benchUsable === undefined && link && !link.closest('[inert]')) page.benchUsable = performance.now();
    const busy = document.querySelector('[aria-busy="true"]') !== null;
    if (busy) page.benchBusy = true;
    else if (page.benchBusy) page.benchIdle = true;
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'inert'] });
}

async function firstRender(page: Page, url: string): Promise<number> {
  return (await firstRenderTimes(page, url)).shown;
}

/** When the first action shows, and when it can be clicked. */
async function firstRenderTimes(page: Page, url: string): Promise<{ shown: number; usable: number }> {
  // Each measure starts from a blank page of the extension, as a popup opens in a window of its
  // own: the page before (a list of 500 actions, say) is not torn down inside the measure. The
  // pause lets the three browsers' leftover work end; they share the machine.
  await page.goto(new URL('/bench-blank.html', url).href);
  await page.waitForTimeout(settle);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { benchUsable?: number }).benchUsable !== undefined, undefined, { polling: 10 });
  const times = await page.evaluate(() => {
    const { benchShown, benchUsable } = window as unknown as { benchShown: number; benchUsable: number };
    return { shown: benchShown, usable: benchUsable };
  });
  // As between two real openings, the refresh the popup starts is over before the next one.
  if (url.endsWith('/popup.html'))
    await page.waitForFunction(() => (window as unknown as { benchIdle?: boolean }).benchIdle, undefined, { polling: 10 });
  return times;
}

/** Click on the first action to its Letter filled, timed in the page (polled every task, not every frame). */
function openFirstAction(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const start = performance.now();
        (document.querySelector('a.action-link') as HTMLElement).click();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const letter = document.getElementById('letter') as HTMLTextAreaElement | null;
          if (letter?.value) done(performance.now() - start);
          else channel.port2.postMessage(0);
        };
        channel.port2.postMessage(0);
      }),
  );
}

interface Profile {
  context: BrowserContext;
  page: Page;
  base: string;
  dir: string;
}

async function launch(extensionDir: string): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), 'ua-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  await context.addInitScript(watchFirstAction);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await firstRender(page, `${base}/popup.html`); // installed, bundled feed shown
  return { context, page, base, dir };
}

/** Replaces the feeds and the log, as years of use would leave them, and drops the snapshot so the background writes it anew. */
async function seedDatabase(profile: Profile, feed: FeedRecord, log: NewLogEntry[]): Promise<void> {
  await profile.page.evaluate(
    async ({ feed, log }) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('urgent-actions');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction(['feeds', 'log', 'snapshot'], 'readwrite');
      tx.objectStore('feeds').clear();
      tx.objectStore('feeds').put(feed);
      tx.objectStore('log').clear();
      for (const entry of log) tx.objectStore('log').add(entry);
      tx.objectStore('snapshot').clear();
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    },
    { feed, log },
  );
  await firstRender(profile.page, `${profile.base}/popup.html`);
}

async function browserRows(extensionDir: string): Promise<void> {
  assertChromium();
  const smallFeed = seedSizeFeed(3);
  const bigFeed = seedSizeFeed(500);
  const server = await startFeedServer({
    '/small.json': serveJson(smallFeed, { etag: '"bench"' }),
    '/big.json': serveJson(bigFeed, { etag: '"bench"' }),
  });
  const profiles: Profile[] = [];
  try {
    const small = feedRecord(server.url('/small.json'), smallFeed);
    const [base, big, longLog] = [await launch(extensionDir), await launch(extensionDir), await launch(extensionDir)] as [
      Profile,
      Profile,
      Profile,
    ];
    profiles.push(base, big, longLog);
    await seedDatabase(base, small, []);
    await seedDatabase(big, feedRecord(server.url('/big.json'), bigFeed), []);
    await seedDatabase(longLog, small, logEntries(10_000, small));

    // The floors: the popup's final DOM as static HTML, and written by one tiny script.
    const body = await base.page.evaluate(() => document.body.innerHTML);
    const stylesheets = await base.page.evaluate(() =>
      [...document.querySelectorAll('link[rel=stylesheet]')].map((link) => link.outerHTML).join(''),
    );
    const head = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Urgent actions</title>${stylesheets}`;
    writeFileSync(join(extensionDir, 'bench-static.html'), `${head}</head><body>${body}</body></html>`);
    writeFileSync(
      join(extensionDir, 'bench-script.html'),
      `${head}<script type="module" src="/bench-script.js"></script></head><body></body></html>`,
    );
    writeFileSync(join(extensionDir, 'bench-script.js'), `document.body.innerHTML = ${JSON.stringify(body)};\n`);

    const times = {
      popup: [] as number[],
      usable: [] as number[],
      static: [] as number[],
      script: [] as number[],
      open: [] as number[],
      big: [] as number[],
      longLog: [] as number[],
    };
    for (let run = -warmUp; run < runs; run++) {
      const staticPage = await firstRender(base.page, `${base.base}/bench-static.html`);
      const script = await firstRender(base.page, `${base.base}/bench-script.html`);
      const opened = await firstRenderTimes(base.page, `${base.base}/popup.html`);
      const round = {
        static: staticPage,
        script,
        popup: opened.shown,
        usable: opened.usable,
        // A supporter reads the list before clicking: the popup has settled.
        open: await base.page.waitForTimeout(300).then(() => openFirstAction(base.page)),
        big: await firstRender(big.page, `${big.base}/popup.html`),
        longLog: await firstRender(longLog.page, `${longLog.base}/popup.html`),
      };
      if (run >= 0) for (const [name, value] of Object.entries(round)) times[name as keyof typeof times].push(value);
    }
    const popup = stats(times.popup);
    timingRow('popup first render (3 actions)', popup, 'same DOM from one script', stats(times.script), 1.3);
    const vsStatic = 'popup first render vs static HTML';
    reportedRow(vsStatic, vsStatic, popup, 'static HTML', stats(times.static));
    // The first paint is the background's drawing, inert until the popup's code takes it over: when it can be clicked.
    const usable = 'popup usable (its code has taken the first paint over)';
    reportedRow(usable, 'popup usable', stats(times.usable), 'same DOM from one script', stats(times.script));
    timingRow('open an action (click → Letter filled)', stats(times.open), 'popup first render', popup, 1.5);
    timingRow('first render, 10,000 logged actions', stats(times.longLog), 'empty log', popup, 1.1);
    timingRow('first render, feed of 500 actions', stats(times.big), '3 actions', popup, 1.3);

    // Idle: what a refresh of the unchanged feed costs on the wire and in the background.
    const sent = server.responses.length;
    await base.page.getByRole('button', { name: 'Refresh' }).click();
    while (!server.responses.slice(sent).some((response) => response.path === '/small.json')) await base.page.waitForTimeout(20);
    const answer = server.responses.slice(sent).find((response) => response.path === '/small.json');
    rows.push({
      measure: 'refresh of an unchanged feed',
      value: `HTTP ${answer?.status}, ${answer?.wireBytes} B on the wire`,
      floor: '',
      budget: '0 body bytes',
      ok: answer?.status === 304 && answer.bodyBytes === 0,
    });
    raw['refresh of an unchanged feed'] = answer;
    await idleRows(base);
  } finally {
    for (const profile of profiles) {
      await profile.context.close();
      rmSync(profile.dir, { recursive: true, force: true });
    }
    await server.close();
  }
}

/**
 * The background's work per alarm: a refresh when nothing changed (a 304), as
 * the alarm runs it, against the round trip of a message it refuses at once.
 * Chromium gives no CPU clock to a service worker from outside, so this is
 * its wall time, an upper bound.
 */
async function idleRows({ page }: Profile): Promise<void> {
  const message = (request: unknown) =>
    page.evaluate(async (request) => {
      const start = performance.now();
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome;
      await runtime.sendMessage(request).catch(() => undefined);
      return performance.now() - start;
    }, request);
  const alarm: number[] = [];
  const floor: number[] = [];
  for (let run = -warmUp; run < runs; run++) {
    const refused = await message({ name: 'noSuchMessage' });
    const refreshed = await message({ name: 'refreshFeeds', request: { force: true } });
    if (run < 0) continue;
    floor.push(refused);
    alarm.push(refreshed);
  }
  reportedRow('background per alarm, unchanged feed (wall)', 'background per alarm', stats(alarm), 'a refused message', stats(floor));
}

// ---- Run.

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
execFileSync('npm', ['run', '-s', 'build:e2e'], { stdio: 'ignore' });
const weight = popupWeight(resolve('.output/chrome-mv3'));
rows.push({
  measure: `popup start-up (${weight.startup.length} files, gzip -9)`,
  value: `${kb(weight.startupBytes)} (${weight.startupBytes} B)`,
  floor: '',
  budget: `≤ ${kb(popupStartupBudget)}`,
  ok: weight.startupBytes <= popupStartupBudget,
});
raw.weight = weight;

validationRows();
// A copy of the e2e build, so that the floors' pages never land in .output.
const extensionDir = mkdtempSync(join(tmpdir(), 'ua-bench-extension-'));
cpSync(resolve('.output/chrome-mv3-e2e'), extensionDir, { recursive: true });
writeFileSync(join(extensionDir, 'bench-blank.html'), '<!doctype html><html lang="en"><title>Blank</title></html>\n');
try {
  await browserRows(extensionDir);
} finally {
  rmSync(extensionDir, { recursive: true, force: true });
}

const table = [
  '| Measure | Median (min–max) | Floor, same run | Ratio | Budget | |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (row) =>
      `| ${row.measure} | ${row.value} | ${row.floor} | ${row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}x`} | ${row.budget} | ${row.ok ? 'ok' : '**over**'} |`,
  ),
];
raw.loadAtEnd = load();
console.log(
  `${runs} runs each, ${raw.date}, ${cpus().length} cores, load average ${load().join(' ')} (at start ${String(raw.loadAtStart)})\n`,
);
console.log(table.join('\n'));
console.log('\npopup start-up files:');
for (const file of weight.startup) console.log(`  ${file.file}: ${kb(file.gzipped)}`);
console.log('loaded later, or by other pages:');
for (const file of weight.later) console.log(`  ${file.file}: ${kb(file.gzipped)}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ ...raw, rows }, null, 2)}\n`);
