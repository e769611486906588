import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from './dates';

const now = new Date('2026-06-01T12:00:00Z');

describe('parseDate', () => {
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
    ['10 de febrero de 2027', '2027-02-10'],
    ['1º de marzo del 2027', '2027-03-01'],
    ['viernes 3 de septiembre de 2027', '2027-09-03'],
    ['1er mars 2027', '2027-03-01'],
    ['12 février 2027', '2027-02-12'],
    ['lundi 3 août 2027', '2027-08-03'],
  ])('reads "%s"', (text, date) => {
    expect(parseDate(text, now)).toMatchObject({ date, yearAssumed: false });
  });

  it('reads numeric dates day first in Spanish and French, and in English only when unambiguous', () => {
    expect(parseDate('03/04/2027', now, 'es')).toMatchObject({ date: '2027-04-03' });
    expect(parseDate('03.04.2027', now, 'fr')).toMatchObject({ date: '2027-04-03' });
    expect(parseDate('03/04/2027', now, 'en')).toBeUndefined();
    // In English when a number above 12 says which is the day.
    expect(parseDate('21/02/2027', now, 'en')).toMatchObject({ date: '2027-02-21' });
    expect(parseDate('02/21/2027', now, 'en')).toMatchObject({ date: '2027-02-21' });
  });

  it.each([
    ['20 July', '2026-07-20'],
    ['January 10', '2026-01-10'],
    ['10 de noviembre', '2026-11-10'],
  ])('takes the year nearest now for "%s"', (text, date) => {
    expect(parseDate(text, now)).toMatchObject({ date, yearAssumed: true });
  });

  it.each(['31 February 2027', '2027-02-30', 'March 2027', 'Mark 3', 'the 3rd of May', '3 days ago', ''])('does not read "%s"', (text) => {
    expect(parseDate(text, now)).toBeUndefined();
  });

  it('finds a date inside a text', () => {
    expect(findDate('Terminée le 19 mai 2022', now)).toMatchObject({ date: '2022-05-19', index: 12 });
  });
});
