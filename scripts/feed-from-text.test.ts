import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedDocumentSchema, feedItemSchema } from '@/utils/feed/schema';

const root = join(__dirname, '..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const fixtures = 'utils/import/fixtures';

function run(...files: string[]) {
  return spawnSync(process.execPath, [tsx, 'scripts/feed-from-text.ts', ...files], { cwd: root, encoding: 'utf8' });
}

describe('feed-from-text CLI', () => {
  it('prints a valid feed for the seed and exits 0', () => {
    const { status, stdout, stderr } = run(`${fixtures}/ua-106-23-peru.txt`);
    expect(status).toBe(0);
    const feed = JSON.parse(stdout) as { title: string; items: unknown[] };
    expect(feedDocumentSchema.safeParse(feed).success).toBe(true);
    expect(feed.title).toBe('Imported urgent actions');
    expect(feed.items).toHaveLength(1);
    expect(feedItemSchema.safeParse(feed.items[0]).success).toBe(true);
    expect(stdout).toBe(`${JSON.stringify(feed, null, 2)}\n`);
    expect(stderr).toContain('ua-106-23-peru.txt: note hidden-email:');
    // The evidence: each field with the line it was read from, and what the text does not state.
    expect(stderr).toContain('ua-106-23-peru.txt: found reference in "UA: Peru 106.23"');
    expect(stderr).toContain('ua-106-23-peru.txt: found targets.0.twitter in "Twitter: @AlbertoOtarolaP"');
    expect(stderr).toContain('ua-106-23-peru.txt: found ends_at in "This action ended on November 29, 2023"');
  }, 30_000);

  it('prints nothing and exits 1, naming the file, when a text is not an urgent action', () => {
    const { status, stdout, stderr } = run(`${fixtures}/ua-106-23-peru.txt`, `${fixtures}/not-ua-news-article.txt`);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not-ua-news-article\.txt: error not-an-urgent-action: .*does not look like an urgent action/);
  }, 30_000);

  it('exits 1 for a file it cannot read', () => {
    const { status, stdout, stderr } = run('no-such-file.txt');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('no-such-file.txt: cannot read the file');
  }, 30_000);
});
