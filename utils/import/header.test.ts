import { describe, expect, it } from 'vitest';
import { parseHeaderLine, sequenceFromText } from './header';

describe('parseHeaderLine', () => {
  it.each([
    ['UA: Peru 106.23', { reference: 'UA 106.23', number: '106.23', country: { code: 'PE', name: 'Peru' } }],
    ['Urgent Action: Iran (UA 12.24)', { reference: 'UA 12.24', country: { code: 'IR', name: 'Iran' } }],
    ['UA 45/24 Egypt', { reference: 'UA 45/24', country: { code: 'EG', name: 'Egypt' } }],
    ['UA 45/24 – Perú', { reference: 'UA 45/24', country: { code: 'PE', name: 'Perú' } }],
    ['Third Urgent Action: Russia (UA 78.25)', { reference: 'UA 78.25', sequence: 3, country: { code: 'RU', name: 'Russia' } }],
    ['2nd UA 5.26 USA', { reference: 'UA 5.26', sequence: 2, country: { code: 'US', name: 'USA' } }],
    ['URGENT ACTION UA 19.25 Viet Nam', { reference: 'UA 19.25', country: { code: 'VN', name: 'Viet Nam' } }],
    ['UA: 12/24 Index: MDE 13/7420/2024 Iran Date: 3 March 2024', { reference: 'UA 12/24', country: { code: 'IR', name: 'Iran' } }],
    [
      'UA 12/24 Iran: Woman human rights defender at risk',
      { reference: 'UA 12/24', country: { code: 'IR', name: 'Iran' }, rest: 'Woman human rights defender at risk' },
    ],
  ])('reads "%s"', (line, header) => {
    expect(parseHeaderLine(line)).toMatchObject(header);
  });

  it('leaves out what the line does not give', () => {
    expect(parseHeaderLine('UA 7/25 Atlantis')).toEqual({ reference: 'UA 7/25', number: '7/25' });
  });

  it.each([
    'Urgent action needed',
    'The ua 12.24 report',
    'Second Urgent Action',
    'Published March 3, 2027',
    `UA 12.24 ${'long '.repeat(40)}`,
  ])('refuses "%s"', (line) => {
    expect(parseHeaderLine(line)).toBeUndefined();
  });
});

describe('sequenceFromText', () => {
  it('reads an ordinal mention with the same number, or without one', () => {
    expect(sequenceFromText('…the actions you took on Second Urgent Action 106.23. It’s…', '106.23')).toBe(2);
    expect(sequenceFromText('This is the third urgent action on her case.', '12/24')).toBe(3);
  });

  it('ignores a mention of another action', () => {
    expect(sequenceFromText('See also Second Urgent Action 99.22.', '106.23')).toBeUndefined();
  });
});
