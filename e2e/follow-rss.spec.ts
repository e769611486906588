import type { Page, Worker } from '@playwright/test';
import { type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import {
  atomFeed,
  landPost,
  paradePost,
  reporterPost,
  riverPost,
  sitePage,
  teacherPost,
  wordpressRss,
  type RssItem,
} from '../testing/rss-fixtures';
import { expect, test } from './fixtures';

let server: FeedServer;
test.beforeEach(async () => {
  server = await startFeedServer();
});
test.afterEach(async () => {
  await server.close();
});

const rss = 'application/rss+xml; charset=UTF-8';
const atom = 'application/atom+xml';
const html = 'text/html; charset=utf-8';

function items(site: string): RssItem[] {
  return [
    {
      title: 'River guardians threatened',
      guid: `${site}/?p=101`,
      link: `${site}/river/`,
      pubDate: 'Tue, 02 Jun 2026 09:30:00 +0000',
      html: riverPost,
    },
    {
      title: 'Spring parade',
      guid: `${site}/?p=100`,
      link: `${site}/parade/`,
      pubDate: 'Mon, 01 Jun 2026 09:30:00 +0000',
      html: paradePost,
    },
  ];
}

async function addFeed(options: Page, url: string, result: string) {
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(url);
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: result })).toBeVisible();
}

function notificationIds(worker: Worker): Promise<string[]> {
  type Chrome = { notifications: { getAll: () => Promise<Record<string, boolean>> } };
  return worker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()));
}

test('a site page that links a WordPress RSS feed: its urgent actions appear, its other posts are skipped', async ({ openPage }) => {
  const site = server.origin;
  server.serve('/', {
    type: html,
    body: sitePage(
      'Local group',
      '<p>Welcome.</p>',
      `<link rel="alternate" type="application/rss+xml" title="Local group &raquo; Feed" href="${site}/feed/">`,
    ),
  });
  server.serve('/feed/', { type: rss, body: wordpressRss(site, 'Local group', items(site)) });
  const options = await openPage('options.html');
  await addFeed(options, `${site}/`, 'Following Local group: 1 action.');
  const row = options.getByRole('table', { name: 'Feeds', exact: true }).getByRole('row', { name: /Local group/ });
  await expect(row).toContainText(`${site}/feed/`);
  await expect(row).toContainText('1 action from Local group could not be read.');

  const popup = await openPage('popup.html');
  const link = popup.getByRole('region', { name: 'Active', exact: true }).getByRole('link', { name: /River guardians threatened/ });
  await expect(link).toContainText('read from the organization’s page');
  await expect(popup.getByRole('link', { name: /Spring parade/ })).toHaveCount(0);
  await link.click();
  await expect(popup.getByRole('note')).toContainText(
    'Read from the organization’s page by the extension: check the details before sending.',
  );
  await expect(popup.getByRole('link', { name: 'Open the organization’s page', exact: true })).toHaveAttribute('href', `${site}/river/`);
});

test('an Atom feed, and a feed whose entries only link to their pages', async ({ openPage }) => {
  const site = server.origin;
  server.serve('/atom.xml', {
    type: atom,
    body: atomFeed(site, 'Atom group', [
      { title: 'Teachers detained', id: 'tag:atom,2026:1', href: 'teachers/', updated: '2026-06-02T09:00:00Z', html: teacherPost },
    ]),
  });
  server.serve('/links.xml', {
    type: rss,
    body: wordpressRss(site, 'Links group', [
      { title: 'Land defenders', guid: 'land', link: `${site}/land/`, pubDate: 'Tue, 02 Jun 2026 09:30:00 GMT' },
      { title: 'Reporter held', guid: 'reporter', link: `${site}/reporter/`, pubDate: 'Mon, 01 Jun 2026 09:30:00 GMT' },
    ]),
  });
  server.serve('/land/', { type: html, body: sitePage('Land defenders', landPost) });
  server.serve('/reporter/', { type: html, body: sitePage('Reporter held', reporterPost) });
  const options = await openPage('options.html');
  await addFeed(options, server.url('/atom.xml'), 'Following Atom group: 1 action.');
  await addFeed(options, server.url('/links.xml'), 'Following Links group: 2 actions.');

  const popup = await openPage('popup.html');
  const active = popup.getByRole('region', { name: 'Active', exact: true });
  await expect(active.getByRole('link', { name: /Teachers detained/ })).toContainText('UA 12.26 · Kenya');
  await expect(active.getByRole('link', { name: /Land defenders/ })).toContainText('UA 20.26 · Colombia');
  await expect(active.getByRole('link', { name: /Reporter held/ })).toContainText('UA 44.26 · Philippines');
});

test('new entries appear after a refresh and are announced; unchanged pages are not fetched again', async ({ openPage, serviceWorker }) => {
  const site = server.origin;
  const first = [{ title: 'Land defenders', guid: 'land', link: `${site}/land/`, pubDate: 'Tue, 02 Jun 2026 09:30:00 GMT' }];
  server.serve('/feed/', { type: rss, body: wordpressRss(site, 'Local group', first) });
  server.serve('/land/', { type: html, body: sitePage('Land defenders', landPost) });
  const options = await openPage('options.html');
  await options.getByRole('checkbox', { name: 'Notify me about new actions', exact: true }).check();
  await addFeed(options, server.url('/feed/'), 'Following Local group: 1 action.');

  server.serve('/feed/', { type: rss, body: wordpressRss(site, 'Local group', [...items(site).slice(0, 1), ...first]) });
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(popup.getByRole('link', { name: /River guardians threatened/ })).toBeVisible();
  await expect(popup.getByRole('link', { name: /Land defenders/ })).toBeVisible();
  expect(server.requests.filter((request) => request.path === '/land/')).toHaveLength(1);
  await expect.poll(() => notificationIds(serviceWorker)).toContain(`new ${server.url('/feed/')} ua-31-26`);
});

test('a feed that breaks says what is wrong and keeps its last good actions', async ({ openPage }) => {
  const site = server.origin;
  const whole = wordpressRss(site, 'Local group', items(site));
  server.serve('/feed/', { type: rss, body: whole });
  const options = await openPage('options.html');
  await addFeed(options, server.url('/feed/'), 'Following Local group: 1 action.');

  server.serve('/feed/', { type: rss, body: whole.slice(0, whole.length / 2) });
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('Local group');
  await expect(popup.getByRole('link', { name: /River guardians threatened/ })).toBeVisible();

  await options.reload();
  await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(server.url('/bomb.xml'));
  server.serve('/bomb.xml', {
    type: rss,
    body: '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>',
  });
  await options.getByRole('button', { name: 'Add feed', exact: true }).click();
  await expect(options.getByText('The feed declares its own XML entities, which are not read for safety')).toBeVisible();
});
