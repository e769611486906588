import { describe, expect, it } from 'vitest';
import { parseEnglishDate } from './english-date';

const now = new Date('2026-06-01T12:00:00Z');

describe('parseEnglishDate', () => {
  it.each([
    ['November 29, 2023', '2023-11-29'],
    ['Nov. 29 2023', '2023-11-29'],
    ['29 November 2023', '2023-11-29'],
    ['29th of November, 2023', '2023-11-29'],
    ['3 Mar 2027', '2027-03-03'],
    ['Sept 3rd, 2027', '2027-09-03'],
    ['Friday, 3 March 2028', '2028-03-03'],
    ['Wed March 3, 2027', '2027-03-03'],
    ['2027-03-03', '2027-03-03'],
    ['12 January 2027.', '2027-01-12'],
  ])('reads "%s"', (text, date) => {
    expect(parseEnglishDate(text, now)).toMatchObject({ date, yearAssumed: false });
  });

  it.each([
    ['20 July', '2026-07-20'],
    ['January 10', '2026-01-10'],
    ['November 10', '2026-11-10'],
  ])('takes the year nearest now for "%s"', (text, date) => {
    expect(parseEnglishDate(text, now)).toMatchObject({ date, yearAssumed: true });
  });

  it.each(['31 February 2027', '2027-02-30', '03/04/2027', 'March 2027', 'Mark 3', 'the 3rd of May', ''])(
    'does not read "%s"',
    (text) => {
      expect(parseEnglishDate(text, now)).toBeUndefined();
    },
  );
});
