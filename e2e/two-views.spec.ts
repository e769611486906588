import { expect, test } from './fixtures';
import { readStore } from './stored';

const actionTab = `popup.html?tab=1&action=${encodeURIComponent('bundled example-journalist')}`;

test('one action in two tabs: the letter edited in one and the tweet in the other are both kept, and each tab shows both', async ({
  openPage,
}) => {
  const first = await openPage(actionTab);
  const second = await openPage(actionTab);
  const letterIn = (page: typeof first) => page.getByRole('textbox', { name: 'Letter', exact: true });
  const tweetIn = (page: typeof first) => page.getByRole('textbox', { name: 'Tweet', exact: true });
  await expect(letterIn(first)).toHaveValue(/^Dear Minister,/);
  await expect(tweetIn(second)).toHaveValue(/Journalism is not a crime/);

  await letterIn(first).press('End');
  await letterIn(first).pressSequentially('\nP.S. Written in the first tab.');
  await tweetIn(second).press('End');
  await tweetIn(second).pressSequentially(' #FreeThePress');

  // Each tab shows the other's edit without a reload.
  await expect(letterIn(second)).toHaveValue(/P\.S\. Written in the first tab\.$/);
  await expect(tweetIn(first)).toHaveValue(/ #FreeThePress$/);
  await expect(letterIn(first)).toHaveValue(/P\.S\. Written in the first tab\.$/);
  await expect(tweetIn(second)).toHaveValue(/ #FreeThePress$/);

  const drafts = await readStore<{ actionKey: string; letter?: string; tweet?: string }>(first, 'drafts');
  expect(drafts).toEqual([
    expect.objectContaining({
      actionKey: 'bundled example-journalist',
      letter: expect.stringMatching(/P\.S\. Written in the first tab\.$/),
      tweet: expect.stringMatching(/ #FreeThePress$/),
    }),
  ]);

  // Both edits are still there in a view opened afterwards.
  const third = await openPage(actionTab);
  await expect(letterIn(third)).toHaveValue(/P\.S\. Written in the first tab\.$/);
  await expect(tweetIn(third)).toHaveValue(/ #FreeThePress$/);
});
