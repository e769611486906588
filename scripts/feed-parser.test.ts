// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedParserPath, feedParserText } from './feed-parser';

describe('utils/feed/feed-item-parser.ts', () => {
  it('is up to date with the zod schema (run npm run -s feed:parser)', async () => {
    expect(readFileSync(feedParserPath, 'utf8')).toBe(await feedParserText());
  });
});
