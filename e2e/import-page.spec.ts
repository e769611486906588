import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { popupOver } from './current-tab';
import { type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import { expect, test } from './fixtures';
import { readStore } from './stored';

/** Cloudflare's email obfuscation: a key byte, then each UTF-8 byte of the address XOR the key, in hex. */
function cloudflareHex(address: string, key: number): string {
  return [key, ...new TextEncoder().encode(address).map((byte) => byte ^ key)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

const hiddenAddress = 'judiciary.office@example.org';
const deadlineYear = new Date().getFullYear() + 1;
const pagePath = '/actions/ua-12-27.html';

// Laid out like an organization's urgent action page: the judiciary's address
// exists only behind Cloudflare's email protection.
const actionPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>UA: Iran 12.27 | Example Rights Network</title></head>
<body>
  <nav><a href="/">Home</a></nav>
  <main>
    <p class="header">UA: Iran 12.27</p>
    <h1>Release human rights lawyer Nasrin Example</h1>
    <p>Please take action until March 3, ${deadlineYear}</p>
    <p>Human rights lawyer Nasrin Example was arrested in Tehran for defending women who protested against compulsory veiling. She has been sentenced to twelve years in prison after an unfair trial.</p>
    <ul>
      <li>Write to the officials below in your own words or use the sample letter.</li>
    </ul>
    <p>Head of the Judiciary<br>
      Gholamhossein Mohseni Ejei<br>
      c/o Embassy of Iran to the European Union<br>
      Avenue Franklin Roosevelt No. 15<br>
      1050 Brussels, Belgium<br>
      Email: <a href="/cdn-cgi/l/email-protection#${cloudflareHex(hiddenAddress, 0x3c)}">[email&#160;protected]</a><br>
      Twitter: @Judiciary_Iran</p>
    <p>Mr. Ali Bahreini<br>
      Permanent Representative of Iran to the UN in Geneva<br>
      Chemin du Petit-Saconnex 28<br>
      1209 Geneva, Switzerland<br>
      Fax: +41 22 733 02 03<br>
      Email: mission.iran@example.org<br>
      Salutation: Your Excellency,</p>
    <h2>Sample letter</h2>
    <p>Dear Head of the Judiciary,</p>
    <p>I am writing to express my concern for human rights lawyer Nasrin Example, who has been sentenced to twelve years in prison solely for her peaceful work defending women's rights.</p>
    <p>I urge you to quash her conviction and release her immediately and unconditionally.</p>
    <p>Yours sincerely,</p>
  </main>
  <footer><p>© Example Rights Network</p></footer>
</body>
</html>`;

// Each journey launches Chromium and goes through several pages (and axe): on a shared two-core
// machine under load that has taken up to 40 s, more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

let server: FeedServer;
test.beforeAll(async () => {
  server = await startFeedServer();
  server.serve(pagePath, { body: actionPage, type: 'text/html; charset=utf-8' });
  server.serve('/news.html', {
    body: '<!doctype html><title>News</title><h1>Weather</h1><p>Sunny all week, with a light breeze.</p>',
    type: 'text/html; charset=utf-8',
  });
});
test.afterAll(async () => {
  await server.close();
});

test('Import this page reads the tab, decodes the hidden email and saves the action', async ({ context, serviceWorker, openPage }) => {
  const actionTab = await context.newPage();
  await actionTab.goto(server.url(pagePath));
  const popup = await popupOver(actionTab, serviceWorker, openPage);

  await popup.getByRole('button', { name: 'Import this page', exact: true }).click();
  const review = popup.getByRole('form', { name: 'Review the imported action', exact: true });
  await expect(review.getByRole('textbox', { name: 'Reference', exact: true })).toHaveValue('UA 12.27');
  await expect(review.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Release human rights lawyer Nasrin Example');
  const judiciary = review.getByRole('group', { name: 'Gholamhossein Mohseni Ejei', exact: true });
  await expect(judiciary.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(hiddenAddress);
  await expect(review.getByRole('textbox', { name: 'Letter text', exact: true })).toHaveValue(/^I am writing to express my concern/);
  expect((await new AxeBuilder({ page: popup }).analyze()).violations).toEqual([]);
  await review.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(popup.getByRole('heading', { name: 'Release human rights lawyer Nasrin Example', exact: true })).toBeVisible();
  const official = popup.getByRole('group', { name: 'Gholamhossein Mohseni Ejei', exact: true });
  const email = official.getByRole('link', { name: 'Send email', exact: true });
  await expect(email).toHaveAttribute('href', new RegExp(`^mailto:${hiddenAddress.replace(/\./g, '\\.')}\\?`));
  const mailtoRequest = popup.waitForEvent('request', (request) => request.url().startsWith(`mailto:${hiddenAddress}`));
  await email.click();
  await mailtoRequest;

  const feeds = await readStore<{ key: string; title: string; organization: string; actions: { itemId: string; url?: string }[] }>(
    popup,
    'feeds',
  );
  const imported = feeds.find((feed) => feed.key === 'imported');
  expect(imported).toMatchObject({ title: 'Imported', organization: 'Imported by you' });
  expect(imported?.actions).toEqual([expect.objectContaining({ itemId: 'ua-12-27', url: server.url(pagePath) })]);

  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  const active = popup.getByRole('region', { name: 'Active', exact: true });
  await expect(active.getByRole('link', { name: /Release human rights lawyer Nasrin Example/ })).toBeVisible();
});

test('a page that is not an urgent action gets the reason, and nothing is saved', async ({ context, serviceWorker, openPage }) => {
  const newsTab = await context.newPage();
  await newsTab.goto(server.url('/news.html'));
  const popup = await popupOver(newsTab, serviceWorker, openPage);

  await popup.getByRole('button', { name: 'Import this page', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('This does not look like an urgent action');
  await popup.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(popup.getByRole('region', { name: 'Active', exact: true })).toBeVisible();
  expect((await readStore<{ key: string }>(popup, 'feeds')).map((feed) => feed.key)).not.toContain('imported');
});

test('the popup offers no import when the current tab is not a web page', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Urgent actions', level: 1 })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Refresh', exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Import this page', exact: true })).toHaveCount(0);
});

test('Import from text in the options page saves the pasted action into Imported', async ({ openPage }) => {
  const seed = readFileSync('utils/import/fixtures/ua-106-23-peru.txt', 'utf8');
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'Urgent action text', exact: true }).fill(seed);
  await options.getByRole('button', { name: 'Import from text', exact: true }).click();

  const review = options.getByRole('form', { name: 'Review the imported action', exact: true });
  await expect(review.getByText(/hides the email address/)).toBeVisible();
  await expect(review.getByRole('checkbox', { name: 'This action has ended', exact: true })).toBeChecked();
  expect((await new AxeBuilder({ page: options }).analyze()).violations).toEqual([]);
  const title = review.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Peru: Stop the expulsions of Venezuelans');
  // The supporter fixes the officials: one out, one added by hand.
  await review.getByRole('button', { name: 'Remove Ambassador Gustavo Adolfo Meza-Cuadra Velásquez', exact: true }).click();
  await review.getByRole('button', { name: 'Add an official', exact: true }).click();
  const added = review.getByRole('group', { name: 'New official', exact: true });
  await added.getByRole('textbox', { name: 'Name', exact: true }).fill('Ms. Rosa Example');
  await added.getByRole('textbox', { name: 'Email', exact: true }).fill('rosa@example.org');
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    options.getByRole('status').filter({ hasText: 'Saved "Peru: Stop the expulsions of Venezuelans" in Imported.' }),
  ).toBeVisible();
  await expect(review).toHaveCount(0);
  await expect(
    options.getByRole('table', { name: 'Feeds', exact: true }).getByRole('rowheader', { name: 'Imported', exact: true }),
  ).toBeVisible();

  const popup = await openPage('popup.html');
  const ended = popup.getByRole('region', { name: 'Ended', exact: true });
  await expect(ended.getByRole('link', { name: /Peru: Stop the expulsions of Venezuelans/ })).toBeVisible();
  await ended.getByRole('link', { name: /Peru: Stop the expulsions of Venezuelans/ }).click();
  const writeTo = popup.getByRole('radiogroup', { name: 'Write to', exact: true }).getByRole('radio');
  await expect(writeTo).toHaveCount(2);
  await expect(popup.getByRole('radio', { name: 'Ms. Rosa Example', exact: true })).toBeVisible();
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(popup.getByRole('region', { name: 'Active', exact: true }).getByRole('link', { name: /Stop the expulsions/ })).toHaveCount(
    0,
  );
});
