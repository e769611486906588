import { findCountry } from './country-codes';

export interface Header {
  /** "UA 106.23": the number as written, after "UA ". */
  reference: string;
  /** The number alone, "106.23". */
  number: string;
  sequence?: number;
  country?: { code: string; name: string };
  /** Three or more words left on the header line besides marker, number and country: a title. */
  rest?: string;
}

const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6,
  '7th': 7, '8th': 8, '9th': 9, '10th': 10,
};
const ordinal = String.raw`(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)`;

// "UA" is matched in capitals only: "ua" is a syllable in other words.
const marker = /\bUA\b|\burgent\s+action\b/gi;
const markerCaseSensitive = /\bUA\b|\b[Uu]rgent\s+[Aa]ction\b|\bURGENT\s+ACTION\b/;
const orderedMarker = new RegExp(String.raw`\b${ordinal}\s+(?:urgent\s+action|UA)\b`, 'i');
const referenceNumber = /(?<![\d/.])(\d{1,4})\s*([./])\s*(\d{2,4})(?![\d/.]*\d)/;
// Amnesty International's documents add "Index: MDE 13/1234/2024" and "Date: 3 March 2024".
const indexPart = /\bIndex\s*:\s*[A-Z]{2,4}\s*\d+\/\d+\/\d+/i;
const datePart = /\bDate\s*:.*$/i;
const maxHeaderLength = 160;

/** Reads a header line such as "UA: Peru 106.23" or "Urgent Action: Iran (UA 12.24)". */
export function parseHeaderLine(line: string): Header | undefined {
  if (line.length > maxHeaderLength || !markerCaseSensitive.test(line)) return undefined;
  let rest = line.replace(indexPart, ' ').replace(datePart, ' ');
  const found = referenceNumber.exec(rest);
  if (!found) return undefined;
  const number = `${found[1]}${found[2]}${found[3]}`;
  rest = rest.slice(0, found.index) + ' ' + rest.slice(found.index + found[0].length);

  const ordered = orderedMarker.exec(rest);
  const sequence = ordered ? ordinals[ordered[1]!.toLowerCase()] : undefined;
  rest = rest.replace(orderedMarker, ' ').replace(marker, ' ').replace(/\b(?:No\.|Number|#)/gi, ' ');

  const country = findCountry(rest);
  if (country) rest = rest.slice(0, country.start) + ' ' + rest.slice(country.end);
  rest = rest
    .replace(/[()[\]]/g, ' ')
    .replace(/^[\s:;,|/–—-]+|[\s:;,|/–—-]+$/g, '')
    .replace(/\s+/g, ' ');

  return {
    reference: `UA ${number}`,
    number,
    ...(sequence && { sequence }),
    ...(country && { country: { code: country.code, name: country.name } }),
    // A lone unknown word is more likely a country we do not know than a title.
    ...(rest.split(' ').filter((word) => /\p{L}{2,}/u.test(word)).length >= 3 && { rest }),
  };
}

const sequenceMention = new RegExp(
  String.raw`\b${ordinal}\s+(?:urgent\s+action|UA)\b(?:\s*(?:on\s+)?(?:UA\s*)?:?\s*(\d{1,4}[./]\d{2,4}))?`,
  'gi',
);

/**
 * "Second Urgent Action 106.23" anywhere in the text (the seed says it only in
 * its report line): the sequence of the action with this number, or of an
 * unnumbered mention.
 */
export function sequenceFromText(text: string, number: string): number | undefined {
  for (const match of text.matchAll(sequenceMention)) {
    if (match[2] === undefined || match[2] === number) return ordinals[match[1]!.toLowerCase()];
  }
  return undefined;
}
