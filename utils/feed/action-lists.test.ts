import { describe, expect, it } from 'vitest';
import type { ActionRecord, FeedRecord } from '@/utils/db/records';
import { splitByStatus } from './action-lists';
import { bundledAction } from '@/testing/test-data';

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
        feed('https://a.example/f.json', [
          { title: 'A later', endsAt: '2027-05-01' },
          { title: 'A open' },
          { title: 'A old', endsAt: '2026-01-01' },
        ]),
        feed('https://b.example/f.json', [
          { title: 'B soon', endsAt: '2027-03-02' },
          { title: 'B stopped', status: 'ended', endsAt: '2026-06-01' },
        ]),
      ],
      now,
    );
    expect(active.map((action) => action.title)).toEqual(['B soon', 'A later', 'A open']);
    expect(ended.map((action) => action.title)).toEqual(['B stopped', 'A old']);
  });
});
