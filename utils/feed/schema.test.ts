import { describe, expect, it } from 'vitest';
import example from '../../public/feeds/default.feed.json';
import { defaultTweet } from './normalize';
import { parseFeed } from './parse';
import { badItems, type Json, privateTweetPlaceholders } from '@/testing/hostile-feeds';

const seed = () => structuredClone(example.items.find((item) => item.id === 'ua-106-23-2')) as Json;
const feedWith = (...items: Json[]): Json => ({ ...structuredClone(example), items });

function problemsOf(change: (item: Json) => void): string[] {
  const item = seed();
  change(item);
  const result = parseFeed(feedWith(item), 'test');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  expect(result.feed.actions).toHaveLength(0);
  return result.feed.skipped.flatMap((skipped) => skipped.reasons);
}

describe('the feed schema', () => {
  it('accepts the seed action and the bundled examples', () => {
    const result = parseFeed(example, 'bundled');
    expect(result.ok && result.feed.skipped).toEqual([]);
    const peru = result.ok ? result.feed.actions.find((action) => action.itemId === 'ua-106-23-2') : undefined;
    expect(peru).toMatchObject({
      key: 'bundled ua-106-23-2',
      reference: 'UA 106.23',
      sequence: 2,
      country: 'PE',
      endsAt: '2023-11-29',
      status: 'ended',
      letter: { closing: 'Yours sincerely,' },
    });
    expect(peru?.targets.map((target) => target.name)).toEqual([
      'Mr. Alberto Otárola Peñaranda',
      'Ambassador Gustavo Adolfo Meza-Cuadra Velásquez',
    ]);
  });

  it.each(badItems)('rejects %s, naming its JSON path', (_name, change, path) => {
    expect(problemsOf(change).join('\n')).toContain(path);
  });

  it('skips a bad item and still reads the others', () => {
    const bad = seed();
    bad.id = 'bad';
    bad._urgent_action.targets[0].email = 'not an address';
    const result = parseFeed(feedWith(bad, seed()), 'test');
    expect(result.ok && result.feed.actions.map((action) => action.itemId)).toEqual(['ua-106-23-2']);
    expect(result.ok && result.feed.skipped).toEqual([
      { id: 'bad', reasons: [expect.stringContaining('items[0]._urgent_action.targets[0].email')] },
    ]);
  });

  it('ignores ordinary posts and counts a repeated id, keeping the first', () => {
    const first = seed();
    const repeat = seed();
    repeat.title = 'A later copy';
    const result = parseFeed(feedWith({ id: 'post', title: 'News', content_text: 'Hello' }, first, repeat), 'test');
    expect(result.ok && result.feed.actions.map((action) => action.title)).toEqual([first.title]);
    expect(result.ok && result.feed.skipped[0]?.reasons[0]).toContain('items[2].id: repeats the id');
  });

  it('rejects a document that is not a feed, naming each problem', () => {
    const result = parseFeed({ version: 'https://jsonfeed.org/version/1.1', items: 'none' }, 'test');
    expect(result).toEqual({
      ok: false,
      problems: ['title: is required', '_advocacy: is required', 'items: Invalid input: expected array, received string'],
    });
  });

  it('accepts JSON Feed 1 and plain http only on loopback', () => {
    const item = seed();
    item.url = 'http://127.0.0.1:8080/ua';
    const result = parseFeed({ ...feedWith(item), version: 'https://jsonfeed.org/version/1' }, 'test');
    expect(result.ok && result.feed.actions).toHaveLength(1);
  });
});

describe('a tweet, which is public', () => {
  it.each(privateTweetPlaceholders)('keeps the item with the default tweet when it uses {{%s}}', (name) => {
    const item = seed();
    item._urgent_action.tweet = `{{target_twitter}} Sent by {{${name}}} {{url}}`;
    const result = parseFeed(feedWith(item), 'test');
    expect(result.ok && result.feed.skipped).toEqual([]);
    expect(result.ok && result.feed.actions[0]?.tweet).toBe(defaultTweet);
  });

  it('may use the first name and the country', () => {
    const item = seed();
    item._urgent_action.tweet = '{{first_name}} in {{country}} asks {{target_twitter}} to act';
    const result = parseFeed(feedWith(item), 'test');
    expect(result.ok && result.feed.actions[0]?.tweet).toBe(item._urgent_action.tweet);
  });
});

describe('the limits of a feed', () => {
  const at = (length: number) => 'x'.repeat(length);
  type Cap = [string, (item: Json, value: string) => void, number, string];
  const capsOf: Cap[] = [
    ['title', (item, value) => (item.title = value), 300, 'items[0].title'],
    ['summary', (item, value) => (item.summary = value), 10_000, 'items[0].summary'],
    ['content_text', (item, value) => (item.content_text = value), 10_000, 'items[0].content_text'],
    ['instructions', (item, value) => (item._urgent_action.instructions = value), 10_000, 'items[0]._urgent_action.instructions'],
    ['letter.body', (item, value) => (item._urgent_action.letter.body = value), 20_000, 'items[0]._urgent_action.letter.body'],
    ['tweet', (item, value) => (item._urgent_action.tweet = value), 2_000, 'items[0]._urgent_action.tweet'],
    ['call_script', (item, value) => (item._urgent_action.call_script = value), 2_000, 'items[0]._urgent_action.call_script'],
    ['letter.subject', (item, value) => (item._urgent_action.letter.subject = value), 1_000, 'items[0]._urgent_action.letter.subject'],
    ['letter.closing', (item, value) => (item._urgent_action.letter.closing = value), 1_000, 'items[0]._urgent_action.letter.closing'],
    [
      "an official's name",
      (item, value) => (item._urgent_action.targets[0].name = value),
      1_000,
      'items[0]._urgent_action.targets[0].name',
    ],
    [
      'a postal line',
      (item, value) => (item._urgent_action.targets[0].address = [value]),
      1_000,
      'items[0]._urgent_action.targets[0].address[0]',
    ],
    [
      'a salutation',
      (item, value) => (item._urgent_action.targets[0].salutation = value),
      1_000,
      'items[0]._urgent_action.targets[0].salutation',
    ],
    ['a tag', (item, value) => (item.tags = [value]), 1_000, 'items[0].tags[0]'],
    ['the id', (item, value) => (item.id = value), 1_000, 'items[0].id'],
  ];

  it.each(capsOf)('takes %s at its cap and skips it past, with the reason', (_name, set, cap, path) => {
    const exact = seed();
    set(exact, at(cap));
    const kept = parseFeed(feedWith(exact), 'test');
    expect(kept.ok && kept.feed.skipped).toEqual([]);
    expect(problemsOf((item) => set(item, at(cap + 1)))).toContain(`${path}: must be at most ${cap} characters`);
  });

  it('does not scan a template past its cap for placeholders', () => {
    const started = performance.now();
    // Unclosed placeholders full of spaces would make the placeholder pattern backtrack.
    const reasons = problemsOf((item) => (item._urgent_action.letter.body = '{{ '.repeat(200_000)));
    expect(reasons).toEqual(['items[0]._urgent_action.letter.body: must be at most 20000 characters']);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('checks the placeholders of a template within its cap in linear time', () => {
    const started = performance.now();
    // `{{` then spaces made the placeholder pattern backtrack in cubic time: tens of seconds.
    const item = seed();
    item._urgent_action.tweet = `{{${' '.repeat(1_990)}`;
    const result = parseFeed(feedWith(item), 'test');
    expect(result.ok && result.feed.actions).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reads the first 500 items in feed order and counts the rest as skipped', () => {
    const base = seed();
    const items = Array.from({ length: 26_000 }, (_, index) => ({ ...base, id: `item-${index}` }));
    const result = parseFeed(feedWith(...items), 'test');
    expect(result.ok && result.feed.actions).toHaveLength(500);
    expect(result.ok && result.feed.actions.at(-1)?.itemId).toBe('item-499');
    expect(result.ok && result.feed.skipped).toEqual([
      { reasons: ['items[500] to items[25999]: only the first 500 items of a feed are read'], count: 25_500 },
    ]);
  }, 20_000);
});
