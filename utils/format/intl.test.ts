import { describe, expect, it } from 'vitest';
import { countryName, deadline, formatDate, formatDateTime, localTime, timeAgo } from './intl';
import { bundledAction } from '../../testing/test-data';

const action = bundledAction('example-journalist');

describe('formatting in the UI language', () => {
  it('names countries', () => {
    expect(countryName('PE', 'en')).toBe('Peru');
    expect(countryName('PE', 'es')).toBe('Perú');
  });

  it('says when an action ends, counting calendar days', () => {
    const now = new Date(2027, 2, 1, 22, 0);
    expect(deadline({ ...action, endsAt: '2027-03-04' }, now, 'en')).toEqual({ kind: 'ends', days: 3, relative: 'in 3 days' });
    expect(deadline({ ...action, endsAt: '2027-03-02' }, now, 'en')).toEqual({ kind: 'ends', days: 1, relative: 'tomorrow' });
    expect(deadline({ ...action, endsAt: '2027-03-01' }, now, 'es')).toEqual({ kind: 'ends', days: 0, relative: 'hoy' });
    expect(deadline({ ...action, endsAt: '2027-02-28' }, now, 'en')).toEqual({ kind: 'ended', date: 'Feb 28, 2027' });
    expect(deadline({ ...action, status: 'ended', endsAt: undefined }, now, 'en')).toEqual({ kind: 'ended' });
    expect(deadline(action, now, 'en')).toEqual({ kind: 'none' });
  });

  it('says how long ago something was done, and the time where an official is', () => {
    const now = new Date('2027-03-03T12:00:00Z');
    expect(timeAgo('2027-03-01T12:00:00Z', now, 'en')).toBe('2 days ago');
    expect(timeAgo('2027-03-03T11:59:30Z', now, 'en')).toBe('this minute');
    expect(localTime('America/Lima', now, 'en')).toBe('7:00 AM Peru Standard Time');
    expect(localTime('America/New_York', now, 'es')).toBe('7:00 hora oriental');
  });
});

describe('a value that is not what it should be', () => {
  const now = new Date('2027-03-03T12:00:00Z');

  it('shows less instead of throwing', () => {
    expect(deadline({ ...action, endsAt: 'soon' }, now, 'en')).toEqual({ kind: 'none' });
    expect(deadline({ ...action, status: 'ended', endsAt: 'soon' }, now, 'en')).toEqual({ kind: 'ended' });
    expect(timeAgo('yesterday', now, 'en')).toBe('');
    expect(localTime('Mars/Olympus_Mons', now, 'en')).toBe('');
    expect(formatDate(new Date('never'), 'en')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('');
    expect(formatDateTime('2027-03-03T12:00:00Z', 'en')).toBe('Mar 3, 2027, 7:00 AM');
  });
});
