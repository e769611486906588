import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import example from '../../public/feeds/default.feed.json';
import { feedItemParserDigest, feedItemParserFactory } from './feed-item-parser';
import { withPrecompiledParser } from './precompiled';
import { feedItemSchema } from './schema';
import { badItems, caseItem, type Json, privateTweetPlaceholders } from '@/testing/hostile-feeds';

const compiled = withPrecompiledParser(feedItemSchema, feedItemParserFactory, feedItemParserDigest);
const seedItems = () => structuredClone(example.items) as Json[];
const emoji = (count: number) => '😀'.repeat(count);

/** Items around every rule's edges: each is read by the compiled parser and by zod's interpreter. */
const trickyItems: [string, unknown][] = [
  ...seedItems().map((item): [string, unknown] => [`the bundled item ${String(item.id)}`, item]),
  ...badItems.map(([name, change]): [string, unknown] => {
    const item = seedItems()[1] as Json;
    change(item);
    return [name, item];
  }),
  ...privateTweetPlaceholders.map((name): [string, unknown] => [
    `a tweet using {{${name}}}`,
    caseItem('t', 'Title', (item) => (item._urgent_action.tweet = `{{${name}}} hello`)),
  ]),
  ['a title with spaces around it', caseItem('a', '  Spaced title  ')],
  ['a title of spaces only', caseItem('a', '   ')],
  ['a title of 300 emoji (600 UTF-16 units)', caseItem('a', emoji(300))],
  ['a title of 301 emoji', caseItem('a', emoji(301))],
  ['a reference of 40 emoji', caseItem('a', 'T', (item) => (item._urgent_action.reference = emoji(40)))],
  [
    'unknown keys at every level',
    caseItem('a', 'T', (item) => {
      item.extra = { nested: [1, 2] };
      item._urgent_action.extra = 'x';
      item._urgent_action.targets[0].extra = null;
      item._urgent_action.letter.extra = true;
    }),
  ],
  ['an own __proto__ key', Object.assign(JSON.parse('{"__proto__": {"polluted": true}}') as Json, caseItem('a', 'T'))],
  ['an optional key present but undefined', caseItem('a', 'T', (item) => (item.summary = undefined))],
  ['ends_at as a date-time with offset', caseItem('a', 'T', (item) => (item._urgent_action.ends_at = '2099-03-03T12:00:00+02:00'))],
  ['ends_at without an offset', caseItem('a', 'T', (item) => (item._urgent_action.ends_at = '2099-03-03T12:00:00'))],
  ['ends_at on 30 February', caseItem('a', 'T', (item) => (item._urgent_action.ends_at = '2099-02-30'))],
  ['date_published with fractions', caseItem('a', 'T', (item) => (item.date_published = '2027-03-03T12:00:00.123Z'))],
  ['sequence 0', caseItem('a', 'T', (item) => (item._urgent_action.sequence = 0))],
  ['sequence 1.5', caseItem('a', 'T', (item) => (item._urgent_action.sequence = 1.5))],
  ['status ended', caseItem('a', 'T', (item) => (item._urgent_action.status = 'ended'))],
  ['status paused', caseItem('a', 'T', (item) => (item._urgent_action.status = 'paused'))],
  ['no targets', caseItem('a', 'T', (item) => (item._urgent_action.targets = []))],
  ['two targets with one id', caseItem('a', 'T', (item) => item._urgent_action.targets.push({ id: 'minister', name: 'Other' }))],
  [
    '51 targets',
    caseItem('a', 'T', (item) => {
      item._urgent_action.targets = Array.from({ length: 51 }, (_, index) => ({ id: `t${index}`, name: 'Name' }));
    }),
  ],
  ['a time zone that exists', caseItem('a', 'T', (item) => (item._urgent_action.targets[0].timezone = 'America/Lima'))],
  ['a time zone that does not', caseItem('a', 'T', (item) => (item._urgent_action.targets[0].timezone = 'Mars/Base'))],
  ['a language tag', caseItem('a', 'T', (item) => (item.language = 'es-PE'))],
  ['not a language tag', caseItem('a', 'T', (item) => (item.language = 'not a tag!'))],
  ['a subject on two lines', caseItem('a', 'T', (item) => (item._urgent_action.letter.subject = 'One\nTwo'))],
  ['an outline', caseItem('a', 'T', (item) => (item._urgent_action.letter.outline = true))],
  ['an address of numbers', caseItem('a', 'T', (item) => (item._urgent_action.targets[0].address = [1, 2]))],
  ['content_html as a number', caseItem('a', 'T', (item) => (item.content_html = 5))],
  ['no _urgent_action', caseItem('a', 'T', (item) => delete item._urgent_action)],
  ['null', null],
  ['an array', [caseItem('a', 'T')]],
  ['a string', 'item'],
];

describe('the precompiled feed item parser', () => {
  it('is installed: the generated code matches the schema (else run npm run -s feed:parser)', () => {
    expect(compiled).not.toBe(feedItemSchema);
    // The generated code itself accepts a valid item (no fallback to the interpreter).
    const parser = compiled._zod.bag.validator as (input: unknown) => unknown;
    expect(parser(seedItems()[0])).not.toBe(z.INVALID);
    expect(globalThis.Function).toBe(Function.prototype.constructor);
  });

  it('leaves the schema to zod when the bundled code is stale', () => {
    expect(withPrecompiledParser(feedItemSchema, feedItemParserFactory, '00000000')).toBe(feedItemSchema);
    expect(new Function('return 1')()).toBe(1);
  });

  it.each(trickyItems)('agrees with zod on %s', (_name, item) => {
    const fast = compiled.safeParse(structuredClone(item));
    const slow = feedItemSchema.safeParse(structuredClone(item));
    expect(fast.success).toBe(slow.success);
    if (fast.success && slow.success) expect(fast.data).toStrictEqual(slow.data);
    else expect(fast.error?.issues).toEqual(slow.error?.issues);
  });
});
