import { expect, test } from './fixtures';
import { readStore } from './stored';

/** Recorded in the page when its first action link appears: was the list inert, and had any module loaded yet? */
interface AtFirstPaint {
  inert: boolean;
  modules: number;
}

test('the list is drawn before the popup’s code loads, then works as usual', async ({ context, openPage }) => {
  // The background drew the popup's first screen when it stored the bundled feed, on install.
  const first = await openPage('popup.html');
  const stored = (await readStore<{ firstPaint?: { html: string; validUntil: number } }>(first, 'snapshot')).find(
    (record) => record.firstPaint,
  );
  expect(stored?.firstPaint?.html).toContain('Example: Release the detained journalist');
  expect(stored?.firstPaint?.validUntil).toBeGreaterThan(Date.now());

  await context.addInitScript(() => {
    const page = window as unknown as { atFirstPaint?: AtFirstPaint };
    new MutationObserver((_, observer) => {
      const app = document.getElementById('app');
      if (!app?.querySelector('a.action-link')) return;
      page.atFirstPaint = { inert: app.inert, modules: document.querySelectorAll('script[type=module]').length };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const popup = await openPage('popup.html');
  await expect
    .poll(() => popup.evaluate(() => (window as unknown as { atFirstPaint?: AtFirstPaint }).atFirstPaint))
    .toEqual({
      inert: true,
      modules: 0,
    });

  // Once the popup's code has taken the drawing over, it is the popup: it reacts and is announced.
  await expect(popup.locator('#app')).not.toHaveAttribute('inert');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).toBeVisible();
  await popup.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(popup.getByRole('region', { name: 'Active', exact: true }).getByRole('listitem')).toHaveCount(2);
});
