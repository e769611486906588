/**
 * The door to read-xml-feed.ts for the background's follow and refresh paths:
 * import() keeps the XML parser and the importer out of every page's bundle.
 */
import type { FeedRecord } from '@/utils/db/records';
import { fetchDocument } from './fetch-feed';
import type { FetchPage, ReadXmlResult } from './read-xml-feed';

/** A linked page, with the same https, size and time limits as feeds. */
const fetchPage: FetchPage = async (url) => {
  const result = await fetchDocument(url);
  if (result.kind === 'page') return { html: result.html };
  if (result.kind === 'error') return { problem: result.problem.message };
  return { problem: 'The link leads to a feed, not to a page' };
};

export async function readXmlDocument(
  xml: string,
  feed: { key: string; url: string; previous?: FeedRecord; now: Date },
): Promise<ReadXmlResult> {
  const { readXmlFeed } = await import('./read-xml-feed');
  return readXmlFeed(xml, { feedKey: feed.key, feedUrl: feed.url, previous: feed.previous, now: feed.now, fetchPage });
}
