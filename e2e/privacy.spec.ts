/**
 * Privacy, proven: a whole session in the built extension, with every request
 * recorded (the pages', the background's, and the local server's own log).
 * Requests go only to the feed server (and the pages its entries link to), the
 * extension's own files, and the pages the supporter chose to open; the
 * supporter's details travel only inside the message they chose to send.
 */
import type { Request } from '@playwright/test';
import { type FeedServer, feedJson, startFeedServer, tradeUnionistItem } from '../testing/e2e-feed-server';
import { landPost, reporterPost, sitePage, teacherPost, wordpressRss } from '../testing/rss-fixtures';
import { popupOver } from './current-tab';
import { expect, test } from './fixtures';
import { readStore } from './stored';

// Set before the browser is launched (in the test's fixture): older Playwright releases report
// the service worker's requests only with it; this one reports them anyway, as the test checks.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const details = {
  firstName: 'Zuleika',
  lastName: 'Quarrington',
  email: 'zuleika.q@private-mail.example',
  streetAddress: '17 Hidden Orchard Lane',
  city: 'Wolkenheim',
  region: 'Bergland',
  postalCode: '40404',
  country: 'Freedonia',
};
/** Each detail as it may appear in a request: verbatim, and URL-encoded both ways. */
const secrets = Object.values(details).flatMap((value) => [value, encodeURIComponent(value), value.replace(/ /g, '+')]);

function leaked(text: string): string[] {
  const lower = text.toLowerCase();
  return secrets.filter((secret) => lower.includes(secret.toLowerCase()));
}

interface Recorded {
  url: string;
  fromWorker: boolean;
  headers: Record<string, string>;
  body: string;
}

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
  const site = server.origin;
  server.serve('/feed.json', {
    body: feedJson('Local Rights Network', [tradeUnionistItem({ ends_at: '2099-03-03' })]),
  });
  server.serve('/links.xml', {
    type: 'application/rss+xml; charset=UTF-8',
    body: wordpressRss(site, 'Links group', [
      { title: 'Land defenders', guid: 'land', link: `${site}/land/`, pubDate: 'Tue, 02 Jun 2026 09:30:00 GMT' },
      { title: 'Reporter held', guid: 'reporter', link: `${site}/reporter/`, pubDate: 'Mon, 01 Jun 2026 09:30:00 GMT' },
    ]),
  });
  server.serve('/land/', { type: 'text/html; charset=utf-8', body: sitePage('Land defenders', landPost) });
  server.serve('/reporter/', { type: 'text/html; charset=utf-8', body: sitePage('Reporter held', reporterPost) });
  server.serve('/teachers/', { type: 'text/html; charset=utf-8', body: sitePage('Teachers detained', teacherPost) });
});
test.afterAll(async () => {
  await server.close();
});

// A long journey through every page, on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

test('a whole session sends nothing anywhere but where the supporter chose, and no detail but in their message', async ({
  context,
  serviceWorker,
  extensionId,
  openPage,
}) => {
  const recorded: Recorded[] = [];
  const pending: Promise<void>[] = [];
  const seen = new Set<Request>();
  const record = (request: Request) => {
    if (seen.has(request)) return;
    seen.add(request);
    pending.push(
      (async () => {
        // allHeaders() has the headers actually sent; a request the browser never sent (mailto:) has none to give.
        const headers = await request.allHeaders().catch(() => request.headers());
        recorded.push({ url: request.url(), fromWorker: request.serviceWorker() !== null, headers, body: request.postData() ?? '' });
      })(),
    );
  };
  context.on('request', record);
  // Pages report their mailto: links; the context may not, so both listen (each request counted once).
  context.on('page', (page) => page.on('request', (request) => void (request.url().startsWith('mailto:') && record(request))));

  // The supporter's details, saved in the options page.
  const options = await openPage('options.html');
  const fields: [string, string][] = [
    ['First name', details.firstName],
    ['Last name', details.lastName],
    ['Email', details.email],
    ['Street address', details.streetAddress],
    ['City', details.city],
    ['Region', details.region],
    ['Postal code', details.postalCode],
    ['Country', details.country],
  ];
  for (const [label, value] of fields) await options.getByRole('textbox', { name: label, exact: true }).fill(value);
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Your details are saved.' })).toBeVisible();

  // A JSON feed, and an RSS feed whose entries link to pages on the same server.
  const addFeed = async (url: string, result: string) => {
    await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(url);
    await options.getByRole('button', { name: 'Add feed', exact: true }).click();
    await expect(options.getByRole('status').filter({ hasText: result })).toBeVisible();
  };
  await addFeed(server.url('/feed.json'), 'Following Local Rights Network: 1 action.');
  await addFeed(server.url('/links.xml'), 'Following Links group: 2 actions.');

  // An action: the letter fills with the details; email, tweet, call.
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Belarus: Release the jailed trade unionist/ }).click();
  await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).toHaveValue(/Free him now, Zuleika Quarrington asks\./);
  const official = popup.getByRole('group', { name: 'Prosecutor General Andrei Shved', exact: true });
  const mailto = popup.waitForEvent('request', (request) => request.url().startsWith('mailto:office@example.org'));
  await official.getByRole('link', { name: 'Send email', exact: true }).click();
  expect(decodeURIComponent((await mailto).url())).toContain('Zuleika Quarrington');

  const tweetTab = context.waitForEvent('page');
  await official.getByRole('link', { name: 'Tweet', exact: true }).click();
  await (await tweetTab).waitForLoadState();
  await popup.bringToFront();

  await official.getByRole('link', { name: 'Call', exact: true }).click();
  const callLogged = async () =>
    (await readStore<{ channel: string; outcome?: string }>(popup, 'log')).find((entry) => entry.channel === 'call');
  await expect.poll(callLogged).toMatchObject({ outcome: 'unknown' });
  await popup.getByRole('button', { name: 'Reached someone', exact: true }).click();
  await expect.poll(callLogged).toMatchObject({ outcome: 'reached' });

  // The same letter through webmail.
  await options.bringToFront();
  await options.getByRole('combobox', { name: 'Email app', exact: true }).selectOption({ label: 'Gmail' });
  await expect(options.getByRole('combobox', { name: 'Email app', exact: true })).toHaveValue('gmail');
  const mailPopup = await openPage('popup.html');
  await mailPopup.getByRole('link', { name: /Belarus: Release the jailed trade unionist/ }).click();
  const webmail = context.waitForEvent('page');
  await mailPopup
    .getByRole('group', { name: 'Prosecutor General Andrei Shved', exact: true })
    .getByRole('link', { name: 'Send email', exact: true })
    .click();
  await (await webmail).waitForLoadState();

  // A refresh runs in the background: its requests are recorded too.
  const feedRequestsBefore = server.requests.filter((request) => request.path === '/feed.json').length;
  await mailPopup.bringToFront();
  await mailPopup.getByRole('button', { name: 'Back', exact: true }).click();
  await mailPopup.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect.poll(() => server.requests.filter((request) => request.path === '/feed.json').length).toBeGreaterThan(feedRequestsBefore);
  await expect
    .poll(() => recorded.some((request) => request.fromWorker && request.url === server.url('/feed.json')), { timeout: 15_000 })
    .toBe(true);

  // The supporter's data leaves as files, never over the network.
  await options.reload();
  const csv = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export CSV', exact: true }).click();
  await csv;
  const backup = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export data', exact: true }).click();
  await backup;

  // A page imported from the current tab.
  const actionTab = await context.newPage();
  await actionTab.goto(server.url('/teachers/'));
  const importer = await popupOver(actionTab, serviceWorker, openPage);
  await importer.getByRole('button', { name: 'Import this page', exact: true }).click();
  const review = importer.getByRole('form', { name: 'Review the imported action', exact: true });
  const title = await review.getByRole('textbox', { name: 'Title', exact: true }).inputValue();
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(importer.getByRole('heading', { name: title, exact: true })).toBeVisible();

  context.off('request', record);
  await Promise.all(pending);

  // Where the requests went.
  const own = `chrome-extension://${extensionId}/`;
  const chosen = (url: string) =>
    url.startsWith('mailto:office@example.org?') ||
    url.startsWith('https://x.com/intent/tweet?') ||
    url.startsWith('https://mail.google.com/mail/?') ||
    url.startsWith('tel:');
  const elsewhere = recorded.filter(({ url }) => !url.startsWith(`${server.origin}/`) && !url.startsWith(own) && !chosen(url));
  expect(elsewhere.map(({ url }) => url)).toEqual([]);
  expect(recorded.filter(({ url }) => url.startsWith('https://x.com/'))).toHaveLength(1);
  expect(recorded.filter(({ url }) => url.startsWith('https://mail.google.com/'))).toHaveLength(1);
  expect(recorded.filter(({ url }) => url.startsWith('mailto:'))).toHaveLength(1);
  expect(recorded.some(({ url }) => url === server.url('/land/'))).toBe(true);

  // What they carried: the details only inside the message the supporter chose to send.
  const carriers = recorded.filter(({ url, headers, body }) => leaked(url + JSON.stringify(headers) + body).length > 0);
  expect(carriers.map(({ url }) => url).filter((url) => !chosen(url))).toEqual([]);
  expect(server.requests.filter(({ path, headers }) => leaked(path + JSON.stringify(headers)).length > 0)).toEqual([]);
  // The tweet is public: it carries no detail at all.
  expect(recorded.filter(({ url }) => url.startsWith('https://x.com/') && leaked(decodeURIComponent(url)).length > 0)).toEqual([]);

  console.log(
    `privacy: ${recorded.length} requests recorded (${recorded.filter((request) => request.fromWorker).length} from the background), ${server.requests.length} at the local server`,
  );
});
