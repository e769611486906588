/**
 * Hostile feeds, end to end (issue 11), in one browser: each is served by the
 * local server and followed with Add feed. It is refused with a message, or
 * read within the limits with its bad items skipped; the supporter's data
 * stays as it was, no page or the background throws, and no link is unsafe.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import type { Handler } from '../testing/feed-server';
import { type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import {
  badItems,
  caseFeed,
  caseItem,
  type HostileDocument,
  hostileDocuments,
  type Json,
  privateTweetPlaceholders,
} from '../testing/hostile-feeds';
import { expect, test } from './fixtures';
import { readStore } from './stored';
import { unsafeLinks, watchErrors } from './watch';

// Fifty feeds in one browser, on a shared two-core machine.
test.describe.configure({ timeout: 480_000 });

const profile = { first: 'Ana', last: 'Zamorano', email: 'ana.private@example.net', city: 'Huancayo', region: 'Junin' };
/** What a tweet, which is public, must never carry. */
const privateDetails = [profile.last, profile.email, profile.city, profile.region];

const bundled = JSON.parse(readFileSync('public/feeds/default.feed.json', 'utf8')) as Json;
const seed = (): Json => structuredClone(bundled.items.find((item: Json) => item.id === 'ua-106-23-2'));
const serveJson =
  (document: unknown): Handler =>
  (_request, response) =>
    void response.writeHead(200, { 'Content-Type': 'application/feed+json' }).end(JSON.stringify(document));

/** The item tables of the unit tests, as feeds: one good item beside the bad one. */
const itemCases: HostileDocument[] = [
  ...badItems.map(([name, change], index): HostileDocument => {
    const bad = seed();
    change(bad);
    return {
      name: `an item with ${name}`,
      answer: () => serveJson(caseFeed(`Item ${index}`, [bad, caseItem(`good-${index}`, `Case item ${index}: Free the defenders`)])),
      outcome: { actions: 1 },
    };
  }),
  ...privateTweetPlaceholders.map((name, index): HostileDocument => ({
    name: `a tweet with {{${name}}}`,
    answer: () =>
      serveJson(
        caseFeed(`Tweet ${index}`, [
          caseItem(`tweet-${index}`, `Case tweet ${index}: Free the defenders`, (item) => {
            item._urgent_action.tweet = `{{target_twitter}} Sent by {{${name}}} {{url}}`;
          }),
        ]),
      ),
    outcome: { actions: 1 },
  })),
];

async function stored(page: Page) {
  return {
    profile: await readStore(page, 'profile'),
    log: await readStore(page, 'log'),
    bundled: (await readStore<{ key: string }>(page, 'feeds')).filter((feed) => feed.key === 'bundled'),
  };
}

function notificationCount(worker: Worker): Promise<number> {
  type Chrome = { notifications: { getAll: () => Promise<Record<string, boolean>> } };
  // The test asks the browser itself; the extension never uses `chrome`.
  return worker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()).length);
}

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
});
test.afterAll(async () => {
  await server.close();
});

test('hostile feeds are refused with a message or read within the limits, and nothing else changes', async ({
  context,
  serviceWorker,
  openPage,
}) => {
  const errors = watchErrors(context, serviceWorker);
  // A plain-http host that answers: a request that got out would reach it.
  const reachedPlainHttp: string[] = [];
  await context.route('http://plain.example/**', (route) => {
    reachedPlainHttp.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'application/feed+json', body: '{}' });
  });

  // The supporter's data before any hostile feed: details and one action taken.
  const options = await openPage('options.html');
  const fields: [string, string][] = [
    ['First name', profile.first],
    ['Last name', profile.last],
    ['Email', profile.email],
    ['City', profile.city],
    ['Region', profile.region],
  ];
  for (const [label, value] of fields) await options.getByRole('textbox', { name: label, exact: true }).fill(value);
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Your details are saved.' })).toBeVisible();
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  await popup.getByRole('button', { name: 'Mark as done', exact: true }).click();
  await expect(popup.getByText('You have taken 1 action so far.')).toBeVisible();
  const before = await stored(options);

  const cases = [...hostileDocuments, ...itemCases];
  expect(cases.length).toBeGreaterThanOrEqual(30);
  for (const [index, hostile] of cases.entries()) {
    const name = hostile.name;
    const url = server.url(`/case-${index}`);
    server.route(`/case-${index}`, hostile.answer(server.origin));
    await options.bringToFront();
    await options.reload();
    await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(url);
    await options.getByRole('button', { name: 'Add feed', exact: true }).click();
    const alert = options.getByRole('alert');
    const followed = options.getByRole('status').filter({ hasText: /^Following / });
    await expect(alert.or(followed), name).toBeVisible({ timeout: 30_000 });
    const feedsTable = options.getByRole('table', { name: 'Feeds', exact: true });

    if ('refused' in hostile.outcome) {
      await expect(alert, name).toHaveText(hostile.outcome.refused);
      await expect(feedsTable.getByRole('row').filter({ hasText: url }), name).toHaveCount(0);
    } else {
      const count = hostile.outcome.actions;
      await expect(followed, name).toHaveText(new RegExp(`: ${count} actions?\\.$`));
      const row = feedsTable.getByRole('row').filter({ hasText: url });
      await expect(row, name).toHaveCount(1);
      expect(await unsafeLinks(options), name).toEqual([]);
      if (count > 0) {
        // The action's screen: its links are safe, and its tweet carries no private detail.
        await popup.bringToFront();
        await popup.reload();
        await popup.getByRole('link', { name: /Case / }).first().click();
        const official = popup.getByRole('group', { name: 'Minister of Justice', exact: true });
        await expect(official.getByRole('link', { name: 'Send email', exact: true }), name).toHaveAttribute(
          'href',
          /^mailto:minister@example\.org\?subject=/,
        );
        const tweet = new URL((await official.getByRole('link', { name: 'Tweet', exact: true }).getAttribute('href')) ?? '');
        expect(tweet.searchParams.get('text'), name).toMatch(/^\.@ExampleMinister /);
        expect(await unsafeLinks(popup, privateDetails), name).toEqual([]);
        expect(await popup.locator('main img, main script, main iframe').count(), name).toBe(0);
      }
      await options.bringToFront();
      await row.getByRole('button', { name: 'Remove', exact: true }).click();
      await expect(row, name).toHaveCount(0);
    }
    expect(await stored(options), name).toEqual(before);
    expect(await unsafeLinks(options), name).toEqual([]);
    expect(errors(), name).toEqual([]);
  }
  // The redirect to plain http was refused before it reached the plain-http host.
  expect(reachedPlainHttp).toEqual([]);

  // A feed that renames its items on every fetch: a few notifications per refresh, then one summary.
  let fetches = 0;
  server.route('/renamed', (request, response) => {
    fetches += 1;
    const items = Array.from({ length: 20 }, (_, i) => caseItem(`renamed-${fetches}-${i}`, `Case renamed ${fetches}: action ${i}`));
    serveJson(caseFeed('Renamed', items))(request, response);
  });
  await options.reload();
  await options.getByRole('checkbox', { name: 'Notify me about new actions', exact: true }).check();
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(server.url('/renamed'));
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Following Renamed: 20 actions.' })).toBeVisible();
  await popup.bringToFront();
  for (const expected of [2, 3]) {
    await popup.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(popup.getByRole('link', { name: new RegExp(`Case renamed ${expected}: action 0`) })).toBeVisible({ timeout: 30_000 });
  }
  // Three per refresh and one summary at most: 7 after two refreshes, where 40 were once shown.
  await expect.poll(() => notificationCount(serviceWorker)).toBeGreaterThan(0);
  expect(await notificationCount(serviceWorker)).toBeLessThanOrEqual(7);
  expect(errors()).toEqual([]);
  console.log(`hostile feeds: ${cases.length + 1} checked end to end`);
});
