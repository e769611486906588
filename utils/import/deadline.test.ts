import { describe, expect, it } from 'vitest';
import { parseDeadlineLine } from './deadline';

const now = new Date('2026-06-01T12:00:00Z');

describe('parseDeadlineLine', () => {
  it.each([
    ['This action ended on November 29, 2023', '2023-11-29'],
    ['This urgent action has ended: 29 Nov 2023', '2023-11-29'],
    ['Ended: 2023-11-29', '2023-11-29'],
  ])('reads the ended action "%s"', (line, endsAt) => {
    expect(parseDeadlineLine(line, now)).toEqual({ status: 'ended', endsAt, yearAssumed: false });
  });

  it('reads an ended action without date', () => {
    expect(parseDeadlineLine('This action has ended.', now)).toEqual({ status: 'ended', endsAt: undefined, yearAssumed: false });
  });

  it.each([
    ['take action before 3 March 2027', '2027-03-03'],
    ['until: 12 January 2027', '2027-01-12'],
    ['Please take action until March 3, 2027', '2027-03-03'],
    ['deadline: 2027-03-03', '2027-03-03'],
    ['PLEASE SEND APPEALS BEFORE 3 MARCH 2027', '2027-03-03'],
    ['Please write to the minister by email before 3 March 2027.', '2027-03-03'],
    ['Act by: 10 February 2027', '2027-02-10'],
    ['Deadline 10 February 2027', '2027-02-10'],
  ])('reads the open deadline "%s"', (line, endsAt) => {
    expect(parseDeadlineLine(line, now)).toEqual({ status: 'active', endsAt, yearAssumed: false });
  });

  it.each([
    'He was held until 12 January 2024 without charge.',
    'Their next hearing is scheduled for 14 March.',
    'Take action now!',
    `Please take action. ${'Long text. '.repeat(20)} before 3 March 2027`,
  ])('finds no deadline in "%s"', (line) => {
    expect(parseDeadlineLine(line, now)).toBeUndefined();
  });
});
