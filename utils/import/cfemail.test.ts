import { describe, expect, it } from 'vitest';
import { decodeCfEmail, decodeCloudflareEmails, emailFromCloudflareHref, hasHiddenEmail } from './cfemail';
import { emailValue } from './contact-lines';

/** Cloudflare's encoding: a key byte, then each UTF-8 byte XORed with it. */
function encode(address: string, key: number): string {
  const bytes = [key, ...new TextEncoder().encode(address).map((byte) => byte ^ key)];
  return bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('decodeCfEmail', () => {
  it('decodes a value encoded with any key', () => {
    expect(decodeCfEmail(encode('embassy@embaperu.us', 0x5a))).toBe('embassy@embaperu.us');
    expect(decodeCfEmail(encode('a.b@example.org', 0x00))).toBe('a.b@example.org');
  });

  it('decodes UTF-8', () => {
    expect(decodeCfEmail(encode('josé@correo.pe', 0xc3))).toBe('josé@correo.pe');
  });

  it('decodes a hand-checked value', () => {
    // key 0x10; "a" 0x61 ^ 0x10 = 0x71, "@" 0x40 ^ 0x10 = 0x50, "b" 0x62 ^ 0x10 = 0x72
    expect(decodeCfEmail('10715072')).toBe('a@b');
  });

  it.each(['', '1', '12', 'zz00', '123'])('rejects "%s"', (value) => {
    expect(() => decodeCfEmail(value)).toThrow(RangeError);
  });
});

describe('Cloudflare helpers for a DOM reader', () => {
  const hex = encode('info@example.org', 0x2f);

  it('reads an email-protection link', () => {
    expect(emailFromCloudflareHref(`/cdn-cgi/l/email-protection#${hex}`)).toBe('info@example.org');
    expect(emailFromCloudflareHref(`https://www.example.org/cdn-cgi/l/email-protection#${hex}`)).toBe('info@example.org');
    expect(emailFromCloudflareHref('/contact')).toBeUndefined();
  });

  it('writes protected addresses out in an HTML fragment', () => {
    const html =
      `<p>Email: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="${hex}">[email&#160;protected]</a></p>` +
      `<p><a href="/cdn-cgi/l/email-protection#${hex}"><span>[email&#160;protected]</span></a> and <b>bold</b></p>`;
    expect(decodeCloudflareEmails(html)).toBe('<p>Email: info@example.org</p><p>info@example.org and <b>bold</b></p>');
  });
});

describe('the [email protected] placeholder', () => {
  it.each(['[email protected]', '[email\u00a0protected]', 'Email: [email protected]', '[email&#160;protected]'])(
    'is recognized in "%s"',
    (text) => {
      expect(hasHiddenEmail(text)).toBe(true);
    },
  );

  it('never becomes an address', () => {
    expect(emailValue('[email protected]')).toEqual({ kind: 'hidden' });
    expect(emailValue('[email\u00a0protected]')).toEqual({ kind: 'hidden' });
  });
});
