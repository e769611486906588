import { describe, expect, it } from 'vitest';
import { discoverFeedUrl } from './discover-feed';

const page = 'https://example.org/campaigns/urgent/';

describe('discoverFeedUrl', () => {
  it.each([
    ['<link rel="alternate" type="application/feed+json" href="/feed.json">', 'https://example.org/feed.json'],
    ["<LINK HREF='feed.json' TYPE='Application/Feed+JSON' REL='alternate'/>", 'https://example.org/campaigns/urgent/feed.json'],
    ['<link rel=alternate type=application/feed+json href=https://feeds.example.net/ua.json>', 'https://feeds.example.net/ua.json'],
    [
      '<link\n  rel="home alternate"\n  type="application/feed+json; charset=utf-8"\n  href="../all.json">',
      'https://example.org/campaigns/all.json',
    ],
    [
      '<link title="Actions > all" rel="alternate" type="application/feed+json" href="/a.json?x=1&amp;y=2">',
      'https://example.org/a.json?x=1&y=2',
    ],
    ['<link rel="alternate" type="application/feed+json" href="  //cdn.example.org/f.json  ">', 'https://cdn.example.org/f.json'],
  ])('finds %s', (html, expected) => {
    expect(discoverFeedUrl(`<html><head>${html}</head></html>`, page)).toBe(expected);
  });

  it('takes the first feed link, after other alternates', () => {
    const html = `
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">
      <link rel="alternate" type="application/json" href="/data.json">
      <link rel="alternate" type="application/feed+json" href="/first.json">
      <link rel="alternate" type="application/feed+json" href="/second.json">`;
    expect(discoverFeedUrl(html, page)).toBe('https://example.org/first.json');
  });

  it('finds an RSS or Atom feed when the page names no JSON feed', () => {
    expect(
      discoverFeedUrl(
        '<link rel="alternate" type="application/rss+xml" title="Group &raquo; Feed" href="https://example.org/feed/">',
        page,
      ),
    ).toBe('https://example.org/feed/');
    expect(
      discoverFeedUrl(
        '<link rel="alternate" type="application/atom+xml" href="atom.xml"><link rel="alternate" type="application/rss+xml" href="/rss">',
        page,
      ),
    ).toBe('https://example.org/campaigns/urgent/atom.xml');
  });

  it('resolves against <base href>', () => {
    const html = '<base href="https://static.example.org/site/"><link rel="alternate" type="application/feed+json" href="feed.json">';
    expect(discoverFeedUrl(html, page)).toBe('https://static.example.org/site/feed.json');
  });

  it.each([
    ['no link', '<html><head><title>Hi</title></head></html>'],
    ['another relation', '<link rel="stylesheet" type="application/feed+json" href="/x.json">'],
    ['plain JSON', '<link rel="alternate" type="application/json" href="/x.json">'],
    ['no href', '<link rel="alternate" type="application/feed+json">'],
    ['a commented-out link', '<!-- <link rel="alternate" type="application/feed+json" href="/x.json"> -->'],
    ['a link in a script', '<script>document.write(\'<link rel="alternate" type="application/feed+json" href="/x.json">\')</script>'],
    ['a data attribute', '<link rel="alternate" data-type="application/feed+json" href="/x.json">'],
    ["a link inside another tag's attribute", '<meta content=\'<link rel="alternate" type="application/feed+json" href="/x.json">\'>'],
    ['a link in a title', '<title><link rel="alternate" type="application/feed+json" href="/x.json"></title>'],
    ['a tag the page never closes', '<link rel="alternate" type="application/feed+json" href="/x.json'],
  ])('finds nothing with %s', (_case, html) => {
    expect(discoverFeedUrl(html, page)).toBeUndefined();
  });

  it.each([
    ['unbalanced quotes', '<link a="'],
    ['unclosed tags', '<link rel=alternate '],
    ['unclosed comments', '<!--'],
    ['unclosed scripts', '<script>'],
  ])('reads a 2 MB page full of %s in linear time', (_case, piece) => {
    const html = `<p>${piece.repeat(Math.ceil(2_000_000 / piece.length))}`;
    const started = performance.now();
    expect(discoverFeedUrl(html, page)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('finds a feed after a page of ordinary markup', () => {
    const html = `${'<div class="card"><a href="/x">x</a></div>\n'.repeat(20_000)}<link rel="alternate" type="application/feed+json" href="/late.json">`;
    expect(discoverFeedUrl(html, page)).toBe('https://example.org/late.json');
  });
});
