import { describe, expect, it } from 'vitest';
import type { LogEntry } from '@/utils/db/records';
import { entryToFollowUp } from './follow-up';

describe('the follow-up after an action', () => {
  const entry = (channel: LogEntry['channel'], at: string, outcome?: LogEntry['outcome']): LogEntry => ({
    id: 1,
    actionKey: 'k',
    feedKey: 'f',
    itemId: 'i',
    reference: 'UA 1',
    title: 'T',
    targetId: 't',
    targetName: 'N',
    channel,
    outcome,
    at,
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
