import { describe, expect, it } from 'vitest';
import { paradePost, reporterPost, riverPost, wordpressRss } from '@/testing/rss-fixtures';
import { actionsFeed } from './actions-feed';
import { parseFeed } from './parse';
import { readXmlFeed } from './read-xml-feed';

describe('actionsFeed', () => {
  it('writes actions back as a feed that reads as the same actions', async () => {
    const site = 'https://group.example.org';
    const xml = wordpressRss(site, 'Local group', [
      { title: 'River guardians', guid: 'a', link: `${site}/river/`, pubDate: 'Tue, 02 Jun 2026 09:30:00 +0000', html: riverPost },
      { title: 'Parade', guid: 'b', link: `${site}/parade/`, pubDate: 'Mon, 01 Jun 2026 09:30:00 +0000', html: paradePost },
      { title: 'Reporter held', guid: 'c', link: `${site}/reporter/`, pubDate: 'Sun, 31 May 2026 09:30:00 +0000', html: reporterPost },
    ]);
    const read = await readXmlFeed(xml, {
      feedKey: 'shared',
      feedUrl: `${site}/feed/`,
      now: new Date('2026-06-03T00:00:00Z'),
      fetchPage: async () => ({ problem: 'no' }),
    });
    if (!read.ok) throw new Error(read.message);
    const document = actionsFeed({ title: 'Shared', organization: 'Our group' }, read.feed.actions);
    const again = parseFeed(JSON.parse(JSON.stringify(document)), 'shared');
    if (!again.ok) throw new Error(again.problems.join('\n'));
    expect(again.feed.skipped).toEqual([]);
    expect(again.feed.actions).toEqual(read.feed.actions.map(({ fromPage: _fromPage, ...action }) => action));
  });
});
