/**
 * Page text as trimmed lines. Copied page text carries no-break spaces (the seed's
 * "[email protected]" has one), zero-width spaces and Windows line ends. Zero-width
 * (non-)joiners stay: Persian and Indic names need them.
 */
export function toLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
}

const bulletPattern = /^(?:[•·▪■□●◦‣∙*–—-]|\d{1,2}[.)])\s+(\S.*)$/;

/** The text of a bullet or numbered list line, without its marker. */
export function bulletText(line: string): string | undefined {
  return bulletPattern.exec(line)?.[1];
}

/** Groups of consecutive non-empty lines. */
export function paragraphs(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line) {
      current.push(line);
    } else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A paragraph's lines as running text; list lines keep their own line. */
export function joinParagraph(lines: readonly string[]): string {
  return lines.reduce((text, line, index) => {
    if (index === 0) return line;
    const keepBreak = bulletText(line) !== undefined || bulletText(lines[index - 1] ?? '') !== undefined;
    return text + (keepBreak ? '\n' : ' ') + line;
  }, '');
}

/**
 * A letter or digit of the Latin, Greek and Cyrillic scripts, for patterns
 * that ignore case: with the `i` flag, each `\p{L}` costs V8 a case closure of
 * every letter there is, and a pattern with many took a third of a second to
 * compile.
 */
export const wordCharacter = String.raw`[\w\u00C0-\u024F\u0370-\u052F\u1E00-\u1EFF]`;
const unicodeBoundary = String.raw`(?:(?<!${wordCharacter})(?=${wordCharacter})|(?<=${wordCharacter})(?!${wordCharacter}))`;

/**
 * The pattern with `\b` as a word boundary for every script: JavaScript's
 * `\b` knows only ASCII letters, so "finalizó\b" never matches.
 */
export function unicodeWords(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  return new RegExp(pattern.source.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${unicodeBoundary}`), flags);
}
