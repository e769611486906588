import { describe, expect, it } from 'vitest';
import { countryCode, findCountry } from './country-codes';

describe('countryCode', () => {
  it.each([
    ['Peru', 'PE'],
    ['Perú', 'PE'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['U.S.', 'US'],
    ['Iran', 'IR'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Viet Nam', 'VN'],
    ['Vietnam', 'VN'],
    ['México', 'MX'],
    ['Côte d’Ivoire', 'CI'],
    ['the Gambia', 'GM'],
    ['DRC', 'CD'],
    ['Saudi Arabia', 'SA'],
    ["People's Republic of China", 'CN'],
    ['Occupied Palestinian Territories', 'PS'],
    ['Kosovo', 'XK'],
  ])('%s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('matches abbreviations only as written', () => {
    expect(countryCode('us')).toBeUndefined();
    expect(countryCode('Atlantis')).toBeUndefined();
  });
});

describe('findCountry', () => {
  it('finds the longest name and where it is', () => {
    expect(findCountry('UA: Saudi Arabia 27.25')).toEqual({ code: 'SA', name: 'Saudi Arabia', start: 4, end: 16 });
    expect(findCountry('(South Sudan)')).toMatchObject({ code: 'SS', name: 'South Sudan' });
    expect(findCountry('Guinea-Bissau')).toMatchObject({ code: 'GW' });
  });

  it('finds nothing in other words', () => {
    expect(findCountry('Help us now')).toBeUndefined();
  });
});
