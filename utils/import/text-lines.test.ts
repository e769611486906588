import { describe, expect, it } from 'vitest';
import { bulletText, joinParagraph, paragraphs, toLines } from './text-lines';

describe('text lines', () => {
  it('trims lines, turns no-break spaces into spaces and drops zero-width spaces', () => {
    expect(toLines('  a\u00a0 b \r\n\u200bc\u200c\rd')).toEqual(['a b', 'c\u200c', 'd']);
  });

  it.each([
    ['• Write', 'Write'],
    ['- Write', 'Write'],
    ['* Write', 'Write'],
    ['1. Write', 'Write'],
    ['2) Write', 'Write'],
    ['1700 Massachusetts Avenue', undefined],
    ['-Write', undefined],
  ])('bullet "%s"', (line, text) => {
    expect(bulletText(line)).toBe(text);
  });

  it('groups and joins paragraphs', () => {
    expect(paragraphs(['', 'a', 'b', '', '', 'c', ''])).toEqual([['a', 'b'], ['c']]);
    expect(joinParagraph(['a wrapped', 'line', '- item', '- item'])).toBe('a wrapped line\n- item\n- item');
  });
});
