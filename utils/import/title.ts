/** The first sentence of a text, without its final stop. */
export function firstSentence(text: string): string {
  const match =
    /^.*?(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Gen|Col|Lt|Jr|Sr|Sra|vs|etc|Art|num|[A-Z]))[.!?](?=\s+[\p{Lu}\p{N}"“‘(]|\s*$)/su.exec(
      text.trim(),
    );
  return (match ? match[0] : text.trim()).replace(/[.]$/, '');
}

/**
 * Shortens text to at most `max` characters: at the last clause break (comma,
 * semicolon, colon, dash) that keeps at least half of it, else at a word
 * boundary, without a dangling small word, with an ellipsis.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const clause = Math.max(...[', ', '; ', ': ', ' – ', ' — ', ' - '].map((mark) => head.lastIndexOf(mark)));
  if (clause >= max / 2) return text.slice(0, clause);
  const space = head.slice(0, max).lastIndexOf(' ');
  const cut = space > 0 ? text.slice(0, space) : text.slice(0, max - 1);
  // "…a 19-year sentence…" reads better than "…a 19-year sentence on…".
  return `${cut.replace(/(?:[\s,;:–—-]+|\s+(?:a|an|the|of|on|in|to|for|with|at|by|and|or|from))+$/i, '')}…`;
}

/** "Peru: " and the summary's first sentence, for a page that states no title. */
export function titleFromSummary(summary: string, country: string | undefined, max = 90): string {
  const prefix = country ? `${country}: ` : '';
  return prefix + shorten(firstSentence(summary), max - prefix.length);
}
