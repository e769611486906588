import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = (file: string) =>
  promisify(execFile)('npx', ['tsx', 'scripts/feed-check.ts', file]).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

describe('npm run feed:check', () => {
  it('passes the bundled feed', async () => {
    expect(await run('public/feeds/default.feed.json')).toEqual({
      code: 0,
      stdout: 'public/feeds/default.feed.json: 0 errors, 0 warnings\n',
    });
  }, 30_000);

  it('fails a broken feed, printing each problem with its JSON path', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'feed-check-')), 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', _advocacy: { version: 1, organization: 'Org' }, items: [] }),
    );
    const { code, stdout } = await run(file);
    expect(code).toBe(1);
    expect(stdout).toBe(`error: title: is required\n${file}: 1 errors, 0 warnings\n`);
  }, 30_000);

  it('fails a feed whose tweet uses a private detail, naming it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'feed-check-')), 'private.json');
    const feed = JSON.parse(readFileSync('public/feeds/default.feed.json', 'utf8'));
    feed.items[0]._urgent_action.tweet = '{{target_twitter}} {{title}}, from {{email}}';
    writeFileSync(file, JSON.stringify(feed));
    const { code, stdout } = await run(file);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `error: items[0]._urgent_action.tweet: a tweet is public and may not use {{email}}: the extension uses the default tweet instead\n${file}: 1 errors, 0 warnings\n`,
    );
  }, 30_000);
});
