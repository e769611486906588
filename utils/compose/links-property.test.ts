/**
 * Property tests for every link builder (issue 11): whatever the mailbox,
 * subject, body or tweet, a link carries one recipient, adds no header, and
 * decodes back to exactly what was given.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anaProfile, bundledAction, prompt } from '@/testing/test-data';
import { isMailbox } from '@/utils/feed/mailbox';
import { emailApps } from '@/utils/db/records';
import { emailLink, gmailUrl, mailtoUrl, outlookUrl, tweetIntentUrl } from './links';
import { targetLinks } from './target-links';

/** Any mailbox the single-mailbox rule accepts, with every character it allows in the local part. */
const mailbox = fc
  .tuple(
    fc.stringMatching(/^[A-Za-z0-9._+'-]{1,30}$/),
    fc.array(fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/), { minLength: 1, maxLength: 3 }),
    fc.stringMatching(/^[A-Za-z]{2,6}$/),
  )
  .map(([local, labels, tld]) => `${local}@${[...labels, tld].join('.')}`);

/** Text rich in what could break a URL or a mail header. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\r',
      '\n',
      '\r\n',
      '%0D%0A',
      '%',
      '&',
      '=',
      '?',
      '#',
      '+',
      ' ',
      ',',
      ';',
      '@',
      'Bcc: x@evil.example',
      'é',
      '😀',
      '\u2028',
    ),
    fc.string({ unit: 'grapheme', maxLength: 3 }),
  ),
  maxLength: 60,
});

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');

/** RFC 6068: `mailto:` address, then `?` and `name=value` pairs joined by `&`. */
function readMailto(url: string) {
  expect(url.startsWith('mailto:')).toBe(true);
  const rest = url.slice('mailto:'.length);
  const question = rest.indexOf('?');
  const address = rest.slice(0, question);
  const pairs = rest
    .slice(question + 1)
    .split('&')
    .map((pair) => pair.split('='));
  return { address, pairs };
}

describe('mailto links', () => {
  it('have exactly one recipient, only subject and body, CRLF only inside the body, and decode back', () => {
    fc.assert(
      fc.property(mailbox, hostile, hostile, (to, subject, body) => {
        const url = mailtoUrl({ to, subject, body });
        const { address, pairs } = readMailto(url);
        expect(address).toBe(to);
        expect(address).not.toMatch(/[%,;?&\s]/);
        expect(pairs.map(([name]) => name)).toEqual(['subject', 'body']);
        for (const pair of pairs) expect(pair).toHaveLength(2);
        const [[, rawSubject = ''], [, rawBody = '']] = pairs as [[string, string], [string, string]];
        expect(rawSubject).not.toMatch(/%0[DA]/i);
        expect(url.slice(0, url.indexOf('&body='))).not.toMatch(/[\r\n]|%0[DA]/i);
        expect(rawBody).not.toMatch(/[\r\n]/);
        expect(decodeURIComponent(rawSubject)).toBe(oneLine(subject));
        expect(decodeURIComponent(rawBody)).toBe(crlf(body));
      }),
    );
  });

  it('are refused for anything that is not one plain mailbox', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostile,
          fc.tuple(mailbox, hostile, mailbox).map((parts) => parts.join('')),
        ),
        (to) => {
          fc.pre(!isMailbox(to));
          for (const build of [mailtoUrl, gmailUrl, outlookUrl]) expect(() => build({ to, subject: '', body: '' })).toThrow();
        },
      ),
    );
  });

  it('are refused for a mailbox with a % before the @, which mail apps decode into more recipients or headers', () => {
    fc.assert(
      fc.property(mailbox, fc.constantFrom('%40', '%2C', '%0D%0A', '%3F', '%'), fc.nat(), (to, escape, at) => {
        const local = to.slice(0, to.indexOf('@'));
        const cut = at % (local.length + 1);
        const crafted = `${local.slice(0, cut)}${escape}${to.slice(cut)}`;
        for (const build of [mailtoUrl, gmailUrl, outlookUrl]) expect(() => build({ to: crafted, subject: '', body: '' })).toThrow();
      }),
    );
  });
});

describe('webmail links', () => {
  it('decode back to one recipient, the subject on one line, and the body as written', () => {
    fc.assert(
      fc.property(mailbox, hostile, hostile, (to, subject, body) => {
        const gmail = new URL(gmailUrl({ to, subject, body }));
        expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
        expect([...gmail.searchParams]).toEqual([
          ['view', 'cm'],
          ['fs', '1'],
          ['to', to],
          ['su', oneLine(subject)],
          ['body', body],
        ]);
        const outlook = new URL(outlookUrl({ to, subject, body }));
        expect(outlook.origin + outlook.pathname).toBe('https://outlook.live.com/mail/0/deeplink/compose');
        expect([...outlook.searchParams]).toEqual([
          ['to', to],
          ['subject', oneLine(subject)],
          ['body', body],
        ]);
      }),
    );
  });

  it('are what emailLink gives for each app, never cut', () => {
    fc.assert(
      fc.property(fc.constantFrom(...emailApps), mailbox, hostile, hostile, (app, to, subject, body) => {
        const link = emailLink(app, { to, subject, body }, 'Paste');
        if (app === 'default') {
          expect(readMailto(link.url).address).toBe(to);
        } else {
          expect(link.needsPaste).toBe(false);
          expect(new URL(link.url).searchParams.get('body')).toBe(body);
        }
      }),
    );
  });
});

describe('tweet intents', () => {
  it('decode back to the tweet, whatever it holds', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const url = new URL(tweetIntentUrl(text));
        expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet');
        expect([...url.searchParams]).toEqual([['text', text]]);
      }),
    );
  });
});

describe('the links of one official', () => {
  const action = bundledAction('example-journalist');
  const shownTarget = action.targets[0]!;

  it("carry that official's mailbox alone, the letter and the tweet, decoded back", () => {
    fc.assert(
      fc.property(
        mailbox,
        fc.stringMatching(/^[A-Za-z0-9_]{1,15}$/),
        fc.constantFrom(...emailApps),
        hostile,
        hostile,
        (email, twitter, app, letter, tweet) => {
          const target = { ...shownTarget, id: 'other', email, twitter };
          const shown = { target: shownTarget, salutationOf: () => 'Dear Sir,', letter, tweet };
          const links = targetLinks(action, target, shown, anaProfile, app, prompt, 'Paste');
          const url = links.email?.url ?? '';
          if (app === 'default') {
            expect(readMailto(url).address).toBe(email);
          } else {
            const params = new URL(url).searchParams;
            expect(params.getAll('to')).toEqual([email]);
            expect(params.get('body')).toBe(links.letter);
          }
          expect(links.letter).toBe(letter);
          const expectedTweet = shownTarget.twitter ? tweet.replace(new RegExp(`@${shownTarget.twitter}\\b`, 'g'), `@${twitter}`) : tweet;
          expect(new URL(links.tweet ?? '').searchParams.get('text')).toBe(expectedTweet);
        },
      ),
    );
  });
});
