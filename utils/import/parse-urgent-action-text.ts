/**
 * Reads the text of an urgent action (a page, a pasted part of one, a pasted
 * email) in English, Spanish or French into one feed item, by evidence rather
 * than by position: each part is found from what states it, wherever it stands.
 * What the text does not state is left out and reported in `notes`, never
 * guessed; `evidence` says for each field found which line it was read from.
 */
import { describeIssues } from '@/utils/feed/issues';
import { feedItemSchema, type FeedItem, type FeedTarget } from '@/utils/feed/schema';
import { findActionUrl } from './action-url';
import { findDeadline, type Deadline } from './deadline';
import { detectLanguage, type Language } from './language';
import { findLetter, findOutline, pointsToSampleLetter, splitLetterLines, type LetterParts } from './letter';
import { nameWithoutHonorifics } from './official-lines';
import { parseOfficials, type Official, type OfficialField, type OfficialsResult } from './officials';
import { prepareText } from './prepare-text';
import { problem, type Problem } from './problem';
import {
  countryFromOfficials,
  findCaseCountry,
  findReference,
  findSequence,
  type Found,
  isCountryHeadline,
  type Reference,
  urgentActionWords,
} from './reference';
import { slugify, uniqueSlugs } from './slug';
import { bulletText, joinParagraph, paragraphs } from './text-lines';
import { titleFromSummary } from './title';

/** Field path in the item (`reference`, `ends_at`, `targets.0.email`, `letter.body` …) → the line it was read from. */
export type Evidence = Partial<Record<string, string>>;

export type ParseResult = { ok: true; item: FeedItem; notes: Problem[]; evidence: Evidence } | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /** The action's page, copied into the item's `url`. */
  url?: string;
  /** "Today", for a deadline written without its year. */
  now?: Date;
}

interface Text {
  lines: string[];
  language: Language;
  isEmail: boolean;
}

interface Reading {
  text: Text;
  reference?: Reference;
  sequence?: Found<number>;
  country?: Found<{ code: string; name: string }>;
  letter?: LetterParts;
  officials: OfficialsResult;
  deadline?: Deadline;
  /** An email's link to the action's page. */
  actionUrl?: Found<string>;
}

const titleLine = /^(?:Title|Título|Titre)\s*:\s*(\S.*)$/i;
const tweetLine = /^(?:(?:sample|suggested)\s+)?(?:tweet|post\s+on\s+x|x\s+post|tuit|tweet\s+sugerido|mensaje\s+para\s+x)\s*:\s*(.*)$/i;
const reportLine =
  /^click\s+here\b|\blet\s+us\s+know\b|\breport\s+(?:back|your\s+actions?|the\s+actions?)\b|\bcu[ée]ntanos\b|\binf[óo]rma(?:nos)?\s+(?:de\s+)?(?:tus|las)\s+acciones\b|\bfaites[-\s]nous\s+savoir\b|\bsignalez\b/i;
const sectionHeading =
  /^(?:take\s+action(?:\s+now)?|act\s+now|what\s+(?:to|you\s+can)\s+do|how\s+to\s+help|write\s+to|send\s+(?:your\s+)?appeals\s+to|contacts?|contact\s+(?:information|details)|officials|targets|(?:sample|suggested|model)\s+(?:letter|message|email)|additional\s+information|background|instructions|actúa|act[uú]a\s+ya|qu[ée]\s+puedes\s+hacer|informaci[oó]n\s+adicional|carta\s+modelo|agissez|que\s+faire|informations?\s+compl[ée]mentaires?|lettre\s+type)\s*:?$/i;
const maxEvidence = 240;

function clip(line: string): string {
  return line.length > maxEvidence ? `${line.slice(0, maxEvidence - 1)}…` : line;
}

/** Stage 1: the lines, with email headers and run-together letters undone, and the language. */
function readText(text: string): Text {
  const prepared = prepareText(text);
  // A pasted email's subject often carries the number ("UA 12/24: Free …"): it is read as the text's first line.
  const subject = prepared.emailSubject?.replace(/^(?:(?:fwd?|fw|re|tr|rv|reenv(?:iado)?)\s*:\s*)+/i, '');
  return {
    lines: splitLetterLines(subject ? [subject, '', ...prepared.lines] : prepared.lines),
    language: detectLanguage(text),
    isEmail: prepared.isEmail,
  };
}

/** Stage 2: every part of the action, each from its own evidence. */
function readParts(text: Text, now?: Date): Reading {
  const { lines, language } = text;
  const reference = findReference(lines, language);
  // A first reading of the officials over the whole text says where their contact details are: the letter is
  // looked for after and around them, never in them.
  const firstReading = parseOfficials(lines);
  const firstContact = Math.min(...firstReading.used, lines.length);
  const letter =
    findLetter(lines, firstContact === lines.length ? -1 : firstContact, (index) => isContactLine(firstReading, index)) ??
    findOutline(lines, (index) => isContactLine(firstReading, index));
  const inLetter = (index: number) => letter !== undefined && index >= letter.start && index < letter.end;
  const officials = parseOfficials(lines, inLetter);
  const introEnd = Math.min(officials.start, letter?.start ?? lines.length);
  return {
    text,
    ...(reference && { reference }),
    ...(reference && {
      sequence: findSequence(lines, reference.number),
      country: findCaseCountry(lines, reference) ?? countryFromOfficials(lines, introEnd, officials.officials),
    }),
    ...(letter && { letter }),
    officials,
    deadline: findDeadline(lines, inLetter, now, language),
    ...(text.isEmail && { actionUrl: emailActionUrl(lines, officials) }),
  };
}

function emailActionUrl(lines: readonly string[], officials: OfficialsResult): Found<string> | undefined {
  const found = findActionUrl(lines, officials.used);
  return found && { value: found.url, index: found.index };
}

const contactFields = new Set<string>(['email', 'phone', 'fax', 'twitter', 'salutation']);

function isContactLine(officials: OfficialsResult, index: number): boolean {
  return officials.officials.some((official) =>
    Object.entries(official.evidence).some(([field, line]) => line === index && contactFields.has(field)),
  );
}

/** Stage 3: what makes the text no urgent action, or one that cannot be imported. */
function rejections(reading: Reading): Problem[] {
  const { reference, officials, letter } = reading;
  const problems: Problem[] = [];
  if (!reference) {
    // Officials to write to and a letter (or points) make an action, numbered or not.
    const looksLikeAction = officials.officials.length > 0 && letter !== undefined;
    problems.push(
      looksLikeAction
        ? problem('no-reference', 'The text states no urgent action number, such as "UA 106.23", "UA 235/17" or "AU 047/24".')
        : problem(
            'not-an-urgent-action',
            'This does not look like an urgent action: it states no urgent action number (such as "UA 106.23" or "AU 047/24"), and no officials to write to with a sample letter.',
            [],
            'no-action',
          ),
    );
    return problems;
  }
  if (officials.namesFound === 0) {
    problems.push(
      problem(
        'no-officials',
        'No officials found: no name or office with an address, email, phone, fax or Twitter/X handle.',
        [],
        'no-names',
      ),
    );
  } else if (officials.officials.length === 0) {
    problems.push(
      problem('no-officials', "No official's contact details found: no address, email, phone, fax or Twitter/X handle.", [], 'no-contacts'),
    );
  }
  if (!letter || !letter.body) {
    problems.push(
      problem(
        'no-letter',
        letter?.salutation
          ? `The sample letter has no text after "${letter.salutation}".`
          : 'No sample letter found: no opening line such as "Dear Minister,", "Estimado Fiscal General:" or "Monsieur le Président," followed by the letter, and no points to raise.',
        letter?.salutation ? [letter.salutation] : [],
        letter ? 'no-body' : 'none',
      ),
    );
  }
  return problems;
}

const updateWording =
  /^(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?update\b|\bfurther\s+information\b|\bmise\s+à\s+jour\b|\bactualizaci[oó]n\b|\binformaci[oó]n\s+complementaria\b|\bcompl[ée]ment\s+d['’]information\b/i;

// The marker alone ("URGENT ACTION", "Acción Urgente") is no title.
const markerOnly = new RegExp(`^${urgentActionWords}s?$`, 'i');

function isTitleLike(line: string): boolean {
  return line.length <= 120 && !/[.!?:]$/.test(line) && !markerOnly.test(line) && bulletText(line) === undefined;
}

interface Introduction {
  title?: string;
  summary: string[];
  instructions: string[];
  tweet?: string;
  /** Where the stated title was read. */
  titleIndex?: number;
}

/** Stage 4: title, summary, instructions and tweet, from the lines before the officials and the letter. */
function readIntroduction(reading: Reading): Introduction {
  const { lines } = reading.text;
  const end = Math.min(reading.officials.start, reading.letter?.start ?? lines.length);
  const skipped = new Set(
    [
      reading.reference,
      reading.deadline && { index: reading.deadline.dateIndex },
      reading.deadline && { index: reading.deadline.statusIndex },
    ]
      .map((found) => found?.index)
      .filter((index): index is number => index !== undefined),
  );
  const referenceLine = reading.reference ? (lines[reading.reference.index] ?? '') : '';
  const intro = lines.slice(0, end).map((line, index) => (skipped.has(index) || reading.officials.used.has(index) ? '' : line));
  // What the reference line says besides the number is a title, unless it only says it is an update.
  const rest = reading.reference?.rest;
  let title = rest && !updateWording.test(rest) ? rest : undefined;
  let titleIndex = title ? reading.reference?.index : undefined;
  let tweet: string | undefined;
  intro.forEach((line, index) => {
    const tweetMatch = tweetLine.exec(line);
    const titleMatch = titleLine.exec(line);
    if (sectionHeading.test(line) || markerOnly.test(line) || (pointsToSampleLetter(line) && bulletText(line) === undefined)) {
      intro[index] = '';
    } else if (titleMatch) {
      if (!title) [title, titleIndex] = [titleMatch[1], index];
      intro[index] = '';
    } else if (tweetMatch) {
      const next = tweetMatch[1] ? index : intro.findIndex((other, at) => at > index && other !== '');
      tweet ??= intro[next]?.replace(tweetLine, '$1');
      intro[index] = '';
      if (next >= 0) intro[next] = '';
    }
  });
  // A "Country: news" headline is the page's title, unless the reference line or a Title: line gave one in that form.
  const headlineIndex = intro.findIndex((line) => isCountryHeadline(line));
  if (headlineIndex >= 0 && !(title && isCountryHeadline(title))) {
    [title, titleIndex] = [intro[headlineIndex], headlineIndex];
    intro[headlineIndex] = '';
  }
  // Lines above the reference line are a page's date, breadcrumb or title, not its summary.
  const referenceIndex = reading.reference && referenceLine.length <= 160 ? reading.reference.index : -1;
  const above = intro.slice(0, Math.max(referenceIndex, 0)).filter(Boolean);
  const body = referenceIndex >= 0 ? intro.slice(referenceIndex + 1) : intro;

  // A page read without blank lines runs its title into the summary: a short first line before prose is the title.
  const [firstLine, secondLine] = body.filter(Boolean);
  if (
    !title &&
    firstLine &&
    secondLine &&
    isTitleLike(firstLine) &&
    secondLine.length > 120 &&
    body.indexOf(secondLine) === body.indexOf(firstLine) + 1
  ) {
    title = firstLine;
    titleIndex = lines.indexOf(firstLine);
    body[body.indexOf(firstLine)] = '';
  }
  const summary: string[] = [];
  const instructions: string[] = [];
  for (const group of paragraphs(body)) {
    const prose: string[] = [];
    let inBullet = false;
    for (const line of group) {
      const bullet = bulletText(line);
      if (bullet !== undefined) instructions.push(bullet);
      else if (inBullet) instructions.push(`${instructions.pop()} ${line}`);
      else prose.push(line);
      inBullet ||= bullet !== undefined;
    }
    if (prose.length > 0) summary.push(joinParagraph(prose));
  }
  // A short first line above the summary, or above the reference line, is the page's title.
  const first = summary[0];
  if (!title && first && summary.length > 1 && isTitleLike(first)) {
    title = first;
    titleIndex = lines.indexOf(first);
    summary.shift();
  }
  const lineAbove = above.at(-1);
  if (!title && lineAbove && isTitleLike(lineAbove)) {
    title = lineAbove;
    titleIndex = lines.indexOf(lineAbove);
  }
  return {
    ...(title && { title }),
    ...(titleIndex !== undefined && title && { titleIndex }),
    summary,
    instructions: instructions.filter((line) => !reportLine.test(line)),
    ...(tweet && { tweet }),
  };
}

/**
 * Stage 5: the letter's salutation goes to every official when it is the
 * text's only one (the officials give none of their own, or the letter's); else
 * to those without one that it names ("Dear President Ortega,").
 */
function assignSalutations(officials: readonly Official[], letter: LetterParts | undefined): void {
  const salutation = letter?.salutation;
  if (!salutation) return;
  const without = officials.filter((official) => !official.salutation);
  const named = without.filter((official) => addresses(salutation, official));
  const same = (text: string) => text.toLowerCase().replace(/[\s,:;.!]+$/, '');
  // One salutation in the text (none of the officials' own, or theirs the letter's): every official's, copies included.
  const single = officials.every((official) => !official.salutation || same(official.salutation) === same(salutation));
  const addressed = single ? without : named;
  for (const official of addressed) {
    official.salutation = salutation;
    official.evidence.salutation = letter.salutationIndex;
  }
}

const courtesyWords = new Set(
  `dear your his her honourable honorable mr mrs ms miss dr the of to and estimado estimada estimados estimadas
  distinguido distinguida señor señora sr sra srta su de del la los las y monsieur madame le les l cher chère votre et`.split(/\s+/),
);

/** Whether a salutation names this official: a word of the name or of the office ("Dear Head of the Judiciary,"). */
function addresses(salutation: string, official: Official): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 1 && !courtesyWords.has(word));
  const own = new Set([...words(official.name), ...words(official.title ?? '')]);
  return words(salutation).some((word) => own.has(word));
}

function toTargets(officials: readonly Official[]): FeedTarget[] {
  const ids = uniqueSlugs(
    officials.map((official, index) => slugify(nameWithoutHonorifics(official.name).replace(/\([^)]*\)/g, '')) || `official-${index + 1}`),
  );
  return officials.map(({ name, title, organization, address, email, phone, fax, twitter, salutation }, index) => ({
    id: ids[index]!,
    name,
    ...(title && { title }),
    ...(organization && { organization }),
    ...(address.length > 0 && { address }),
    ...(email && { email }),
    ...(phone && { phone }),
    ...(fax && { fax }),
    ...(twitter && { twitter }),
    ...(salutation && { salutation }),
  }));
}

/** Stage 6: for each field, the line it was read from. */
function collectEvidence(reading: Reading, introduction: Introduction, officials: readonly Official[]): Evidence {
  const { lines } = reading.text;
  const evidence: Evidence = {};
  const note = (field: string, index: number | undefined) => {
    const line = index === undefined ? undefined : lines[index];
    if (line) evidence[field] = clip(line);
  };
  note('title', introduction.titleIndex);
  note('reference', reading.reference?.index);
  note('sequence', reading.sequence?.index);
  note('country', reading.country?.index);
  note('url', reading.actionUrl?.index);
  if (reading.deadline?.endsAt) note('ends_at', reading.deadline.dateIndex);
  if (reading.deadline?.status === 'ended') note('status', reading.deadline.statusIndex);
  officials.forEach((official, at) => {
    for (const [field, index] of Object.entries(official.evidence) as [OfficialField, number][]) {
      if (field === 'name' || official[field] !== undefined) note(`targets.${at}.${field}`, index);
    }
  });
  const { letter } = reading;
  if (letter) {
    note('letter.body', letter.bodyIndex);
    note('letter.closing', letter.closingIndex);
    if (letter.subject) note('letter.subject', letter.start);
    // Talking points: the line that announces them ("… calling on them to:").
    if (letter.outline) note('letter.outline', letter.start);
  }
  return evidence;
}

/** Stage 7: the notes on what the text left out or the importer had to choose. */
function collectNotes(reading: Reading): Problem[] {
  const { lines } = reading.text;
  const notes: Problem[] = [...reading.officials.notes];
  const { letter, deadline } = reading;
  if (letter && !letter.outline && !letter.closing) {
    notes.push(problem('no-closing', 'The sample letter has no closing such as "Yours sincerely,"; it was read to the end of the text.'));
  }
  if (letter?.outline) {
    notes.push(
      problem(
        'letter-outline',
        'The page gives points to raise instead of a sample letter: they were kept as an outline for you to write in your own words.',
      ),
    );
  }
  if (!deadline?.endsAt && deadline?.status !== 'ended') {
    notes.push(problem('no-deadline', 'No deadline found; the action stays open until the feed ends it.'));
  } else if (deadline?.yearAssumed && deadline.dateIndex !== undefined) {
    const line = lines[deadline.dateIndex] ?? '';
    const year = deadline.endsAt?.slice(0, 4) ?? '';
    notes.push(problem('deadline-year-assumed', `"${line}" gives no year; took ${year}.`, [line, year]));
  }
  if (!reading.country && reading.reference) {
    const line = lines[reading.reference.index] ?? '';
    notes.push(problem('no-country', `No known country name in the header "${line}".`, [line]));
  }
  if (!letter?.subject) notes.push(problem('subject-derived', 'The letter has no subject line; the title was used.'));
  return notes;
}

/** Stage 8: the feed item, checked against the feed schema. */
function buildItem(reading: Reading, introduction: Introduction, officials: Official[], options: ParseOptions): ParseResult {
  const { reference, letter, deadline } = reading;
  const notes = collectNotes(reading);
  const summary = introduction.summary.join('\n\n');
  const instructions = introduction.instructions.join('\n');
  const countryName = reading.country?.value.name;
  let title = introduction.title;
  if (!title) {
    title = (summary ? titleFromSummary(summary, countryName) : [countryName, reference!.reference].filter(Boolean).join(': ')).replace(
      /\s+/g,
      ' ',
    );
    notes.push(
      problem(
        'title-derived',
        `The page states no title; made "${title}" from ${summary ? 'the summary' : 'the header'}.`,
        [title],
        summary ? 'summary' : 'header',
      ),
    );
  }
  const sequence = reading.sequence?.value;
  const item = {
    id: [slugify(reference!.reference), sequence].filter(Boolean).join('-'),
    ...((options.url ?? reading.actionUrl) && { url: options.url ?? reading.actionUrl!.value }),
    title,
    ...(summary && { summary }),
    ...((summary || instructions) && { content_text: [summary, instructions].filter(Boolean).join('\n\n') }),
    _urgent_action: {
      reference: reference!.reference,
      ...(sequence && { sequence }),
      ...(reading.country && { country: reading.country.value.code }),
      ...(deadline?.endsAt && { ends_at: deadline.endsAt }),
      ...(deadline?.status === 'ended' && { status: 'ended' as const }),
      ...(instructions && { instructions }),
      targets: toTargets(officials),
      letter: {
        subject: letter!.subject ?? title,
        body: letter!.body,
        ...(letter!.closing && { closing: letter!.closing }),
        ...(letter!.outline && { outline: true }),
      },
      ...(introduction.tweet && { tweet: introduction.tweet }),
    },
  };
  const checked = feedItemSchema.safeParse(item);
  if (!checked.success) {
    return {
      ok: false,
      problems: describeIssues(checked.error.issues).map((message) =>
        problem('invalid-item', `The item made from the text is not valid: ${message}`, [message]),
      ),
    };
  }
  return { ok: true, item: checked.data, notes, evidence: collectEvidence(reading, introduction, officials) };
}

/**
 * Turns the text of an urgent action into one feed item. A text that states no
 * reference number, no official with a way to reach them, or neither a letter
 * nor points to raise is rejected with `problems` that say so.
 */
export function parseUrgentActionText(text: string, options: ParseOptions = {}): ParseResult {
  if (!text.trim()) return { ok: false, problems: [problem('not-an-urgent-action', 'The text is empty.', [], 'empty')] };
  const reading = readParts(readText(text), options.now);
  const problems = rejections(reading);
  if (problems.length > 0) return { ok: false, problems };
  const introduction = readIntroduction(reading);
  const officials = reading.officials.officials;
  assignSalutations(officials, reading.letter);
  return buildItem(reading, introduction, officials, options);
}
