/**
 * The action's reference, sequence and country, from wherever the text states
 * them: a heading ("UA: Peru 106.23", "Primera AU 047/24 | México"), an update
 * line ("the third update of UA 235/17"), the report line at the end ("…the
 * actions you took on Urgent Action 106.23").
 */
import { findCountry } from './country-codes';
import { countryCodeInOtherLanguages } from './country-names';
import type { Language } from './language';
import type { Official } from './officials';
import { wordCharacter } from './text-lines';

export interface Found<T> {
  value: T;
  /** The line it was read from. */
  index: number;
}

export interface Reference {
  /** "UA 106.23", "AU 047/24": the number as written, after the prefix of the text's language. */
  reference: string;
  /** The number alone, "106.23". */
  number: string;
  index: number;
  /** Three or more words left on a heading line besides marker, number and country: a title. */
  rest?: string;
}

// "UA"/"AU" in capitals only: "ua" is a syllable and "au" a French word.
const abbreviation = String.raw`\b(?:UA|AU)\b`;
/** The words "urgent action" in the three languages, for patterns with the `i` flag. */
export const urgentActionWords = String.raw`(?:urgent\s+action|acci[oó]n\s+urgente|action\s+urgente)`;
const phrase = String.raw`\b(?:[Uu]rgent\s+[Aa]ctions?|URGENT\s+ACTIONS?|[Aa]cci(?:[oó]n|ones)\s+[Uu]rgentes?|ACCI(?:[OÓ]N|ONES)\s+URGENTES?|[Aa]ctions?\s+[Uu]rgentes?|ACTIONS?\s+URGENTES?)`;
const marker = new RegExp(`${abbreviation}|${phrase}`, 'g');
const number = String.raw`(?<![\d/.])(\d{1,4})\s*([./])\s*(\d{2,4})(?![\d/.]*\d)`;
const numberPattern = new RegExp(number);
// "UA 235/17", "UA: 12/24", "Urgent Action 106.23", "AU Nº 047/24", "(UA 12.24)".
const adjacent = new RegExp(String.raw`(?:${abbreviation}|${phrase})\s*(?:[:#]|\bN[oº°]\.?|\bNo\.)?\s*:?\s*${number}`);
// Amnesty International's documents add "Index: MDE 13/1234/2024" and "Date: 3 March 2024".
const indexPart = /\b(?:Index|Índice|Indice)\s*:\s*[A-Z]{2,4}\s*\d+\/\d+\/\d+/gi;
const datePart = /\b(?:Date|Fecha)\s*:[^|]*/gi;
const headingLength = 160;

function prefix(language: Language): string {
  return language === 'en' ? 'UA' : 'AU';
}

function readLine(line: string): { number: string; match: RegExpExecArray } | undefined {
  const cleaned = line.replace(indexPart, (part) => ' '.repeat(part.length));
  const near = adjacent.exec(cleaned);
  if (near) return { number: `${near[1]}${near[2]}${near[3]}`, match: near };
  // A short heading may put the country between marker and number: "UA: Peru 106.23".
  if (line.length > headingLength || !new RegExp(marker.source).test(cleaned)) return undefined;
  const found = numberPattern.exec(cleaned.replace(datePart, (part) => ' '.repeat(part.length)));
  return found ? { number: `${found[1]}${found[2]}${found[3]}`, match: found } : undefined;
}

/** What is left of a heading line without marker, number, index, date and country. */
function headingRest(line: string): { rest: string; country?: ReturnType<typeof findCountry> } {
  let rest = line
    .replace(indexPart, ' ')
    .replace(datePart, ' ')
    .replace(new RegExp(number, 'g'), ' ')
    .replace(ordinalMarker, ' ')
    .replace(marker, ' ')
    .replace(/\b(?:No\.|Number|N[º°])/gi, ' ');
  const country = findCountry(rest, countryCodeInOtherLanguages);
  if (country) rest = rest.slice(0, country.start) + ' ' + rest.slice(country.end);
  rest = rest
    .replace(/[()[\]|]/g, ' ')
    .replace(/^[\s:;,/–—-]+|[\s:;,/–—-]+$/g, '')
    .replace(/\s+/g, ' ');
  return { rest, country };
}

// A listing's heading without the marker: "044/22 | Chine", "Egypt – 12/24".
const bareHeading = new RegExp(String.raw`^(?:${number}\s*[|·–—-]\s*([^|·–—\d]{2,40})|([^|·–—\d]{2,40})\s*[|·–—-]\s*${number})$`, 'u');

/** A short heading of number and country alone, in a text that names the urgent action elsewhere. */
function readBareHeading(line: string): { number: string; match: RegExpExecArray } | undefined {
  const found = line.length <= 60 ? bareHeading.exec(line.trim()) : null;
  if (!found) return undefined;
  const country = (found[4] ?? found[5])!.trim();
  if (!findCountry(country, countryCodeInOtherLanguages)) return undefined;
  return { number: found[1] ? `${found[1]}${found[2]}${found[3]}` : `${found[6]}${found[7]}${found[8]}`, match: found };
}

/** The first line that states the action's number, read in the text's order. */
export function findReference(lines: readonly string[], language: Language): Reference | undefined {
  const named = mentionsUrgentAction(lines.join('\n'));
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const found = readLine(line) ?? (named ? readBareHeading(line) : undefined);
    if (!found) continue;
    const isHeading = line.length <= headingLength;
    const { rest } = isHeading ? headingRest(line) : { rest: '' };
    return {
      reference: `${prefix(language)} ${found.number}`,
      number: found.number,
      index,
      // A lone unknown word is more likely a country we do not know than a title.
      ...(rest.split(' ').filter((word) => /\p{L}{2,}/u.test(word)).length >= 3 && { rest }),
    };
  }
  return undefined;
}

/** Whether the text names the action at all, with or without a number. */
export function mentionsUrgentAction(text: string): boolean {
  return new RegExp(phrase).test(text) || new RegExp(`${abbreviation}\\s*:?\\s*\\d`).test(text);
}

const ordinals: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
  '7th': 7,
  '8th': 8,
  '9th': 9,
  '10th': 10,
  primer: 1,
  primera: 1,
  primero: 1,
  segunda: 2,
  segundo: 2,
  tercera: 3,
  tercer: 3,
  tercero: 3,
  cuarta: 4,
  cuarto: 4,
  quinta: 5,
  quinto: 5,
  sexta: 6,
  sexto: 6,
  séptima: 7,
  septima: 7,
  séptimo: 7,
  octava: 8,
  octavo: 8,
  novena: 9,
  noveno: 9,
  décima: 10,
  decima: 10,
  décimo: 10,
  première: 1,
  premiere: 1,
  premier: 1,
  deuxième: 2,
  deuxieme: 2,
  seconde: 2,
  troisième: 3,
  troisieme: 3,
  quatrième: 4,
  quatrieme: 4,
  cinquième: 5,
  cinquieme: 5,
  sixième: 6,
  sixieme: 6,
  septième: 7,
  huitième: 8,
  neuvième: 9,
  dixième: 10,
};
const ordinalWord = String.raw`(${Object.keys(ordinals).join('|')}|\d{1,2}(?:\.?\s?[ªº]|[ae]|ème|eme|re|er))`;
const ordinalMarker = new RegExp(String.raw`(?<!${wordCharacter})${ordinalWord}\s+(?:${urgentActionWords}|UA|AU)\b`, 'giu');

function ordinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  return ordinals[lower] ?? (/^\d/.test(lower) ? Number(/^\d+/.exec(lower)![0]) : undefined);
}

/**
 * The action's sequence from an explicit ordinal ("Second Urgent Action 106.23",
 * "Primera AU 047/24", "Cuarta AU:", "Deuxième action urgente"): one that names
 * this number, or names none in a heading or a sentence about this action.
 * Update wording ("Update:", "the third update of") sets none.
 */
export function findSequence(lines: readonly string[], referenceNumber: string): Found<number> | undefined {
  for (const [index, line] of lines.entries()) {
    for (const match of line.matchAll(ordinalMarker)) {
      const word = match[1]!;
      // "AU"/"UA" in capitals only, as in the reference.
      if (/(?:UA|AU)$/i.test(match[0]) && !/(?:UA|AU)$/.test(match[0])) continue;
      const after = line.slice(match.index + match[0].length, match.index + match[0].length + 24);
      const named = new RegExp(String.raw`^\s*(?:on\s+|de\s+|sur\s+)?(?:UA\s*|AU\s*)?:?\s*(?:N[oº°]\.?\s*)?${number}`).exec(after);
      const value = ordinalValue(word);
      if (value === undefined) continue;
      if (named) {
        if (`${named[1]}${named[2]}${named[3]}` === referenceNumber) return { value, index };
        continue;
      }
      const sentence = line.length <= headingLength ? line : sentenceAround(line, match.index);
      if (line.length <= headingLength || /\b(?:this|esta|este|cette|ce|es\s+la|is\s+the|est\s+la)\b/i.test(sentence)) {
        return { value, index };
      }
    }
  }
  return undefined;
}

function sentenceAround(line: string, at: number): string {
  const start = Math.max(line.lastIndexOf('. ', at) + 1, 0);
  const end = line.indexOf('. ', at);
  return line.slice(start, end < 0 ? undefined : end);
}

// Separators of breadcrumbs and heading parts: "Home › Urgent Actions › Azerbaijan", "AU 193/26 · Cameroun".
const partSeparator = /\s+[|/›>»·•–—]\s+|\s*\|\s*/;
const headingLines = 15;

type Country = { code: string; name: string };

function countryOf(text: string): Country | undefined {
  const found = findCountry(text, countryCodeInOtherLanguages);
  return found && { code: found.code, name: found.name };
}

/**
 * A page's headline in the form urgent actions are titled by: a country, a
 * colon or dash, then the news ("Colombia: líder campesina desplazada…").
 */
export function isCountryHeadline(line: string): boolean {
  const head = /^([^:–—]{2,40}?)\s*[:–—]\s+\S/u.exec(line)?.[1];
  if (!head || line.length > 160 || /[.:]$/.test(line)) return false;
  const country = countryOf(head);
  return country !== undefined && country.name.length === head.trim().length;
}

/** A heading part that names a country: alone, before a colon ("Mexico: …"), or in brackets at the end ("… (Egypt)"). */
function countryPart(part: string): Country | undefined {
  const text = part.trim().replace(/[.]+$/, '');
  const whole = countryOf(text);
  if (whole && whole.name.length === text.replace(/^[([]|[)\]]$/g, '').length) return whole;
  const head = /^([^:–—]{2,40}?)\s*[:–—]\s/u.exec(text)?.[1];
  const before = head ? countryOf(head) : undefined;
  if (before && before.name.length === head!.trim().length) return before;
  const tail = /\(([^()]{2,40})\)$/.exec(text)?.[1];
  const after = tail ? countryOf(tail) : undefined;
  return after && after.name.length === tail!.trim().length ? after : undefined;
}

/**
 * The country of the case: on the reference line, or in a heading near the
 * top or a line that names the action: a breadcrumb's last part, "Mexico: …",
 * "Urgent Action: … (Egypt)". Never from prose.
 */
export function findCaseCountry(lines: readonly string[], reference: Reference): Found<Country> | undefined {
  const referenceLine = lines[reference.index] ?? '';
  const onReference = referenceLine.length <= headingLength ? headingRest(referenceLine).country : undefined;
  if (onReference) return { value: { code: onReference.code, name: onReference.name }, index: reference.index };
  // Another heading with the same number: the country beside it, "(Venezuela: UA 166.26)".
  for (const [index, line] of lines.entries()) {
    if (!line || index === reference.index || line.length > headingLength || !line.includes(reference.number)) continue;
    const segment =
      [...line.matchAll(/\(([^()]*)\)/g)].map((match) => match[1]!).find((inside) => inside.includes(reference.number)) ??
      line.split(partSeparator).find((part) => part.includes(reference.number));
    const country = segment ? headingRest(segment).country : undefined;
    if (country) return { value: { code: country.code, name: country.name }, index };
  }
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const nearTop = ++seen <= headingLines;
    if (line.length > headingLength || (!nearTop && !new RegExp(marker.source).test(line))) continue;
    for (const part of line.split(partSeparator)) {
      const country = countryPart(part);
      if (country) return { value: country, index };
    }
  }
  return undefined;
}

/** The countries a text names (capitalized, as names are), in order. */
function countriesNamed(text: string): Country[] {
  const countries: Country[] = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|de|del|la|du|des)\s+)?\p{Lu}[\p{L}'’.-]*){0,4}/gu)) {
    let rest = match[0];
    for (let found = findCountry(rest, countryCodeInOtherLanguages); found; found = findCountry(rest, countryCodeInOtherLanguages)) {
      countries.push({ code: found.code, name: found.name });
      rest = rest.slice(found.end);
    }
  }
  return countries;
}

const mission =
  /embass|embajad|ambassad|high\s+commission|consul|\bmission|\bmisi[oó]n|c\/o\b|permanent\s+representative|representante\s+permanente|repr[ée]sentant\s+permanent|charg[ée]e?\s+d['’]affaires|encargad[oa]\s+de\s+negocios/i;

/**
 * Without a heading that names it, the country of the case is the one the
 * introduction's sentences name that an official's address or office names
 * too, or else the country in the first official's address, unless that
 * official is an embassy or mission abroad.
 */
export function countryFromOfficials(
  lines: readonly string[],
  introEnd: number,
  officials: readonly Official[],
): Found<Country> | undefined {
  const atHome = officials.filter(
    (official) => ![official.name, official.title, official.organization, ...official.address].some((text) => text && mission.test(text)),
  );
  const named = atHome.flatMap((official) =>
    [...official.address, official.title ?? '', official.organization ?? ''].flatMap((text) =>
      countriesNamed(text).map((country) => ({ country, index: official.evidence.address ?? official.evidence.name! })),
    ),
  );
  const sentences = lines.slice(0, introEnd).filter((line) => line.split(/\s+/).length >= 8);
  for (const country of sentences.flatMap(countriesNamed)) {
    const also = named.find((found) => found.country.code === country.code);
    if (also) return { value: also.country, index: lines.findIndex((line) => line.includes(also.country.name)) };
  }
  const first =
    atHome[0] === officials[0] ? named.find((found) => officials[0]!.address.some((line) => line.includes(found.country.name))) : undefined;
  return (
    first && { value: first.country, index: lines.findIndex((line, index) => index >= first.index && line.includes(first.country.name)) }
  );
}
