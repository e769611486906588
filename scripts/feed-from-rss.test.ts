import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { paradePost, reporterPost, riverPost, wordpressRss } from '@/testing/rss-fixtures';

const tsx = (...args: string[]) =>
  promisify(execFile)('npx', ['tsx', ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

describe('npm run feed:from-rss', () => {
  it('prints the JSON Feed made from an RSS file, which feed:check passes, with notes on skipped entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-from-rss-'));
    const site = 'https://group.example.org';
    writeFileSync(
      join(dir, 'feed.xml'),
      wordpressRss(site, 'Local group', [
        {
          title: 'River guardians threatened',
          guid: 'a',
          link: `${site}/river/`,
          pubDate: 'Tue, 02 Jun 2026 09:30:00 +0000',
          html: riverPost,
        },
        { title: 'Spring parade', guid: 'b', link: `${site}/parade/`, pubDate: 'Mon, 01 Jun 2026 09:30:00 +0000', html: paradePost },
        { title: 'Reporter held', guid: 'c', link: `${site}/reporter/`, pubDate: 'Sun, 31 May 2026 09:30:00 +0000', html: reporterPost },
      ]),
    );
    const made = await tsx('scripts/feed-from-rss.ts', join(dir, 'feed.xml'));
    expect(made.code).toBe(0);
    const feed = JSON.parse(made.stdout) as { title: string; items: { id: string; url: string }[] };
    expect(feed.title).toBe('Local group');
    expect(feed.items.map((item) => [item.id, item.url])).toEqual([
      ['ua-31-26', `${site}/river/`],
      ['ua-44-26', `${site}/reporter/`],
    ]);
    expect(made.stderr).toMatch(/^b: skipped: This does not look like an urgent action/m);
    expect(made.stderr).toContain('2 read as urgent actions, 1 skipped');

    writeFileSync(join(dir, 'feed.json'), made.stdout);
    expect(await tsx('scripts/feed-check.ts', join(dir, 'feed.json'))).toMatchObject({
      code: 0,
      stdout: `${join(dir, 'feed.json')}: 0 errors, 0 warnings\n`,
    });
  }, 60_000);

  it('names the problem of a file that is not a feed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-from-rss-'));
    writeFileSync(join(dir, 'page.xml'), '<rss><channel><title>cut');
    const made = await tsx('scripts/feed-from-rss.ts', join(dir, 'page.xml'));
    expect(made).toMatchObject({ code: 1, stdout: '' });
    expect(made.stderr).toMatch(/page\.xml: The feed is not well-formed XML/);
  }, 60_000);
});
