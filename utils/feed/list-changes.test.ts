import { describe, expect, it } from 'vitest';
import type { PopupSnapshot } from '@/utils/db/records';
import { bundledAction, plainLogEntry } from '@/testing/test-data';
import { listChangesAt } from './list-changes';

// Local time (the tests run in America/Lima): 1 March 2027, 10:00.
const now = new Date(2027, 2, 1, 10, 0);
const midnight = new Date(2027, 2, 2).getTime();

const listed = (endsAt: string | undefined, status: 'active' | 'ended' = 'active') => {
  const { key, reference, country, title } = bundledAction('example-journalist');
  return { key: `${key} ${endsAt}`, reference, country, title, endsAt, status, taken: false };
};

const snapshot = (change: Partial<PopupSnapshot> = {}): PopupSnapshot => ({
  version: 1,
  actions: [],
  feedProblems: [],
  loggedCount: 0,
  complete: true,
  ...change,
});

describe('how long a drawing of the list stays true', () => {
  it('until midnight, when every deadline is a day nearer', () => {
    expect(listChangesAt(snapshot({ actions: [listed('2027-03-09'), listed(undefined)] }), now)).toBe(midnight);
  });

  it('until an action listed as active ends', () => {
    const end = new Date('2027-03-01T18:30:00Z');
    expect(listChangesAt(snapshot({ actions: [listed('2027-03-09'), listed(end.toISOString())] }), now)).toBe(end.getTime());
    // Ended already, or by its status: it stays where it is.
    expect(listChangesAt(snapshot({ actions: [listed('2027-02-01'), listed('2027-03-01T16:00:00Z', 'ended')] }), now)).toBe(midnight);
  });

  it('until the popup stops offering to undo the last action', () => {
    const at = new Date(now.getTime() - 60_000).toISOString();
    expect(listChangesAt(snapshot({ newestLogEntry: { ...plainLogEntry, id: 1, at } }), now)).toBe(now.getTime() + 4 * 60_000 + 1);
    const older = new Date(now.getTime() - 3_600_000).toISOString();
    expect(listChangesAt(snapshot({ newestLogEntry: { ...plainLogEntry, id: 1, at: older } }), now)).toBe(midnight);
  });
});
