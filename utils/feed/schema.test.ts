import { describe, expect, it } from 'vitest';
import example from '../../public/feeds/default.feed.json';
import { parseFeed } from './parse';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break feed JSON in arbitrary places
type Json = Record<string, any>;

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

  it.each([
    ['an email with a header', (item: Json) => (item._urgent_action.targets[0].email = 'a@example.org?cc=b@example.org'), 'items[0]._urgent_action.targets[0].email'],
    ['an email with a comma', (item: Json) => (item._urgent_action.targets[0].email = 'a@example.org,b@example.org'), 'items[0]._urgent_action.targets[0].email'],
    ['an email hiding a second recipient in %40 and %2C', (item: Json) => (item._urgent_action.targets[0].email = 'minister%40gov.pe%2Cspy@evil.org'), 'items[0]._urgent_action.targets[0].email'],
    ['an email adding a header with %0D%0A', (item: Json) => (item._urgent_action.targets[0].email = 'minister%0D%0ABcc%3Aspy@evil.org'), 'items[0]._urgent_action.targets[0].email'],
    ['a handle with @', (item: Json) => (item._urgent_action.targets[0].twitter = '@AlbertoOtarolaP'), 'items[0]._urgent_action.targets[0].twitter'],
    ['a phone with letters', (item: Json) => (item._urgent_action.targets[1].phone = 'call me'), 'items[0]._urgent_action.targets[1].phone'],
    ['an unknown time zone', (item: Json) => (item._urgent_action.targets[0].timezone = 'Mars/Olympus'), 'items[0]._urgent_action.targets[0].timezone'],
    ['a target id with capitals', (item: Json) => (item._urgent_action.targets[0].id = 'Otarola'), 'items[0]._urgent_action.targets[0].id'],
    ['repeated target ids', (item: Json) => (item._urgent_action.targets[1].id = 'otarola'), 'items[0]._urgent_action.targets'],
    ['no targets', (item: Json) => (item._urgent_action.targets = []), 'items[0]._urgent_action.targets'],
    ['a date-time without offset', (item: Json) => (item._urgent_action.ends_at = '2023-11-29T23:59:00'), 'items[0]._urgent_action.ends_at'],
    ['an unknown status', (item: Json) => (item._urgent_action.status = 'paused'), 'items[0]._urgent_action.status'],
    ['a sequence of 0', (item: Json) => (item._urgent_action.sequence = 0), 'items[0]._urgent_action.sequence'],
    ['a lower-case country', (item: Json) => (item._urgent_action.country = 'Peru'), 'items[0]._urgent_action.country'],
    ['a reference over 40 characters', (item: Json) => (item._urgent_action.reference = 'x'.repeat(41)), 'items[0]._urgent_action.reference'],
    ['a two-line subject', (item: Json) => (item._urgent_action.letter.subject = 'Repeal\nthe decree'), 'items[0]._urgent_action.letter.subject'],
    ['an unknown placeholder', (item: Json) => (item._urgent_action.tweet = '{{target_twitter}} {{hashtag}}'), 'items[0]._urgent_action.tweet: uses unknown placeholder {{hashtag}}'],
    ['an http url', (item: Json) => (item.url = 'http://www.amnestyusa.org/ua'), 'items[0].url'],
    ['a missing letter', (item: Json) => delete item._urgent_action.letter, 'items[0]._urgent_action.letter: is required'],
    ['a published date without offset', (item: Json) => (item.date_published = '2023-11-20T10:00:00'), 'items[0].date_published'],
  ])('rejects %s, naming its JSON path', (_name, change, path) => {
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
