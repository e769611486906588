import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUrgentActionText } from './parse-urgent-action-text';

const fixtures = join(__dirname, 'fixtures');
const now = new Date('2026-06-01T12:00:00Z');

interface Expected {
  item?: unknown;
  notes?: string[];
  problems?: string[];
}

const cases = readdirSync(fixtures)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => name.replace(/\.expected\.json$/, ''));

describe('fixtures: each text gives its hand-written expected item or problems', () => {
  it('has at least ten urgent actions and three texts that are not', () => {
    expect(cases.filter((name) => name.startsWith('ua-')).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((name) => name.startsWith('not-ua-')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s', (name) => {
    const text = readFileSync(join(fixtures, `${name}.txt`), 'utf8');
    const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')) as Expected;
    const result = parseUrgentActionText(text, { now });
    if (expected.problems) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((problem) => problem.code).sort()).toEqual([...expected.problems].sort());
      for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(20);
    } else {
      expect(result.ok ? undefined : result.problems).toBeUndefined();
      if (!result.ok) return;
      expect(result.item).toEqual(expected.item);
      expect(result.notes.map((note) => note.code).sort()).toEqual([...(expected.notes ?? [])].sort());
    }
  });
});
