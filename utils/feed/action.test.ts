import { describe, expect, it } from 'vitest';
import { compareByDeadline, daysLeft, endInstant, isEnded } from './action';

// Runs in the machine's zone; the checks use local dates on purpose.
const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) => new Date(y, m - 1, d, h, min, s, ms);

describe('when an action ends', () => {
  it('keeps a date-only deadline open through that whole local day', () => {
    const action = { status: 'active' as const, endsAt: '2027-03-03' };
    expect(isEnded(action, local(2027, 3, 3, 0, 0))).toBe(false);
    expect(isEnded(action, local(2027, 3, 3, 23, 59, 59, 999))).toBe(false);
    expect(isEnded(action, local(2027, 3, 4, 0, 0))).toBe(true);
  });

  it('ends a date-time deadline at that instant', () => {
    const action = { status: 'active' as const, endsAt: '2027-03-03T12:00:00Z' };
    expect(isEnded(action, new Date('2027-03-03T11:59:59.999Z'))).toBe(false);
    expect(isEnded(action, new Date('2027-03-03T12:00:00Z'))).toBe(true);
  });

  it('is ended whatever the date says when the status is "ended"', () => {
    expect(isEnded({ status: 'ended', endsAt: '2099-01-01' }, local(2027, 1, 1))).toBe(true);
    expect(isEnded({ status: 'active' }, local(2099, 1, 1))).toBe(false);
  });

  it('counts calendar days to the last open day', () => {
    expect(daysLeft('2027-03-03', local(2027, 3, 3, 23, 0))).toBe(0);
    expect(daysLeft('2027-03-03', local(2027, 3, 2, 23, 59))).toBe(1);
    expect(daysLeft('2027-03-03', local(2027, 2, 28, 0, 1))).toBe(3);
    expect(endInstant('2027-12-31')).toEqual(local(2028, 1, 1));
  });

  it('sorts soonest deadline first and no deadline last', () => {
    const make = (title: string, endsAt?: string) => ({ title, endsAt }) as Parameters<typeof compareByDeadline>[0];
    const sorted = [make('none'), make('later', '2027-05-01'), make('soon', '2027-03-03T10:00:00Z')].sort(compareByDeadline);
    expect(sorted.map((action) => action.title)).toEqual(['soon', 'later', 'none']);
  });
});

describe('a deadline that is not a date', () => {
  it('is never reached, sorts last, and counts no days', () => {
    expect(isEnded({ status: 'active', endsAt: 'soon' }, local(2027, 1, 1))).toBe(false);
    expect(daysLeft('soon', local(2027, 1, 1))).toBeNaN();
    const make = (title: string, endsAt?: string) => ({ title, endsAt }) as Parameters<typeof compareByDeadline>[0];
    const sorted = [make('b', 'soon'), make('a', '2027-05-01'), make('c')].sort(compareByDeadline);
    expect(sorted.map((action) => action.title)).toEqual(['a', 'b', 'c']);
  });
});
