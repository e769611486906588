/**
 * Prints the JSON Feed the extension would make from an RSS or Atom feed:
 *   npm run -s feed:from-rss -- https://example.org/feed/   (or a saved file)
 * Entries read through the importer; notes on skipped entries go to stderr.
 * Linked pages are fetched as the extension does (https, size and time limits),
 * all of them here rather than a few per refresh.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { actionsFeed } from '@/utils/feed/actions-feed';
import { fetchDocument, fetchFeedFollowingPage } from '@/utils/feed/fetch-feed';
import { readXmlFeed, type FetchPage } from '@/utils/feed/read-xml-feed';

const fetchPage: FetchPage = async (url) => {
  const result = await fetchDocument(url);
  if (result.kind === 'page') return { html: result.html };
  return { problem: result.kind === 'error' ? result.problem.message : 'The link leads to a feed, not to a page' };
};

async function load(source: string): Promise<{ xml: string; url: string } | { problem: string }> {
  if (/^https?:\/\//i.test(source)) {
    const result = await fetchFeedFollowingPage(source);
    if (result.kind === 'xml') return { xml: result.text, url: result.finalUrl };
    if (result.kind === 'error') return { problem: result.problem.message };
    return { problem: 'This address gives a JSON Feed already, not RSS or Atom' };
  }
  try {
    return { xml: readFileSync(source, 'utf8'), url: pathToFileURL(source).href };
  } catch (error) {
    return { problem: `Cannot read the file: ${(error as Error).message}` };
  }
}

async function main(args: readonly string[], now = new Date()): Promise<number> {
  const [source] = args;
  if (!source || args.length > 1) {
    process.stderr.write('usage: npm run -s feed:from-rss -- <feed address or file>\n');
    return 1;
  }
  const loaded = await load(source);
  if ('problem' in loaded) {
    process.stderr.write(`${source}: ${loaded.problem}\n`);
    return 1;
  }
  const result = await readXmlFeed(loaded.xml, { feedKey: loaded.url, feedUrl: loaded.url, now, fetchPage, maxPages: Infinity });
  if (!result.ok) {
    process.stderr.write(`${source}: ${result.message}\n`);
    return 1;
  }
  const { feed } = result;
  for (const { id, reasons } of feed.skipped) {
    for (const reason of reasons) process.stderr.write(`${id ?? '(entry)'}: skipped: ${reason}\n`);
  }
  process.stderr.write(`${feed.actions.length} read as urgent actions, ${feed.skipped.length} skipped\n`);
  const document = actionsFeed(
    { title: feed.title, organization: feed.organization, homePageUrl: feed.homePageUrl, language: feed.language },
    feed.actions,
  );
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
