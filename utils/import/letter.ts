import { joinParagraph, paragraphs } from './text-lines';

export interface LetterParts {
  /** The opening line as written, e.g. "Dear Mr. Alberto Otárola Peñaranda,". */
  salutation: string;
  /** Paragraphs separated by one blank line. */
  body: string;
  closing?: string;
  /** A "Subject:" or "Re:" line above the opening. */
  subject?: string;
  /** Index of the first line that belongs to the letter (its subject or opening). */
  start: number;
  /** Index of the line after the letter (after its closing). */
  end: number;
}

const opening =
  /^(?:Dear\s+\S.{0,100}?|(?:Your\s+)?Excellency|Your\s+(?:Majesty|Royal\s+Highness|Highness|Hono(?:u)?r)|(?:Dear\s+)?Sir\s+or\s+Madam|To\s+whom\s+it\s+may\s+concern)\s*[,:]?$/i;
const closing =
  /^(?:Yours\s+(?:sincerely|faithfully|truly|respectfully)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|(?:Kind|Kindest|Best|Warm|Warmest)\s+regards|Regards|With\s+(?:respect|regards|thanks)|Thank\s+you|Yours)\s*[,.]?$/i;
const subjectLine = /^(?:Subject|Re)\s*:\s*(\S.*)$/i;

function isOpening(line: string): boolean {
  return opening.test(line) && !/[.!?]$/.test(line);
}

/** The sample letter: from its opening line to its closing, or to the end without one. */
export function findLetter(lines: readonly string[], from = 0): LetterParts | undefined {
  const openingIndex = lines.findIndex((line, index) => index >= from && isOpening(line));
  if (openingIndex < 0) return undefined;
  const closingOffset = lines.slice(openingIndex + 1).findIndex((line) => closing.test(line));
  const closingIndex = closingOffset < 0 ? undefined : openingIndex + 1 + closingOffset;
  const bodyLines = lines.slice(openingIndex + 1, closingIndex ?? lines.length);

  let start = openingIndex;
  let subject: string | undefined;
  for (let index = openingIndex - 1; index >= from && index >= openingIndex - 3; index--) {
    const match = subjectLine.exec(lines[index]!);
    if (match) {
      subject = match[1];
      start = index;
      break;
    }
    if (lines[index]) break;
  }

  return {
    salutation: lines[openingIndex]!,
    body: paragraphs(bodyLines).map(joinParagraph).join('\n\n'),
    ...(closingIndex !== undefined && { closing: lines[closingIndex] }),
    ...(subject && { subject }),
    start,
    end: closingIndex === undefined ? lines.length : closingIndex + 1,
  };
}
