import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedItemSchema, type FeedItem } from '@/utils/feed/schema';
import { parseUrgentActionText } from './parse-urgent-action-text';

const fixtures = join(__dirname, 'fixtures');
const seed = readFileSync(join(fixtures, 'ua-106-23-peru.txt'), 'utf8');
const example = (JSON.parse(readFileSync(join(fixtures, 'ua-106-23.feed.json'), 'utf8')) as { items: FeedItem[] })
  .items[0]!;

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const digits = (text: string) => text.replace(/\D/g, '');

function parseSeed() {
  const result = parseUrgentActionText(seed, { url: 'https://www.amnestyusa.org/urgent-actions/ua-106-23/' });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result;
}

describe('parseUrgentActionText on the seed (UA 106.23, Peru)', () => {
  const { item, notes } = parseSeed();
  const ua = item._urgent_action;
  const expected = example._urgent_action;

  it('gives an item the feed schema accepts, with the given url', () => {
    expect(feedItemSchema.safeParse(item).success).toBe(true);
    expect(item.url).toBe('https://www.amnestyusa.org/urgent-actions/ua-106-23/');
    expect(item.id).toBe(example.id);
  });

  it('agrees with the example on reference, sequence, country and deadline', () => {
    expect(ua.reference).toBe(expected.reference);
    expect(ua.sequence).toBe(2);
    expect(ua.country).toBe('PE');
    expect(ua.ends_at).toBe('2023-11-29');
    expect(ua.status).toBe('ended');
  });

  it('agrees on summary, content and instructions', () => {
    expect(item.summary).toBe(example.summary);
    expect(item.content_text).toBe(example.content_text);
    expect(ua.instructions).toBe(expected.instructions);
  });

  it('agrees on both officials as far as the seed states them', () => {
    expect(ua.targets).toHaveLength(2);
    ua.targets.forEach((target, index) => {
      const want = expected.targets[index]!;
      expect(target.name).toBe(want.name);
      expect(target.organization).toBe(want.organization);
      // The seed writes the embassy's address on one line; the example splits it.
      expect(target.address?.join(', ')).toBe(want.address?.join(', '));
    });
    const [otarola, ambassador] = ua.targets;
    expect(otarola!.twitter).toBe('AlbertoOtarolaP');
    expect(otarola!.salutation).toBe('Dear Mr. Alberto Otárola Peñaranda,');
    // The seed gives no country code; the example adds +1.
    expect(digits(expected.targets[1]!.phone!).endsWith(digits(ambassador!.phone!))).toBe(true);
    expect(ambassador!.phone).toBe('(202) 833-9860');
    expect(ambassador!.salutation).toBe('His Excellency Mr.');
  });

  it('invents nothing the seed does not state', () => {
    for (const target of ua.targets) {
      expect(target.title).toBeUndefined();
      expect(target.email).toBeUndefined();
      expect(target.timezone).toBeUndefined();
    }
    expect(ua.targets[0]!.phone).toBeUndefined();
    expect(ua.targets[1]!.twitter).toBeUndefined();
    expect(ua.tweet).toBeUndefined();
    expect(ua.report_url).toBeUndefined();
    expect(item.tags).toBeUndefined();
    expect(JSON.stringify(item)).not.toMatch(/email\s*protected/i);
  });

  it('reports the hidden email address instead of keeping it', () => {
    expect(notes.map((note) => note.code)).toContain('hidden-email');
    expect(notes.find((note) => note.code === 'hidden-email')!.message).toContain('Meza-Cuadra');
  });

  it('agrees on the letter, paragraph for paragraph, and its closing', () => {
    const body = ua.letter.body.split('\n\n');
    const want = expected.letter.body.split('\n\n');
    expect(body.map(words)).toEqual(want.map(words));
    expect(ua.letter.body).toBe(expected.letter.body);
    expect(ua.letter.closing).toBe('Yours sincerely,');
  });

  it('derives a sensible title and subject, and says so', () => {
    expect(item.title).toBe('Peru: Venezuelan nationals in Peru no longer can apply for temporary protection');
    expect(item.title.length).toBeLessThanOrEqual(90);
    expect(ua.letter.subject).toBe(item.title);
    expect(notes.map((note) => note.code)).toEqual(expect.arrayContaining(['title-derived', 'subject-derived']));
  });
});

describe('parseUrgentActionText: what it rejects', () => {
  it.each([
    ['an empty string', ''],
    ['blank lines', '\n  \n\t\n'],
    ['a sentence', 'The quick brown fox jumps over the lazy dog.'],
    ['a header buried in prose', `${'Some words here.\n'.repeat(6)}UA: Peru 106.23\n`],
  ])('%s: not-an-urgent-action', (_label, text) => {
    const result = parseUrgentActionText(text);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'not-an-urgent-action' }] });
  });

  it('reports every missing part at once', () => {
    const result = parseUrgentActionText('UA: Peru 106.23\n\nSomething happened in Peru.\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.code)).toEqual(['no-officials', 'no-letter']);
  });

  it('says "no official\'s contact details" when names come without any', () => {
    const text = 'UA: Peru 106.23\n\nMr. Alberto Otárola Peñaranda\nSalutation: Dear Sir,\n\nDear Sir,\n\nPlease act.\n\nYours sincerely,\n';
    const result = parseUrgentActionText(text);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'no-officials' }] });
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/no official's contact details found/i);
  });

  it('rejects an item the schema refuses, naming the path', () => {
    const result = parseUrgentActionText(seed, { url: 'http://example.org/ua' });
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'invalid-item' }] });
    if (!result.ok) expect(result.problems[0]!.message).toContain('url');
  });
});

describe('parseUrgentActionText: variations', () => {
  const base = (header: string, extra = '') =>
    `${header}\n${extra}\nA journalist was arrested.\n\nMr. Ivan Petrov\nul. Lenina 1\nMoscow\n\nDear Mr. Petrov,\n\nRelease him.\n\nYours sincerely,\n`;

  it.each([
    ['UA: Peru 106.23', 'UA 106.23', 'PE', undefined],
    ['Urgent Action: Iran (UA 12.24)', 'UA 12.24', 'IR', undefined],
    ['UA 45/24 Egypt', 'UA 45/24', 'EG', undefined],
    ['Second Urgent Action: Peru (UA 106.23)', 'UA 106.23', 'PE', 2],
    ['UA: 12/24 Index: MDE 13/7420/2024 Iran Date: 3 March 2024', 'UA 12/24', 'IR', undefined],
  ])('reads the header "%s"', (header, reference, country, sequence) => {
    const result = parseUrgentActionText(base(header));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item._urgent_action).toMatchObject({ reference, country });
    expect(result.item._urgent_action.sequence).toBe(sequence);
  });

  it('reads a deadline without a year relative to now, and notes it', () => {
    const result = parseUrgentActionText(base('UA: Russia 1.25', 'Please take action before 3 March'), {
      now: new Date('2026-12-20T00:00:00Z'),
    });
    expect(result.ok && result.item._urgent_action.ends_at).toBe('2027-03-03');
    expect(result.ok && result.notes.map((note) => note.code)).toContain('deadline-year-assumed');
  });

  it('notes a letter without closing, and an unknown country', () => {
    const text = 'UA 7/25 Atlantis\n\nMr. Ivan Petrov\nul. Lenina 1\n\nDear Mr. Petrov,\n\nRelease him.\n';
    const result = parseUrgentActionText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item._urgent_action.letter).toEqual({ subject: 'UA 7/25', body: 'Release him.' });
    expect(result.item._urgent_action.country).toBeUndefined();
    expect(result.notes.map((note) => note.code)).toEqual(
      expect.arrayContaining(['no-closing', 'no-country', 'no-deadline', 'title-derived']),
    );
  });

  it('gives repeated names distinct ids', () => {
    const text =
      'UA 7/25 Peru\n\nMr. Juan Pérez\nLima 1\n\nMr. Juan Perez\nLima 2\n\nDear Sir,\n\nAct.\n\nYours sincerely,\n';
    const result = parseUrgentActionText(text);
    expect(result.ok && result.item._urgent_action.targets.map((target) => target.id)).toEqual([
      'juan-perez',
      'juan-perez-2',
    ]);
  });
});
