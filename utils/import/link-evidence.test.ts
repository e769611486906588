import { describe, expect, it } from 'vitest';
import { isShown, linkEvidence, linkTarget, replacesText, twitterHandle, unwrapRedirect } from './link-evidence';

describe('linkEvidence', () => {
  it('reads mailto, tel and profile links', () => {
    expect(linkEvidence('mailto:fiscal%40example.cr?subject=UA%2047')).toEqual({ kind: 'email', value: 'fiscal@example.cr' });
    expect(linkEvidence('MAILTO:a@example.org;b@example.org')).toEqual({ kind: 'email', value: 'a@example.org, b@example.org' });
    expect(linkEvidence('tel:+506%202222%200000')).toEqual({ kind: 'phone', value: '+506 2222 0000' });
    expect(linkEvidence('https://mobile.twitter.com/FiscalEjemplo/')).toEqual({ kind: 'twitter', value: '@FiscalEjemplo' });
    expect(linkEvidence('https://x.com/MinAmbiente?ref_src=twsrc%5Etfw')).toEqual({ kind: 'twitter', value: '@MinAmbiente' });
  });

  it("decodes Cloudflare's protected addresses", () => {
    // "a@b.cd" XOR 0x5a, after the key byte.
    const hex = ['5a', ...[...'a@b.cd'].map((char) => (char.charCodeAt(0) ^ 0x5a).toString(16).padStart(2, '0'))].join('');
    expect(linkEvidence(`/cdn-cgi/l/email-protection#${hex}`)).toEqual({ kind: 'email', value: 'a@b.cd' });
  });

  it('gives nothing for other links, empty mailtos, short numbers, and x.com pages that are not people', () => {
    for (const href of [
      'https://example.org/',
      'mailto:',
      'mailto:?subject=Hi',
      'tel:112',
      'https://x.com/intent/tweet?text=a',
      'https://twitter.com/share',
      'https://x.com/search?q=ua',
      'https://x.com/ExampleRights/status/1',
    ]) {
      expect(linkEvidence(href)).toBeUndefined();
    }
    expect(twitterHandle('https://x.com/i/flow/login')).toBeUndefined();
  });
});

describe('isShown and replacesText', () => {
  it('knows an address, handle or number the text already shows', () => {
    expect(isShown({ kind: 'email', value: 'A@Example.org' }, 'write to a@example.org')).toBe(true);
    expect(isShown({ kind: 'twitter', value: '@Fiscal' }, '@FiscalGeneral')).toBe(false);
    expect(isShown({ kind: 'twitter', value: '@Fiscal' }, 'Twitter: @fiscal')).toBe(true);
    expect(isShown({ kind: 'phone', value: '+41227330203' }, '022 733 02 03')).toBe(true);
    expect(isShown({ kind: 'phone', value: '+41227330203' }, '+41 22 733 02 03')).toBe(true);
    expect(isShown({ kind: 'phone', value: '+41227330203' }, 'call us')).toBe(false);
  });

  it("replaces a placeholder, a bare handle or the link's own address, never other words", () => {
    expect(
      replacesText({ kind: 'email', value: 'a@b.cd' }, '[email\u00a0protected]'.replace('\u00a0', ' '), '/cdn-cgi/l/email-protection#00'),
    ).toBe(true);
    expect(replacesText({ kind: 'twitter', value: '@Fiscal' }, 'Fiscal', 'https://x.com/Fiscal')).toBe(true);
    expect(replacesText({ kind: 'twitter', value: '@Fiscal' }, 'www.x.com/Fiscal/', 'https://x.com/Fiscal')).toBe(true);
    expect(replacesText({ kind: 'twitter', value: '@Fiscal' }, 'Follow the prosecutor', 'https://x.com/Fiscal')).toBe(false);
  });
});

describe('unwrapRedirect and linkTarget', () => {
  it("unwraps Outlook's Safe Links and Google's redirect", () => {
    expect(unwrapRedirect('https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Frights.example.org%2Fua&data=05')).toBe(
      'https://rights.example.org/ua',
    );
    expect(unwrapRedirect('https://www.google.com/url?q=https://rights.example.org/ua&sa=D')).toBe('https://rights.example.org/ua');
    expect(unwrapRedirect('https://www.google.com/search?q=ua')).toBe('https://www.google.com/search?q=ua');
    expect(unwrapRedirect('/relative')).toBe('/relative');
  });

  it("prefers Outlook's original address to its rewritten href", () => {
    const link = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null });
    expect(linkTarget(link({ href: 'https://safelinks.example/', originalsrc: 'https://rights.example.org/ua' }))).toBe(
      'https://rights.example.org/ua',
    );
    expect(linkTarget(link({ href: ' mailto:a@b.cd ' }))).toBe('mailto:a@b.cd');
    expect(linkTarget(link({}))).toBeUndefined();
  });
});
