import { describe, expect, it } from 'vitest';
import { atomFeed, paradePost, riverPost, wordpressRss } from '@/testing/rss-fixtures';
import { parseFeedDate } from './feed-date';
import { parseXmlFeed, type XmlFeed } from './xml-feed';

const feedUrl = 'https://group.example.org/feed/';

function read(xml: string): XmlFeed {
  const result = parseXmlFeed(xml, feedUrl);
  if (!result.ok) throw new Error(result.message);
  return result.feed;
}

describe('parseXmlFeed: RSS 2.0', () => {
  it('reads a WordPress channel: namespaces, CDATA content, RFC 822 dates', () => {
    const feed = read(
      wordpressRss('https://group.example.org', 'Local group &amp; friends', [
        {
          title: 'River guardians',
          guid: 'https://group.example.org/?p=101',
          link: 'https://group.example.org/river/',
          pubDate: 'Tue, 02 Jun 2026 09:30:00 +0200',
          html: riverPost,
        },
        {
          title: 'Spring parade',
          guid: 'https://group.example.org/?p=99',
          link: 'https://group.example.org/parade/',
          pubDate: 'Sat, 30 May 2026 18:00:00 GMT',
          html: paradePost,
        },
      ]),
    );
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Local group & friends',
      homePageUrl: 'https://group.example.org/',
      language: 'en-US',
      skipped: [],
    });
    expect(feed.entries).toHaveLength(2);
    expect(feed.entries[0]).toMatchObject({
      id: 'https://group.example.org/?p=101',
      title: 'River guardians',
      link: 'https://group.example.org/river/',
      published: '2026-06-02T07:30:00.000Z',
      body: { kind: 'html', value: riverPost },
    });
    expect(feed.entries[1]?.published).toBe('2026-05-30T18:00:00.000Z');
  });

  it('decodes the predefined entities and numeric references, and resolves relative links', () => {
    const feed = read(`<rss version="2.0"><channel><title>A &lt;b&gt; &quot;c&quot; &apos;d&apos; &#233;&#x2019;</title><link>/</link>
      <item><title>One</title><link>posts/one.html</link><description>Only a summary</description></item></channel></rss>`);
    expect(feed.title).toBe('A <b> "c" \'d\' é’');
    expect(feed.homePageUrl).toBe('https://group.example.org/');
    expect(feed.entries[0]).toMatchObject({
      id: 'https://group.example.org/feed/posts/one.html',
      link: 'https://group.example.org/feed/posts/one.html',
      summary: { value: 'Only a summary' },
    });
    expect(feed.entries[0]?.body).toBeUndefined();
  });

  it('reads content:encoded under any prefix the feed declares', () => {
    const feed = read(`<rss version="2.0" xmlns:c="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
      <item><guid>a</guid><c:encoded>&lt;p&gt;Hello&lt;/p&gt;</c:encoded><content:encoded xmlns:content="urn:other">not this</content:encoded></item></channel></rss>`);
    expect(feed.entries[0]?.body).toEqual({ kind: 'html', value: '<p>Hello</p>' });
  });

  it('keeps the first entry of a repeated guid and skips the rest, and entries without any id', () => {
    const feed = read(`<rss version="2.0"><channel><title>T</title>
      <item><title>First</title><guid>same</guid></item>
      <item><title>Again</title><guid>same</guid></item>
      <item><title>Nameless</title></item></channel></rss>`);
    expect(feed.entries.map((entry) => entry.title)).toEqual(['First']);
    expect(feed.skipped).toEqual([
      { id: 'same', reasons: ['entry 2: repeats the id "same" of an earlier entry'] },
      { reasons: ['entry 3 ("Nameless"): has no id and no link'] },
    ]);
  });

  it('drops links that are not http(s)', () => {
    const feed = read(
      '<rss version="2.0"><channel><title>T</title><item><guid>g</guid><link>javascript:alert(1)</link></item></channel></rss>',
    );
    expect(feed.entries[0]?.link).toBeUndefined();
  });
});

describe('parseXmlFeed: Atom', () => {
  it('reads entries: html content, xml:base links, RFC 3339 dates, xml:lang', () => {
    const feed = read(
      atomFeed('https://group.example.org/actions', 'Actions &amp; news', [
        {
          title: 'River <em>guardians</em>',
          id: 'tag:example.org,2026:1',
          href: 'river.html',
          updated: '2026-06-02T09:30:00+02:00',
          html: riverPost,
        },
      ]),
    );
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Actions & news',
      homePageUrl: 'https://group.example.org/actions/',
      language: 'en',
    });
    expect(feed.entries[0]).toMatchObject({
      id: 'tag:example.org,2026:1',
      title: 'River guardians',
      link: 'https://group.example.org/actions/river.html',
      updated: '2026-06-02T07:30:00.000Z',
      body: { kind: 'html', value: riverPost },
    });
  });

  it('reads xhtml and text content, under a prefixed Atom namespace', () => {
    const feed = read(`<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>T</a:title>
      <a:entry><a:id>x</a:id><a:title>X</a:title><a:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; <b>two</b></p></div></a:content></a:entry>
      <a:entry><a:id>y</a:id><a:title>Y</a:title><a:content><![CDATA[plain <text>]]></a:content></a:entry></a:feed>`);
    expect(feed.entries[0]?.body).toEqual({ kind: 'html', value: '<p>One &amp; <b>two</b></p>' });
    expect(feed.entries[1]?.body).toEqual({ kind: 'text', value: 'plain <text>' });
  });

  it('ignores an element of the right name in another namespace', () => {
    const feed = read('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry xmlns="urn:not-atom"><id>z</id></entry></feed>');
    expect(feed.entries).toEqual([]);
  });
});

describe('parseXmlFeed: hostile or broken documents', () => {
  const problem = (xml: string) => {
    const result = parseXmlFeed(xml, feedUrl);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.message;
  };

  it('refuses entity declarations instead of expanding them (billion laughs, external entities)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title></channel></rss>`;
    expect(problem(laughs)).toBe('The feed declares its own XML entities, which are not read for safety');
    const external = `<!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]><rss><channel><title>&secret;</title></channel></rss>`;
    expect(problem(external)).toMatch(/declares its own XML entities/);
  });

  it('never expands an entity it does not know, even one a DTD elsewhere would define', () => {
    expect(problem('<!DOCTYPE rss SYSTEM "https://evil.example/rss.dtd"><rss><channel><title>&nbsp;</title></channel></rss>')).toMatch(
      /^The feed is not well-formed XML: .*nbsp/,
    );
  });

  it('names a truncated document', () => {
    const whole = wordpressRss('https://group.example.org', 'T', [
      { title: 'A', guid: 'a', link: 'https://group.example.org/a', pubDate: 'Tue, 02 Jun 2026 09:30:00 GMT', html: riverPost },
    ]);
    expect(problem(whole.slice(0, whole.length / 2))).toMatch(/^The feed is not well-formed XML: /);
  });

  it('names HTML served as XML, and other roots', () => {
    expect(problem('<!doctype html><html><body><p>Hello<br></p></body></html>')).toMatch(/^The feed is not well-formed XML/);
    expect(problem('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toBe(
      'The document is <html>, not an RSS 2.0 or Atom feed',
    );
    expect(problem('<rss version="2.0"></rss>')).toBe('The RSS feed has no channel');
  });

  it('reads a feed of 500 entries in linear time, not seconds', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({
      title: `Post ${i}`,
      guid: `g${i}`,
      link: `https://group.example.org/p/${i}`,
      pubDate: 'Tue, 02 Jun 2026 09:30:00 GMT',
      html: paradePost,
    }));
    const started = performance.now();
    expect(read(wordpressRss('https://group.example.org', 'T', items)).entries).toHaveLength(500);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 02 Jun 2026 09:30:00 +0200', '2026-06-02T07:30:00.000Z'],
    ['2 Jun 2026 09:30 GMT', '2026-06-02T09:30:00.000Z'],
    ['Tue, 02 Jun 26 09:30:00 EST', '2026-06-02T14:30:00.000Z'],
    ['Tue, 2 June 2026 09:30:00 -0330', '2026-06-02T13:00:00.000Z'],
    ['2026-06-02T09:30:00Z', '2026-06-02T09:30:00.000Z'],
    ['2026-06-02T09:30:00.123-05:00', '2026-06-02T14:30:00.000Z'],
    ['2026-06-02', '2026-06-02T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it.each(['yesterday', 'Tue, 02 Foo 2026 09:30:00 GMT', '2026-13-02T00:00:00Z', 'Tue, 02 Jun 2026 09:30:00 XYZ'])(
    'does not guess %s',
    (text) => {
      expect(parseFeedDate(text)).toBeUndefined();
    },
  );
});
