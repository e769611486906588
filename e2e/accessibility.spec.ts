/**
 * WCAG 2.2 AA on every screen, in the light and the dark theme: axe-core finds
 * no violation on the list, an action (active and ended), the import review,
 * the options page (a feed problem shown, the delete dialog open), the welcome
 * page and the print letter page.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { actionItem, feedJson, type FeedServer, startFeedServer } from '../testing/e2e-feed-server';
import { expect, test } from './fixtures';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation as rule id and the elements it found, so a failure says where to look. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

async function audit(page: Page, screen: string): Promise<void> {
  expect.soft(await violations(page), screen).toEqual([]);
}

let server: FeedServer;
test.beforeEach(async () => {
  server = await startFeedServer();
});
test.afterEach(async () => {
  await server.close();
});

// Several screens and axe runs per test: long on a busy two-core machine.
test.slow();

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the popup's screens pass axe in the ${colorScheme} theme`, async ({ openPage }) => {
    const popup = await openPage('popup.html');
    await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expect(popup.getByRole('region', { name: 'Active', exact: true })).toBeVisible();
    await audit(popup, 'list');

    await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
    await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).toBeVisible();
    await audit(popup, 'active action');

    const printUrl = await popup.getByRole('link', { name: 'Print letter', exact: true }).first().getAttribute('href');
    const letter = await openPage(`letter.html${new URL(printUrl!).search}`);
    await letter.emulateMedia({ colorScheme });
    await expect(letter.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
    await audit(letter, 'print letter');
    await popup.bringToFront();
    // A logged channel shows the official's state, Undo and the notice.
    await popup.getByRole('button', { name: 'Mark as done', exact: true }).click();
    await expect(popup.getByRole('button', { name: 'Undo', exact: true })).toBeVisible();
    await audit(popup, 'active action after Mark as done');

    await popup.getByRole('button', { name: 'Back', exact: true }).click();
    await popup.getByRole('link', { name: /Peru: Repeal the decree/ }).click();
    await expect(popup.getByText('This action has ended')).toBeVisible();
    await audit(popup, 'ended action');
  });

  test(`the options page passes axe in the ${colorScheme} theme`, async ({ openPage }) => {
    // A feed that worked once and now answers 404: its problem shows in the popup and the options page.
    server.serve('/feed.json', { body: feedJson('Org A', [actionItem('kept', 'Kept action')]) });
    const options = await openPage('options.html?welcome=1');
    await options.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await expect(options.getByRole('heading', { level: 2, name: /Welcome/ })).toBeVisible();
    await audit(options, 'welcome');

    await options.getByRole('textbox', { name: 'Feed URL', exact: true }).fill(server.url('/feed.json'));
    await options.getByRole('button', { name: 'Add feed', exact: true }).click();
    await expect(options.getByText(/^Following /)).toBeVisible();
    server.serve('/feed.json', { status: 404, type: 'text/plain', body: 'Not found' });
    const popup = await openPage('popup.html');
    await popup.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await popup.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect(popup.getByRole('alert')).toContainText('Org A');
    await audit(popup, 'list with a feed problem');

    await options.reload();
    const feeds = options.getByRole('table', { name: 'Feeds', exact: true });
    await expect(feeds.getByRole('row', { name: /Org A/ })).toContainText('not found');
    await audit(options, 'options with a feed problem');

    await options.getByRole('button', { name: 'Delete all data', exact: true }).click();
    await expect(options.getByRole('dialog', { name: 'Delete all data?', exact: true })).toBeVisible();
    await audit(options, 'delete dialog');
    await options.getByRole('button', { name: 'Cancel', exact: true }).click();

    await options
      .getByRole('textbox', { name: 'Urgent action text', exact: true })
      .fill(readFileSync('utils/import/fixtures/ua-106-23-peru.txt', 'utf8'));
    await options.getByRole('button', { name: 'Import from text', exact: true }).click();
    const review = options.getByRole('form', { name: 'Review the imported action', exact: true });
    await expect(review.getByRole('textbox', { name: 'Title', exact: true })).toBeVisible();
    await audit(options, 'import review');
  });
}
