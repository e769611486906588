import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { readStore } from './stored';

test('export, delete after confirming, and import back all the data', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  await popup.getByRole('button', { name: 'Mark as done', exact: true }).click();

  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'First name', exact: true }).fill('Ana');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  const history = options.getByRole('table', { name: 'Actions taken', exact: true });
  await expect(history.getByRole('row')).toHaveCount(2);

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export data', exact: true }).click();
  const exported = await download;
  expect(exported.suggestedFilename()).toBe('urgent-actions-data.json');
  const file = (await exported.path()) ?? '';
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'urgent-actions-backup', profile: { firstName: 'Ana' }, log: [{ channel: 'done' }] });

  // Cancel keeps everything; confirming deletes it.
  await options.getByRole('button', { name: 'Delete all data', exact: true }).click();
  const dialog = options.getByRole('dialog', { name: 'Delete all data?', exact: true });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(history.getByRole('row')).toHaveCount(2);

  await options.getByRole('button', { name: 'Delete all data', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(options.getByText('All your data is deleted.')).toBeVisible();
  await expect(options.getByRole('textbox', { name: 'First name', exact: true })).toHaveValue('');
  await expect(history.getByRole('row')).toHaveCount(1);
  expect(await readStore(options, 'log')).toEqual([]);

  const chooser = options.waitForEvent('filechooser');
  await options.getByRole('button', { name: 'Import data', exact: true }).click();
  await (await chooser).setFiles(file);
  await expect(options.getByText('Your data is imported.')).toBeVisible();
  await expect(options.getByRole('textbox', { name: 'First name', exact: true })).toHaveValue('Ana');
  await expect(history.getByRole('row')).toHaveCount(2);
});

test('a file that is not an export changes nothing', async ({ openPage }) => {
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'First name', exact: true }).fill('Ana');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  const chooser = options.waitForEvent('filechooser');
  await options.getByRole('button', { name: 'Import data', exact: true }).click();
  await (await chooser).setFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"items": []}') });
  await expect(options.getByRole('alert')).toHaveText(
    'This file is not an export of this extension, or some of its data is not valid: nothing was changed.',
  );
  await options.reload();
  await expect(options.getByRole('textbox', { name: 'First name', exact: true })).toHaveValue('Ana');
});

test('a crafted backup is refused whole, with a message, and the log keeps working', async ({ openPage }) => {
  const options = await openPage('options.html');
  await options.getByRole('textbox', { name: 'First name', exact: true }).fill('Ana');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status')).toBeVisible();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export data', exact: true }).click();
  const backup = JSON.parse(readFileSync((await (await download).path()) ?? '', 'utf8'));

  // A second recipient hidden in the official's mailbox, and a deadline the popup once could not draw.
  const action = backup.feeds[0].actions[0];
  action.targets[0].email = 'minister%40gov.pe%2Cspy@evil.org';
  action.endsAt = 'soon';
  backup.profile.firstName = 'Mallory';
  const chooser = options.waitForEvent('filechooser');
  await options.getByRole('button', { name: 'Import data', exact: true }).click();
  await (await chooser).setFiles({ name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(options.getByRole('alert')).toHaveText(
    'This file is not an export of this extension, or some of its data is not valid: nothing was changed.',
  );
  await options.reload();
  await expect(options.getByRole('textbox', { name: 'First name', exact: true })).toHaveValue('Ana');

  const popup = await openPage('popup.html');
  await popup.getByRole('link', { name: /Example: Release the detained journalist/ }).click();
  await popup.getByRole('button', { name: 'Mark as done', exact: true }).click();
  await options.reload();
  await expect(options.getByRole('table', { name: 'Actions taken', exact: true }).getByRole('row')).toHaveCount(2);
});

test('data saved by a newer version: the pages say what to do', async ({ openPage }) => {
  const options = await openPage('options.html');
  await expect(options.getByRole('textbox', { name: 'First name', exact: true })).toBeVisible();
  // What a newer version of the extension leaves behind: the same database, one version up.
  await options.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('urgent-actions', 99);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await options.reload();
  await expect(options.getByRole('alert')).toContainText('saved by a newer version of this extension');
  await expect(options.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('alert')).toContainText('saved by a newer version of this extension');
});
