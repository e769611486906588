import { describe, expect, it } from 'vitest';
import type { Channel, LogEntry } from '@/utils/db/records';
import { describeLogEntry } from './texts';
import { reportSummary } from './report-summary';

const entry = (channel: Channel, targetName: string, at: string): LogEntry => ({
  actionKey: 'feed#ua-1',
  feedKey: 'feed',
  itemId: 'ua-1',
  reference: 'UA 106.23',
  title: 'Release the journalist',
  targetId: targetName,
  targetName,
  channel,
  at,
});

describe('the summary copied for the organization’s report form', () => {
  it('names the action and what was done, in the UI language’s words', () => {
    expect(reportSummary('UA 106.23', [entry('done', 'Minister A', '2023-11-20T15:00:00.000Z')], describeLogEntry, 'en')).toBe(
      'UA 106.23: done to Minister A',
    );
  });

  it('lists several actions as a sentence would, in the order they were done', () => {
    // The log comes newest first.
    const entries = [
      entry('call', 'Ambassador B', '2023-11-21T09:30:00.000Z'),
      entry('tweet', 'Minister A', '2023-11-20T15:05:00.000Z'),
      entry('email', 'Minister A', '2023-11-20T15:00:00.000Z'),
    ];
    expect(reportSummary('UA 106.23', entries, describeLogEntry, 'en')).toBe(
      'UA 106.23: email to Minister A, tweet to Minister A, and call to Ambassador B',
    );
  });
});
