import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanUrl } from './clean-url';

describe('cleanUrl', () => {
  it.each([
    ['https://org.example/ua/12-24?utm_source=newsletter&utm_medium=email&utm_campaign=ua#share', 'https://org.example/ua/12-24'],
    ['https://org.example/ua?id=7&fbclid=IwAR0abc&gclid=Cj0K&lang=es', 'https://org.example/ua?id=7&lang=es'],
    ['https://org.example/ua?mc_cid=1a2b&mc_eid=3c4d', 'https://org.example/ua'],
    ['https://org.example/ua?_hsenc=p2AN&_hsmi=123&mkt_tok=eyJp&igshid=MzRl&yclid=5&msclkid=6&ref_src=twsrc', 'https://org.example/ua'],
    ['https://org.example/ua?UTM_Source=x&q=a%20b+c', 'https://org.example/ua?q=a%20b+c'],
    ['https://org.example/ua?utm%5Fsource=x&page=2', 'https://org.example/ua?page=2'],
    ['https://org.example/ua#:~:text=release', 'https://org.example/ua'],
    ['https://org.example/ua?', 'https://org.example/ua'],
    ['https://org.example/ua?utm=kept&campaign=kept', 'https://org.example/ua?utm=kept&campaign=kept'],
  ])('cleans %s', (dirty, clean) => {
    expect(cleanUrl(dirty)).toBe(clean);
  });

  it('leaves text that is no URL as it was', () => {
    expect(cleanUrl('not a url')).toBe('not a url');
  });

  it('never keeps a fragment or a tracking parameter, and keeps every other parameter', () => {
    // Lower-case names that are no tracking parameter (those of clean-url.ts made of letters alone).
    const name = fc
      .stringMatching(/^[a-z]{1,8}$/)
      .filter((candidate) => !/clid$|^(gbraid|wbraid|igsh|igshid|srsltid|wickedid|ncid)$/.test(candidate));
    const value = fc.stringMatching(/^[a-zA-Z0-9%._-]{0,8}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, value), { maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom('utm_source', 'fbclid', 'gclid', 'mc_eid', '_hsenc', 'msclkid'), value), { maxLength: 4 }),
        fc.string(),
        (kept, tracking, fragment) => {
          const pairs = [...kept, ...tracking].map(([key, v]) => `${key}=${v}`);
          const cleaned = new URL(cleanUrl(`https://org.example/ua?${pairs.join('&')}#${encodeURIComponent(fragment)}`));
          expect(cleaned.hash).toBe('');
          expect([...cleaned.searchParams.keys()]).toEqual(kept.map(([key]) => key));
        },
      ),
    );
  });
});
