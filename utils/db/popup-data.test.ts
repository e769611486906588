import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '../feed/action';
import type { FeedRecord } from './feeds';
import type { LogEntry } from './log';
import { entryToFollowUp, splitByStatus } from './popup-data';
import { bundledAction } from '../../testing/test-data';

const feed = (key: string, actions: Partial<ActionRecord>[]): FeedRecord => ({
  key,
  url: key,
  title: key,
  organization: key,
  actions: actions.map((change, index) => ({ ...bundledAction('example-journalist'), key: `${key} ${index}`, feedKey: key, ...change })),
  skipped: [],
  failures: 0,
  addedAt: '2027-01-01T00:00:00Z',
});

describe('the list', () => {
  it('merges every feed, soonest deadline first, no deadline last, ended apart, most recently ended first', () => {
    const now = new Date(2027, 2, 1);
    const { active, ended } = splitByStatus(
      [
        feed('https://a.example/f.json', [{ title: 'A later', endsAt: '2027-05-01' }, { title: 'A open' }, { title: 'A old', endsAt: '2026-01-01' }]),
        feed('https://b.example/f.json', [{ title: 'B soon', endsAt: '2027-03-02' }, { title: 'B stopped', status: 'ended', endsAt: '2026-06-01' }]),
      ],
      now,
    );
    expect(active.map((action) => action.title)).toEqual(['B soon', 'A later', 'A open']);
    expect(ended.map((action) => action.title)).toEqual(['B stopped', 'A old']);
  });
});

describe('the follow-up after an action', () => {
  const entry = (channel: LogEntry['channel'], at: string, outcome?: LogEntry['outcome']): LogEntry => ({
    id: 1, actionKey: 'k', feedKey: 'f', itemId: 'i', reference: 'UA 1', title: 'T', targetId: 't', targetName: 'N', channel, outcome, at,
  });
  const now = new Date('2027-03-01T12:00:00Z');

  it('offers Undo for a few minutes', () => {
    expect(entryToFollowUp([entry('email', '2027-03-01T11:56:00Z')], now)).toBeDefined();
    expect(entryToFollowUp([entry('email', '2027-03-01T11:54:00Z')], now)).toBeUndefined();
  });

  it('keeps asking how a call went for an hour, until answered', () => {
    expect(entryToFollowUp([entry('call', '2027-03-01T11:10:00Z', 'unknown')], now)).toBeDefined();
    expect(entryToFollowUp([entry('call', '2027-03-01T11:10:00Z', 'reached')], now)).toBeUndefined();
    expect(entryToFollowUp([entry('call', '2027-03-01T10:50:00Z', 'unknown')], now)).toBeUndefined();
    expect(entryToFollowUp([], now)).toBeUndefined();
  });
});
