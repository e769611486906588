import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailLink, gmailUrl, mailtoUrl, maxMailtoLength, outlookUrl, telUrl, tweetIntentUrl } from './links';

/** Reads a mailto URL back as RFC 6068 defines it. */
function decodeMailto(url: string) {
  const [address, query = ''] = url.slice('mailto:'.length).split('?');
  const fields = new Map(
    query.split('&').map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return [name, decodeURIComponent(value)] as const;
    }),
  );
  return { address, fields };
}

const mailbox = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/),
    fc.stringMatching(/^[a-z0-9]{1,10}$/),
    fc.constantFrom('org', 'pe', 'example', 'co'),
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

const text = fc.string({ unit: 'grapheme', maxLength: 400 });

describe('mailtoUrl', () => {
  it('encodes UTF-8 with %20 and CRLF line breaks', () => {
    const url = mailtoUrl({ to: 'embajada@example.org', subject: 'Otárola Peñaranda', body: 'Línea 1\nLínea 2' });
    expect(url).toBe('mailto:embajada@example.org?subject=Ot%C3%A1rola%20Pe%C3%B1aranda&body=L%C3%ADnea%201%0D%0AL%C3%ADnea%202');
  });

  it('gives back exactly the subject (on one line) and body, and never adds a header', () => {
    fc.assert(
      fc.property(mailbox, text, text, (to, subject, body) => {
        const { address, fields } = decodeMailto(mailtoUrl({ to, subject, body }));
        expect(address).toBe(to);
        expect([...fields.keys()]).toEqual(['subject', 'body']);
        expect(fields.get('subject')).toBe(subject.replace(/\s*[\r\n]+\s*/g, ' ').trim());
        expect(fields.get('body')).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
      }),
    );
  });

  it('refuses anything but one plain mailbox', () => {
    for (const to of [
      'a@b.org?cc=c@d.org',
      'a@b.org,c@d.org',
      'a b@c.org',
      'a@b.org\r\nBcc: x@y.org',
      'nobody',
      'minister%40gov.pe%2Cspy@evil.org',
      'a%0D%0ABcc%3Ax@y.org',
    ]) {
      expect(() => mailtoUrl({ to, subject: '', body: '' })).toThrow();
    }
  });
});

describe('emailLink', () => {
  it('never opens a mailto link over the limit: the letter goes by clipboard', () => {
    fc.assert(
      fc.property(mailbox, text, fc.string({ unit: 'grapheme', minLength: 0, maxLength: 3000 }), (to, subject, body) => {
        const link = emailLink('default', { to, subject, body }, '[Paste the letter here]');
        expect(link.url.length).toBeLessThanOrEqual(maxMailtoLength);
        expect(link.needsPaste).toBe(mailtoUrl({ to, subject, body }).length > maxMailtoLength);
      }),
    );
  });

  it('carries a long Cyrillic letter whole in webmail, and in mailto only as a paste request', () => {
    const body = 'Уважаемый Генеральный прокурор, '.repeat(60);
    const message = { to: 'office@example.org', subject: 'Освободите', body };
    expect(emailLink('default', message, 'Paste').needsPaste).toBe(true);
    const gmail = new URL(emailLink('gmail', message, 'Paste').url);
    expect(gmail.searchParams.get('body')).toBe(body);
    expect(gmail.searchParams.get('su')).toBe('Освободите');
  });
});

describe('webmail, tweet and call links', () => {
  const message = { to: 'embajada@example.org', subject: 'Otárola\nPeñaranda', body: 'Hola & adiós\n¿sí?' };

  it('builds Gmail and Outlook.com compose links', () => {
    const gmail = new URL(gmailUrl(message));
    expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
    expect(Object.fromEntries(gmail.searchParams)).toEqual({
      view: 'cm',
      fs: '1',
      to: message.to,
      su: 'Otárola Peñaranda',
      body: message.body,
    });
    const outlook = new URL(outlookUrl(message));
    expect(outlook.origin + outlook.pathname).toBe('https://outlook.live.com/mail/0/deeplink/compose');
    expect(Object.fromEntries(outlook.searchParams)).toEqual({ to: message.to, subject: 'Otárola Peñaranda', body: message.body });
    expect(gmail.search).not.toContain('+');
    expect(outlook.search).toContain('Ot%C3%A1rola%20Pe%C3%B1aranda');
  });

  it('builds an x.com intent whose text decodes exactly', () => {
    fc.assert(
      fc.property(text, (tweet) => {
        expect(new URL(tweetIntentUrl(tweet)).searchParams.get('text')).toBe(tweet);
      }),
    );
  });

  it('dials the digits, keeping the country code', () => {
    expect(telUrl('+1 202-833-9860')).toBe('tel:+12028339860');
    expect(telUrl('(202) 833.9860')).toBe('tel:2028339860');
  });
});
