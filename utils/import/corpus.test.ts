/**
 * Scores the importer on the corpus (utils/import/corpus, format in its
 * README): every field a careful reader found counts one, every value the
 * importer gives that the reader did not find is invented. The table is
 * printed; the floors below are the measured values, so that a regression fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeedItem, FeedTarget } from '@/utils/feed/schema';
import { parseUrgentActionText } from './parse-urgent-action-text';

// The corpus is dated late 2026; deadlines without a year are read relative to this.
const now = new Date('2026-12-01T12:00:00Z');

interface ExpectedTarget {
  name?: string;
  title?: string;
  organization?: string;
  address?: string[];
  email?: string;
  phone?: string;
  fax?: string;
  twitter?: string;
  salutation?: string;
}

interface Expectation {
  language: 'en' | 'es' | 'fr';
  kind: string;
  expected?: {
    reference?: string;
    sequence?: number;
    country?: string;
    ends_at?: string;
    status?: string;
    url?: string;
    targets?: ExpectedTarget[];
    letter?: { outline?: boolean; bodyStart?: string; bodyEnd?: string; closing?: string };
  };
  rejected?: string;
}

interface Score {
  found: number;
  expected: number;
  invented: number;
  misses: string[];
  inventions: string[];
}

const targetFields = ['name', 'title', 'organization', 'address', 'email', 'phone', 'fax', 'twitter', 'salutation'] as const;

function normalize(value: unknown): string {
  const text = Array.isArray(value) ? value.map((line) => String(line).replace(/[\s,;]+$/, '')).join(', ') : String(value);
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** An outline's body without its list markers: the expectation gives the points' text. */
function bodyText(letter: FeedItem['_urgent_action']['letter']): string {
  const body = letter.outline ? letter.body.replace(/^(?:[-•*]|\d{1,2}[.)])\s+/gm, '') : letter.body;
  return normalize(body);
}

/** Pairs expected and found officials: same name first, then a shared name word, in text order. */
function pairTargets(expected: readonly ExpectedTarget[], found: readonly FeedTarget[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const words = (name: string) =>
    new Set(
      normalize(name)
        .split(/[^\p{L}]+/u)
        .filter((word) => word.length > 2),
    );
  const tries: ((a: ExpectedTarget, b: FeedTarget) => boolean)[] = [
    (a, b) => normalize(a.name ?? '') === normalize(b.name),
    (a, b) => [...words(a.name ?? '')].some((word) => words(b.name).has(word)),
  ];
  for (const matches of tries) {
    expected.forEach((target, index) => {
      if (pairs.has(index)) return;
      const at = found.findIndex((candidate, position) => !taken.has(position) && matches(target, candidate));
      if (at >= 0) {
        pairs.set(index, at);
        taken.add(at);
      }
    });
  }
  return pairs;
}

/** How many fields an expectation holds: each target field one, the address one as a whole. */
function fieldCount(want: NonNullable<Expectation['expected']>): number {
  const { targets = [], letter = {}, ...rest } = want;
  return (
    Object.values(rest).filter((value) => value !== undefined).length +
    targets.reduce((sum, target) => sum + Object.values(target).filter((value) => value !== undefined).length, 0) +
    [letter.bodyStart, letter.bodyEnd, letter.closing].filter((value) => value !== undefined).length +
    (letter.outline ? 1 : 0)
  );
}

function scoreCase(name: string, expectation: Expectation, text: string): Score {
  const score: Score = { found: 0, expected: 0, invented: 0, misses: [], inventions: [] };
  const result = parseUrgentActionText(text, { now });
  if (expectation.rejected) {
    score.expected = 1;
    const code = result.ok ? 'accepted' : result.problems[0]?.code;
    if (code === expectation.rejected) score.found = 1;
    else {
      score.invented = 1;
      score.inventions.push(`${name}: ${code} instead of ${expectation.rejected}`);
    }
    return score;
  }
  const want = expectation.expected ?? {};
  const ua = result.ok ? result.item._urgent_action : undefined;
  const check = (field: string, expected: unknown, actual: unknown, equal = normalize(expected) === normalize(actual)) => {
    if (expected !== undefined) {
      score.expected++;
      if (actual !== undefined && equal) score.found++;
      else score.misses.push(`${name}: ${field} ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
    }
    if (actual !== undefined && (expected === undefined || !equal)) {
      score.invented++;
      score.inventions.push(`${name}: ${field} ${JSON.stringify(actual)}${expected === undefined ? '' : ` ≠ ${JSON.stringify(expected)}`}`);
    }
  };
  if (!ua) {
    score.expected = fieldCount(want);
    score.misses.push(`${name}: rejected (${result.ok ? '' : result.problems.map((problem) => problem.code).join(', ')})`);
    return score;
  }
  check('reference', want.reference, ua.reference);
  check('sequence', want.sequence, ua.sequence);
  check('country', want.country, ua.country);
  check('ends_at', want.ends_at, ua.ends_at);
  check('status', want.status, ua.status);
  check('url', want.url, result.ok ? result.item.url : undefined);

  const expectedTargets = want.targets ?? [];
  const pairs = pairTargets(expectedTargets, ua.targets);
  expectedTargets.forEach((target, index) => {
    const found = pairs.has(index) ? ua.targets[pairs.get(index)!] : undefined;
    for (const field of targetFields) {
      if (found) check(`targets.${index}.${field}`, target[field], found[field]);
      else if (target[field] !== undefined) check(`targets.${index}.${field}`, target[field], undefined);
    }
  });
  const paired = new Set(pairs.values());
  ua.targets.forEach((target, index) => {
    if (paired.has(index)) return;
    for (const field of targetFields)
      if (target[field] !== undefined) check(`extra target ${target.name}: ${field}`, undefined, target[field]);
  });

  const letter = want.letter ?? {};
  const body = bodyText(ua.letter);
  if (letter.bodyStart !== undefined)
    check('letter.bodyStart', letter.bodyStart, body.slice(0, 60), body.startsWith(normalize(letter.bodyStart)));
  if (letter.bodyEnd !== undefined) check('letter.bodyEnd', letter.bodyEnd, body.slice(-60), body.endsWith(normalize(letter.bodyEnd)));
  check('letter.closing', letter.closing, ua.letter.closing);
  check('letter.outline', letter.outline ? true : undefined, ua.letter.outline ? true : undefined);
  return score;
}

/** The cases of a folder. `.eml` files are whole messages, read by the email reader (another part of issue 9), not by this text parser. */
function casesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.replace(/\.txt$/, ''))
    .sort();
}

function emptyScore(): Score {
  return { found: 0, expected: 0, invented: 0, misses: [], inventions: [] };
}

function scoreFolder(folder: string) {
  const rows = new Map<string, Score>();
  const total = emptyScore();
  const cases = casesIn(folder);
  for (const name of cases) {
    const expectation = JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8')) as Expectation;
    const score = scoreCase(name, expectation, readFileSync(join(folder, `${name}.txt`), 'utf8'));
    for (const key of [expectation.language, expectation.kind, `${expectation.language}/${expectation.kind}`]) {
      const row = rows.get(key) ?? emptyScore();
      row.found += score.found;
      row.expected += score.expected;
      row.invented += score.invented;
      rows.set(key, row);
    }
    total.found += score.found;
    total.expected += score.expected;
    total.invented += score.invented;
    total.misses.push(...score.misses);
    total.inventions.push(...score.inventions);
  }
  return { cases, rows, total };
}

function table(title: string, { cases, rows, total }: ReturnType<typeof scoreFolder>): string {
  const line = (key: string, { found, expected, invented }: Score) =>
    `${key.padEnd(14)} ${String(found).padStart(4)} / ${String(expected).padEnd(4)} ${((100 * found) / Math.max(expected, 1)).toFixed(1).padStart(5)}%  invented ${invented}`;
  return [
    `${title}: ${cases.length} texts (.txt), fields found / expected`,
    ...[...rows.keys()].sort().map((key) => line(key, rows.get(key)!)),
    line('all', total),
    ...(total.misses.length ? ['', 'Missed:', ...total.misses.map((miss) => `  ${miss}`)] : []),
    ...(total.inventions.length ? ['', 'Invented:', ...total.inventions.map((invention) => `  ${invention}`)] : []),
  ].join('\n');
}

describe('importer corpus', () => {
  it('has texts in the three languages, urgent actions and others', () => {
    const cases = casesIn(join(__dirname, 'corpus'));
    for (const language of ['en', 'es', 'fr'])
      expect(cases.filter((name) => name.startsWith(`${language}-`)).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((name) => name.includes('-not-ua-')).length).toBeGreaterThanOrEqual(10);
  });

  it('finds the fields a careful reader finds in the corpus, and invents none', () => {
    const score = scoreFolder(join(__dirname, 'corpus'));
    console.log(table('Importer corpus', score));
    // Measured floors: raise them when the importer improves.
    expect(score.total.found).toBeGreaterThanOrEqual(834);
    expect(score.total.expected).toBe(836);
    // The one left: "Ambassador Hossein Amirkhani", whose one-word title the corpus takes out of the name while the
    // bundled seed keeps it in ("Ambassador Gustavo Adolfo Meza-Cuadra Velásquez"), and the seed must not change.
    expect(score.total.invented).toBeLessThanOrEqual(1);
  }, 60_000);

  it("does as well on the parser's own tricky texts", () => {
    const score = scoreFolder(join(__dirname, 'tricky'));
    console.log(table('Tricky texts', score));
    expect(score.total.found).toBeGreaterThanOrEqual(113);
    expect(score.total.expected).toBe(113);
    expect(score.total.invented).toBe(0);
  }, 60_000);
});
