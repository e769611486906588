import { expect, test } from './fixtures';
import { readStore } from './stored';

test('details saved in the options page sign the letter', async ({ openPage }) => {
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'First name', exact: true }).fill('Ana');
  await options.getByRole('textbox', { name: 'Last name', exact: true }).fill('Quispe Núñez');
  await options.getByRole('textbox', { name: 'Email', exact: true }).fill('ana@example.net');
  await options.getByRole('textbox', { name: 'City', exact: true }).fill('Cusco');
  await options.getByRole('textbox', { name: 'Country', exact: true }).fill('Peru');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status')).toHaveText('Your details are saved.');

  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  const letter = popup.getByRole('textbox', { name: 'Letter', exact: true });
  await expect(letter).toHaveValue(/^Dear Minister,\n\nI am writing to urge you/);
  await expect(letter).toHaveValue(/I am writing from Cusco and will keep following this case\./);
  await expect(letter).toHaveValue(/Yours sincerely,\nAna Quispe Núñez\nCusco, Peru\nana@example\.net$/);
  await expect(popup.getByText('Your letter still needs')).toHaveCount(0);
});

test('missing details stay visible as prompts with a hint', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  const letter = popup.getByRole('textbox', { name: 'Letter', exact: true });
  await expect(letter).toHaveValue(/I am writing from \[your city\]/);
  await expect(letter).toHaveValue(/\[your name\]\n\[your city\]\n\[your email\]$/);
  await expect(popup.getByText('Your letter still needs your name, your city, and your email.')).toBeVisible();
});

test('switching the official changes the salutation and keeps an edit; the draft survives closing', async ({ openPage }) => {
  let popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  const letter = popup.getByRole('textbox', { name: 'Letter', exact: true });
  await expect(letter).toHaveValue(/^Dear Minister,/);
  await letter.press('End');
  await letter.pressSequentially('\nP.S. My own words.');

  const writeTo = popup.getByRole('radiogroup', { name: 'Write to', exact: true });
  await writeTo.getByRole('radio', { name: 'Ms. Sam Placeholder', exact: true }).check();
  await expect(letter).toHaveValue(/^Dear Ms\. Sam Placeholder,\n/);
  await expect(letter).toHaveValue(/\nP\.S\. My own words\.$/);

  // The popup closes whenever it loses focus: nothing typed may be lost.
  await popup.close();
  popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).toHaveValue(
    /^Dear Ms\. Sam Placeholder,\n[\s\S]*P\.S\. My own words\.$/,
  );
  await expect(popup.getByRole('radio', { name: 'Ms. Sam Placeholder', exact: true })).toBeChecked();
  const drafts = await readStore<{ letter: string }>(popup, 'drafts');
  expect(drafts).toHaveLength(1);
  expect(drafts[0]?.letter).toContain('P.S. My own words.');

  await popup.getByRole('button', { name: 'Reset to sample', exact: true }).click();
  await expect(popup.getByRole('textbox', { name: 'Letter', exact: true })).not.toHaveValue(/P\.S\./);
});
