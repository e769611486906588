import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '@/utils/db/records';
import {
  atomFeed,
  landPost,
  paradePost,
  reporterPost,
  riverPost,
  sitePage,
  teacherPost,
  wordpressRss,
  type RssItem,
} from '@/testing/rss-fixtures';
import { applyParsedFeed } from './feed-update';
import { type FetchPage, readXmlFeed } from './read-xml-feed';

const site = 'https://group.example.org';
const feedUrl = `${site}/feed/`;
const now = new Date('2026-06-03T12:00:00Z');

const items: RssItem[] = [
  {
    title: 'River guardians threatened',
    guid: `${site}/?p=101`,
    link: `${site}/river/`,
    pubDate: 'Tue, 02 Jun 2026 09:30:00 +0000',
    html: riverPost,
  },
  { title: 'Spring parade', guid: `${site}/?p=100`, link: `${site}/parade/`, pubDate: 'Mon, 01 Jun 2026 09:30:00 +0000', html: paradePost },
  {
    title: 'Reporter held',
    guid: `${site}/?p=99`,
    link: `${site}/reporter/`,
    pubDate: 'Sun, 31 May 2026 09:30:00 +0000',
    html: reporterPost,
  },
];

/** Pages served from memory, counting each fetch. */
function pages(byUrl: Record<string, string>) {
  const fetched: string[] = [];
  const fetchPage: FetchPage = async (url) => {
    fetched.push(url);
    const html = byUrl[url];
    return html === undefined ? { problem: 'There is no feed at this address' } : { html };
  };
  return { fetched, fetchPage };
}

const noPages: FetchPage = async (url) => {
  throw new Error(`unexpected fetch of ${url}`);
};

async function readInto(
  xml: string,
  previous: FeedRecord | undefined,
  fetchPage: FetchPage = noPages,
  maxPages?: number,
): Promise<FeedRecord> {
  const result = await readXmlFeed(xml, { feedKey: feedUrl, feedUrl, previous, now, fetchPage, maxPages });
  if (!result.ok) throw new Error(result.message);
  return applyParsedFeed(previous, result.feed, { key: feedUrl, url: feedUrl, now });
}

describe('readXmlFeed', () => {
  it("makes actions of the entries that read as urgent actions and skips the rest with the importer's reasons", async () => {
    const feed = await readInto(wordpressRss(site, 'Local group', items), undefined);
    expect(feed.actions.map((action) => [action.reference, action.title, action.url, action.fromPage])).toEqual([
      ['UA 31.26', 'River guardians threatened', `${site}/river/`, true],
      ['UA 44.26', 'Reporter held', `${site}/reporter/`, true],
    ]);
    expect(feed.actions[0]).toMatchObject({
      feedKey: feedUrl,
      country: 'PE',
      endsAt: '2099-06-30',
      language: 'en-US',
      datePublished: '2026-06-02T09:30:00.000Z',
    });
    expect(feed.actions[0]!.targets[0]).toMatchObject({ name: 'Minister Ana Castillo Ruiz', email: 'despacho@interior.example.pe' });
    // The address was only in a mailto: link.
    expect(feed.actions[1]!.targets[0]).toMatchObject({ email: 'secretary@justice.example.ph' });
    expect(feed.skipped).toEqual([{ id: `${site}/?p=100`, reasons: [expect.stringMatching(/^This does not look like an urgent action/)] }]);
    expect(feed.entries).toHaveLength(3);
  });

  it('never reads an unchanged entry again, and reads a changed one', async () => {
    const first = await readInto(wordpressRss(site, 'Local group', items), undefined);
    // Same ids and dates but other content: a cached entry is not parsed again.
    const unchanged = items.map((item) => ({ ...item, html: paradePost }));
    const second = await readInto(wordpressRss(site, 'Local group', unchanged), first);
    expect(second.actions).toEqual(first.actions);
    expect(second.skipped).toEqual(first.skipped);

    const edited = [{ ...items[0]!, pubDate: 'Wed, 03 Jun 2026 08:00:00 +0000', html: paradePost }, ...items.slice(1)];
    const third = await readInto(wordpressRss(site, 'Local group', edited), second);
    expect(third.actions.map((action) => action.reference)).toEqual(['UA 44.26']);
    expect(third.skipped.map((skip) => skip.id)).toEqual([`${site}/?p=101`, `${site}/?p=100`]);
  });

  it('drops the actions of entries gone from the feed', async () => {
    const first = await readInto(wordpressRss(site, 'Local group', items), undefined);
    const second = await readInto(wordpressRss(site, 'Local group', items.slice(1)), first);
    expect(second.actions.map((action) => action.reference)).toEqual(['UA 44.26']);
    expect(second.entries?.map((entry) => entry.id)).toEqual([`${site}/?p=100`, `${site}/?p=99`]);
  });

  it('reads entries without content from their pages, a few per refresh, one at a time, never twice', async () => {
    const linkOnly = [
      { title: 'Teachers detained', id: 'tag:group,2026:teachers', href: `${site}/teachers/`, updated: '2026-06-02T09:00:00Z' },
      { title: 'Land defenders', id: 'tag:group,2026:land', href: `${site}/land/`, updated: '2026-06-01T09:00:00Z' },
      { title: 'Parade', id: 'tag:group,2026:parade', href: `${site}/parade/`, updated: '2026-05-30T09:00:00Z' },
    ];
    const server = pages({
      [`${site}/teachers/`]: sitePage('Teachers detained', teacherPost),
      [`${site}/land/`]: sitePage('Land defenders', landPost),
      [`${site}/parade/`]: sitePage('Parade', paradePost),
    });
    const xml = atomFeed(site, 'Local group', linkOnly);
    const first = await readInto(xml, undefined, server.fetchPage, 2);
    expect(server.fetched).toEqual([`${site}/teachers/`, `${site}/land/`]);
    expect(first.actions.map((action) => [action.reference, action.title, action.url])).toEqual([
      ['UA 12.26', 'Teachers detained', `${site}/teachers/`],
      ['UA 20.26', 'Land defenders', `${site}/land/`],
    ]);
    expect(first.skipped).toEqual([{ id: 'tag:group,2026:parade', reasons: ['Not read yet: its page is fetched at a later refresh'] }]);

    const second = await readInto(xml, first, server.fetchPage, 2);
    expect(server.fetched).toHaveLength(3);
    expect(server.fetched[2]).toBe(`${site}/parade/`);
    expect(second.actions).toEqual(first.actions);
    expect(second.skipped).toEqual([
      { id: 'tag:group,2026:parade', reasons: [expect.stringMatching(/^This does not look like an urgent action/)] },
    ]);

    await readInto(xml, second, server.fetchPage, 2);
    expect(server.fetched).toHaveLength(3);
  });

  it("keeps the last good reading when a changed entry's page cannot be fetched", async () => {
    const xml = (updated: string) =>
      atomFeed(site, 'Local group', [{ title: 'Teachers', id: 'tag:t', href: `${site}/teachers/`, updated }]);
    const first = await readInto(
      xml('2026-06-01T00:00:00Z'),
      undefined,
      pages({ [`${site}/teachers/`]: sitePage('Teachers', teacherPost) }).fetchPage,
    );
    const down = pages({});
    const second = await readInto(xml('2026-06-02T00:00:00Z'), first, down.fetchPage);
    expect(down.fetched).toHaveLength(1);
    expect(second.actions).toEqual(first.actions);
    // Still the old version: the page is asked for again next time.
    expect(second.entries).toEqual(first.entries);
  });

  it('skips a later entry that reads as the same action', async () => {
    const twice = [items[0]!, { ...items[0]!, guid: `${site}/?p=102`, title: 'River guardians (repost)' }];
    const feed = await readInto(wordpressRss(site, 'Local group', twice), undefined);
    expect(feed.actions).toHaveLength(1);
    expect(feed.skipped).toEqual([
      { id: `${site}/?p=102`, reasons: [`Reads as the same urgent action (ua-31-26) as the entry "${site}/?p=101"`] },
    ]);
  });

  it('gives the XML problem for a broken document', async () => {
    const result = await readXmlFeed('<rss><channel><title>cut', { feedKey: feedUrl, feedUrl, now, fetchPage: noPages });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^The feed is not well-formed XML/) });
  });
});
