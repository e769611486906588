import { describe, expect, it } from 'vitest';
import { type ActionRecord, type LogEntry } from '../db/records';
import { contactedTargetIds, lastEntryFor, pendingActionCount } from './progress';
import { bundledAction } from '../../testing/test-data';

const now = new Date('2027-03-01T12:00:00Z');
const fromFeed = (feedKey: string, itemId: string, change: Partial<ActionRecord> = {}): ActionRecord => ({
  ...bundledAction('example-journalist'),
  key: `${feedKey} ${itemId}`,
  feedKey,
  itemId,
  ...change,
});
const logged = (action: ActionRecord, targetId: string, at = '2027-03-01T10:00:00Z'): LogEntry => ({
  actionKey: action.key,
  feedKey: action.feedKey,
  itemId: action.itemId,
  reference: action.reference,
  title: action.title,
  targetId,
  targetName: targetId,
  channel: 'email',
  at,
});

describe('the badge count', () => {
  const open = fromFeed('https://org.example/feed.json', 'a');
  const ended = fromFeed('https://org.example/feed.json', 'b', { status: 'ended' });
  const expired = fromFeed('https://org.example/feed.json', 'c', { endsAt: '2027-02-28' });
  const example = fromFeed('bundled', 'd');

  it('counts active actions with nothing done, never ended ones or bundled examples', () => {
    expect(pendingActionCount([open, ended, expired, example], [], now)).toBe(1);
  });

  it('drops an action once anything was done for it', () => {
    expect(pendingActionCount([open], [logged(open, 'example-minister')], now)).toBe(0);
  });
});

describe('progress', () => {
  it('knows which officials were contacted and the last thing done for each', () => {
    const action = fromFeed('f', 'a');
    const log = [logged(action, 'example-minister', '2027-03-01T11:00:00Z'), logged(action, 'example-minister', '2027-02-01T11:00:00Z')];
    expect([...contactedTargetIds(log, action.key)]).toEqual(['example-minister']);
    expect(lastEntryFor(log, action.key, 'example-minister')?.at).toBe('2027-03-01T11:00:00Z');
    expect(lastEntryFor(log, action.key, 'example-prosecutor')).toBeUndefined();
  });
});
