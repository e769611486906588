import { parseEnglishDate } from './english-date';

export interface Deadline {
  status: 'active' | 'ended';
  /** YYYY-MM-DD; absent when the text says the action ended but not when. */
  endsAt?: string;
  yearAssumed: boolean;
}

// Only short lines: a long one is prose ("he was held until 3 May 2021").
const maxLineLength = 160;

const endedLine = /\b(?:action|UA|appeal|campaign)\s+(?:has\s+|was\s+)?(?:ended|closed|expired)\b(?:\s+on)?[\s:,]*/i;
const endedLabel = /^(?:ended|closed|expired)(?:\s+on)?\s*:\s*/i;
const deadlineLabel =
  /^(?:deadline|until|valid\s+until|end\s+date|ends?(?:\s+on)?|closing\s+date|expires?(?:\s+on)?|action\s+ends?(?:\s+on)?)(?:\s*:\s*|\s+(?=\d|[a-z]))/i;
const appealVerb = /\b(?:take\s+action|act|write|send|appeal|respond|sign)\b/i;
const dateBefore = /\b(?:before|until|till|by|no\s+later\s+than)\s*:?\s*/gi;

/** Reads a deadline line: an ended action, or the date to act by. */
export function parseDeadlineLine(line: string, now?: Date): Deadline | undefined {
  if (line.length > maxLineLength) return undefined;
  const ended = endedLine.exec(line) ?? endedLabel.exec(line);
  if (ended) {
    const date = parseEnglishDate(line.slice(ended.index + ended[0].length), now);
    return { status: 'ended', endsAt: date?.date, yearAssumed: date?.yearAssumed ?? false };
  }
  const label = deadlineLabel.exec(line);
  if (label) {
    const date = parseEnglishDate(line.slice(label[0].length), now);
    if (date) return { status: 'active', endsAt: date.date, yearAssumed: date.yearAssumed };
  }
  const verb = appealVerb.exec(line);
  if (!verb) return undefined;
  for (const match of line.slice(verb.index).matchAll(dateBefore)) {
    const date = parseEnglishDate(line.slice(verb.index + match.index + match[0].length), now);
    if (date) return { status: 'active', endsAt: date.date, yearAssumed: date.yearAssumed };
  }
  return undefined;
}
