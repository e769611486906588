/**
 * `npm run feed:check -- <file-or-url>`: validates a feed as the extension
 * does and prints every problem with its JSON path. Exit status 1 on errors.
 */
import { readFile } from 'node:fs/promises';
import { checkFeed } from '../utils/feed/check-feed';
import { fetchFeed } from '../utils/feed/fetch-feed';
import { loadTweetCounter } from '../utils/compose/tweet-length';

async function load(source: string): Promise<unknown> {
  if (!/^https?:\/\//.test(source)) return JSON.parse((await readFile(source, 'utf8')).replace(/^\uFEFF/, ''));
  const result = await fetchFeed(source);
  if (result.kind !== 'ok') throw new Error(result.kind === 'error' ? result.problem.message : 'no content');
  return result.document;
}

const [source] = process.argv.slice(2);
if (!source) {
  console.error('usage: npm run feed:check -- <feed.json | https://…/feed.json>');
  process.exit(2);
}
try {
  const findings = checkFeed(await load(source), await loadTweetCounter());
  for (const finding of findings)
    console.log(`${finding.level}: ${finding.message.startsWith(finding.path) ? finding.message : `${finding.path}: ${finding.message}`}`);
  const errors = findings.filter((finding) => finding.level === 'error').length;
  console.log(`${source}: ${errors} errors, ${findings.length - errors} warnings`);
  process.exit(errors > 0 ? 1 : 0);
} catch (error) {
  console.error(`${source}: ${(error as Error).message}`);
  process.exit(1);
}
