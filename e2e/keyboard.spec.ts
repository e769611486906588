import { expect, test } from './fixtures';

test('a keyboard user opens an action, picks an official and comes back to where they were', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  const link = popup.getByRole('link', { name: /Example: Release the detained journalist/ });
  await expect(link).toBeVisible();

  // Tab from the top of the page until the action's link has the focus, then Enter.
  for (let presses = 0; presses < 10 && !(await link.evaluate((element) => element === document.activeElement)); presses++) {
    await popup.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await popup.keyboard.press('Enter');

  // Focus lands on what was opened.
  await expect(popup.getByRole('heading', { level: 2, name: 'Example: Release the detained journalist' })).toBeFocused();

  // The official is chosen with the arrow keys, as in any radio group.
  await popup.getByRole('radio', { name: 'Minister Alex Example', exact: true }).focus();
  await popup.keyboard.press('ArrowDown');
  await expect(popup.getByRole('radio', { name: 'Ms. Sam Placeholder', exact: true })).toBeChecked();
  await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).toHaveValue(/^Dear Ms\. Sam Placeholder,/);

  await popup.getByRole('button', { name: 'Back', exact: true }).focus();
  await popup.keyboard.press('Enter');
  await expect(link).toBeFocused();
});
