import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { loadDraft } from '@/utils/db/drafts';
import { emptyProfile } from '@/utils/db/records';
import { bundledAction } from '@/testing/test-data';
import { useDraft } from './use-draft';

const action = bundledAction('example-journalist');

/** One view of the action: the popup, or a tab. */
async function openView() {
  const view = renderHook(() => useDraft(action, emptyProfile, () => undefined));
  await waitFor(() => expect(view.result.current.ready).toBe(true));
  return view;
}

describe('a draft open in two views', () => {
  it('keeps the letter written in one and the tweet in the other, and each view shows both', async () => {
    const popup = await openView();
    const tab = await openView();
    act(() => popup.result.current.update({ letter: 'Dear Minister, from the popup' }));
    // The tab has not heard of the popup's letter yet when its own edit goes out.
    act(() => tab.result.current.update({ tweet: 'From the tab @ExampleMinister' }));
    await waitFor(async () => expect(await loadDraft(action.key)).toMatchObject({ version: 2 }));
    expect(await loadDraft(action.key)).toMatchObject({ letter: 'Dear Minister, from the popup', tweet: 'From the tab @ExampleMinister' });
    await waitFor(() => {
      for (const view of [popup, tab]) {
        expect(view.result.current.texts.letter).toBe('Dear Minister, from the popup');
        expect(view.result.current.texts.tweet).toBe('From the tab @ExampleMinister');
      }
    });
  });

  it('does not overwrite the text a view is still saving with an older one from the other view', async () => {
    const popup = await openView();
    const tab = await openView();
    act(() => tab.result.current.update({ letter: 'Typed in the tab' }));
    act(() => popup.result.current.update({ tweet: 'Popup tweet' }));
    act(() => tab.result.current.update({ letter: 'Typed in the tab, more' }));
    await waitFor(async () => expect(await loadDraft(action.key)).toMatchObject({ version: 3 }));
    await waitFor(() => {
      expect(tab.result.current.texts.letter).toBe('Typed in the tab, more');
      expect(popup.result.current.texts.letter).toBe('Typed in the tab, more');
      expect(tab.result.current.texts.tweet).toBe('Popup tweet');
    });
  });

  it('resets the letter in one view without losing the tweet of the other', async () => {
    const popup = await openView();
    const tab = await openView();
    act(() => popup.result.current.update({ letter: 'Mine' }));
    act(() => tab.result.current.update({ tweet: 'Theirs' }));
    await waitFor(async () => expect(await loadDraft(action.key)).toMatchObject({ version: 2 }));
    act(() => popup.result.current.reset());
    await waitFor(() => {
      for (const view of [popup, tab]) {
        expect(view.result.current.texts.letterEdited).toBe(false);
        expect(view.result.current.texts.tweet).toBe('Theirs');
      }
    });
  });
});
