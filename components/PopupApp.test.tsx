import { cleanup, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { listFeeds, putFeed } from '@/utils/db/feeds';
import { buildPopupSnapshot } from '@/utils/db/snapshot-writer';
import { bundledActions, examplesFeed } from '@/testing/test-data';
import { PopupApp } from './PopupApp';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// The popup loads the action screen after its first paint: let that load end before the test environment does.
afterAll(async () => {
  await Promise.all([import('@/components/PopupAction'), import('@/components/hooks/opened-action')]);
});

/** The bundled actions, all active for ten more days, stored as the bundled feed. */
async function storeActiveExamples() {
  const endsAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
  const actions = bundledActions().map((action) => ({ ...action, status: 'active' as const, endsAt }));
  await putFeed(examplesFeed(actions, new Date().toISOString()));
  return actions;
}

describe('the popup', () => {
  it('keeps its header and says so when the screen fails to draw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await storeActiveExamples();
    // A bug on the list: its deadlines ("in 3 days") throw.
    // (formatting, not building: formatters are kept once built, utils/format/intl.ts)
    vi.spyOn(Intl.RelativeTimeFormat.prototype, 'format').mockImplementation(() => {
      throw new RangeError('Incorrect locale information provided');
    });
    render(<PopupApp />);
    expect((await screen.findByRole('alert')).textContent).toContain('This part could not be shown');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
  });

  it('draws the list in its first render from the snapshot main.tsx read', async () => {
    const actions = await storeActiveExamples();
    const stored = buildPopupSnapshot(await listFeeds(), []);
    render(<PopupApp stored={stored} />);
    // Synchronously, before any read or message.
    expect(screen.getAllByRole('link', { name: new RegExp(actions[0]!.title) })).toHaveLength(1);
  });
});
