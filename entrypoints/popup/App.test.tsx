import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putFeed } from '@/utils/db/feeds';
import { bundledActions } from '@/testing/test-data';
import { App } from './App';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup', () => {
  it('keeps its header and says so when the screen fails to draw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const now = new Date().toISOString();
    const endsAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const actions = bundledActions().map((action) => ({ ...action, status: 'active' as const, endsAt }));
    await putFeed({
      key: 'bundled',
      title: 'Examples',
      organization: 'Examples',
      actions,
      skipped: [],
      failures: 0,
      lastSuccessAt: now,
      addedAt: now,
    });
    // A bug on the list: its deadlines ("in 3 days") throw.
    vi.spyOn(Intl, 'RelativeTimeFormat').mockImplementation(() => {
      throw new RangeError('Incorrect locale information provided');
    });
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('This part could not be shown');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
  });
});
