import { describe, expect, it } from 'vitest';
import { emailValue, parseContactLine, phoneNumber, twitterHandle } from './contact-lines';

describe('parseContactLine', () => {
  it('reads a labelled line', () => {
    expect(parseContactLine('Twitter: @AlbertoOtarolaP')).toEqual([
      { field: 'twitter', label: 'Twitter', value: '@AlbertoOtarolaP' },
    ]);
    expect(parseContactLine('Salutation: Your Excellency,')).toEqual([
      { field: 'salutation', label: 'Salutation', value: 'Your Excellency,' },
    ]);
  });

  it('reads several labels on one line', () => {
    expect(parseContactLine('Tel: +98 21 1234 5678 | Fax: +98 21 8765 4321; E-mail: a@b.ir')).toEqual([
      { field: 'phone', label: 'Tel', value: '+98 21 1234 5678' },
      { field: 'fax', label: 'Fax', value: '+98 21 8765 4321' },
      { field: 'email', label: 'E-mail', value: 'a@b.ir' },
    ]);
  });

  it.each(['X (formerly Twitter): @a', 'X: @a', 'Twitter/X: @a'])('knows "%s" as Twitter', (line) => {
    expect(parseContactLine(line)?.[0]?.field).toBe('twitter');
  });

  it('is not fooled by a label inside a line', () => {
    expect(parseContactLine('PO Box: 12')).toBeUndefined();
    expect(parseContactLine('Send a fax: now')).toBeUndefined();
  });
});

describe('contact values', () => {
  it.each([
    ['@AlbertoOtarolaP', 'AlbertoOtarolaP'],
    ['https://x.com/ErnestinaGodoy', 'ErnestinaGodoy'],
    ['twitter.com/KingSalman?lang=en', 'KingSalman'],
    ['@pcmperu (official)', 'pcmperu'],
    ['@ThisHandleIsWayTooLong', undefined],
  ])('twitter "%s" → %s', (value, handle) => {
    expect(twitterHandle(value)).toBe(handle);
  });

  it.each([
    ['(202) 833-9860', '(202) 833-9860'],
    ['+7 (495) 607-19-22 (office hours)', '+7 (495) 607-19-22'],
    ['+51 1 219 7000 ext. 3', '+51 1 219 7000'],
    ['call the office', undefined],
    ['12', undefined],
  ])('phone "%s" → %s', (value, number) => {
    expect(phoneNumber(value)).toBe(number);
  });

  it.each([
    ['info@adalet.gov.tr', { kind: 'address', address: 'info@adalet.gov.tr' }],
    ['mailto:info@adalet.gov.tr.', { kind: 'address', address: 'info@adalet.gov.tr' }],
    ['<a@b.org>, c@d.org', { kind: 'address', address: 'a@b.org' }],
    ['[email protected]', { kind: 'hidden' }],
    ['see website', { kind: 'unreadable' }],
  ])('email "%s"', (value, expected) => {
    expect(emailValue(value)).toEqual(expected);
  });
});
