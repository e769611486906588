import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedDocumentSchema, feedItemSchema } from '@/utils/feed/schema';
import { feedFromTexts } from './feed-from-texts';

const fixture = (name: string) => ({ name, text: readFileSync(join(__dirname, 'fixtures', name), 'utf8') });

describe('feedFromTexts', () => {
  it('makes one valid feed with an item per text, and passes on the notes', () => {
    const result = feedFromTexts([fixture('ua-106-23-peru.txt'), fixture('ua-12-24-iran.txt')]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Imported urgent actions',
      _advocacy: { version: 1, organization: 'Imported' },
    });
    expect(feedDocumentSchema.safeParse(result.feed).success).toBe(true);
    expect(result.feed.items.map((item) => item.id)).toEqual(['ua-106-23-2', 'ua-12-24']);
    for (const item of result.feed.items) expect(feedItemSchema.safeParse(item).success).toBe(true);
    expect(result.notes.map(({ name }) => name)).toEqual(['ua-106-23-peru.txt', 'ua-12-24-iran.txt']);
    expect(result.evidence.map(({ name, item, evidence }) => [name, item, evidence.reference])).toEqual([
      ['ua-106-23-peru.txt', 0, 'UA: Peru 106.23'],
      ['ua-12-24-iran.txt', 1, 'Urgent Action: Iran (UA 12.24)'],
    ]);
  });

  it('fails as a whole, naming each text that gives no item', () => {
    const result = feedFromTexts([fixture('ua-106-23-peru.txt'), fixture('not-ua-recipe.txt'), fixture('ua-without-letter.txt')]);
    expect(result).toEqual({
      ok: false,
      failures: [
        { name: 'not-ua-recipe.txt', problems: [expect.objectContaining({ code: 'not-an-urgent-action' })] },
        { name: 'ua-without-letter.txt', problems: [expect.objectContaining({ code: 'no-letter' })] },
      ],
    });
  });

  it('refuses two texts that give the same item id', () => {
    const result = feedFromTexts([fixture('ua-106-23-peru.txt'), { ...fixture('ua-106-23-peru.txt'), name: 'copy.txt' }]);
    expect(result).toMatchObject({ ok: false, failures: [{ name: 'copy.txt', problems: [{ code: 'duplicate-id' }] }] });
  });
});
