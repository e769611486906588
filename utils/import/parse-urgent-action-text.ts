import { describeIssues } from '@/utils/feed/issues';
import { feedItemSchema, type FeedItem, type FeedTarget } from '@/utils/feed/schema';
import { parseDeadlineLine, type Deadline } from './deadline';
import { parseHeaderLine, sequenceFromText, type Header } from './header';
import { findLetter } from './letter';
import { nameWithoutHonorifics } from './official-lines';
import { parseOfficials, type Official } from './officials';
import { problem, type Problem } from './problem';
import { slugify, uniqueSlugs } from './slug';
import { bulletText, joinParagraph, paragraphs, toLines } from './text-lines';
import { titleFromSummary } from './title';

export type ParseResult = { ok: true; item: FeedItem; notes: Problem[] } | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /** The action's page, copied into the item's `url`. */
  url?: string;
  /** "Today", for a deadline written without its year. */
  now?: Date;
}

// Pages open with the header, at most after a title, a date or a breadcrumb or two.
const headerSearchLines = 5;

const headingLine =
  /^(?:take\s+action(?:\s+now)?|act\s+now|what\s+(?:to|you\s+can)\s+do|how\s+to\s+help|write\s+to|send\s+(?:your\s+)?appeals\s+to|contacts?|contact\s+(?:information|details)|officials|targets|(?:government\s+)?officials\s+to\s+contact|(?:sample|suggested|model)\s+(?:letter|message|email)|additional\s+information|background|instructions)\s*:?$/i;
const titleLine = /^Title\s*:\s*(\S.*)$/i;
const tweetLine = /^(?:(?:sample|suggested)\s+)?(?:tweet|post\s+on\s+x|x\s+post)\s*:\s*(.*)$/i;
const reportLine = /^click\s+here\b|\blet\s+us\s+know\b|\breport\s+(?:back|your\s+actions?|the\s+actions?)\b/i;

function failure(code: string, message: string, kind: string): ParseResult {
  return { ok: false, problems: [problem(code, message, [], kind)] };
}

function findHeader(lines: readonly string[]): { header: Header; index: number } | undefined {
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    if (!line) continue;
    const header = parseHeaderLine(line);
    if (header) return { header, index };
    if (++seen >= headerSearchLines) return undefined;
  }
  return undefined;
}

function findDeadline(lines: readonly string[], skip: (index: number) => boolean, now?: Date) {
  for (const [index, line] of lines.entries()) {
    if (skip(index) || !line) continue;
    const deadline = parseDeadlineLine(line, now);
    if (deadline) return { deadline, index };
  }
  return undefined;
}

/** Summary paragraphs and instruction bullets (a bullet's wrapped lines stay with it). */
function readIntroduction(lines: readonly string[]): { summary: string[]; instructions: string[] } {
  const summary: string[] = [];
  const instructions: string[] = [];
  for (const group of paragraphs(lines)) {
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
  return { summary, instructions: instructions.filter((line) => !reportLine.test(line)) };
}

function toTargets(officials: readonly Official[]): FeedTarget[] {
  const ids = uniqueSlugs(
    officials.map(
      (official, index) =>
        slugify(nameWithoutHonorifics(official.name).replace(/\([^)]*\)/g, '')) || `official-${index + 1}`,
    ),
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

function deadlineFields(deadline: Deadline | undefined) {
  return {
    ...(deadline?.endsAt && { ends_at: deadline.endsAt }),
    ...(deadline?.status === 'ended' && { status: 'ended' as const }),
  };
}

/**
 * Turns the text of an urgent action's page into one feed item. What the text
 * does not state is left out and reported in `notes`, never guessed; a text
 * without a header, officials or a sample letter is rejected with `problems`.
 */
export function parseUrgentActionText(text: string, options: ParseOptions = {}): ParseResult {
  const lines = toLines(text);
  if (!lines.some(Boolean)) return failure('not-an-urgent-action', 'The text is empty.', 'empty');
  const found = findHeader(lines);
  if (!found) {
    return failure(
      'not-an-urgent-action',
      'This does not look like an urgent action: none of its first lines is a header such as "UA: Peru 106.23" or "Urgent Action: Iran (UA 12.24)".',
      'no-header',
    );
  }
  const { header, index: headerIndex } = found;
  const notes: Problem[] = [];
  const problems: Problem[] = [];

  const letter = findLetter(lines, headerIndex + 1);
  const inLetter = (index: number) => letter !== undefined && index >= letter.start && index < letter.end;
  const deadline = findDeadline(lines, inLetter, options.now);

  // The lines between header and letter, without the ones read on their own.
  const middle = lines.slice(headerIndex + 1, letter?.start ?? lines.length);
  let statedTitle = header.rest;
  let tweet: string | undefined;
  middle.forEach((line, index) => {
    const tweetMatch = tweetLine.exec(line);
    const titleMatch = titleLine.exec(line);
    if (headerIndex + 1 + index === deadline?.index || headingLine.test(line)) {
      middle[index] = '';
    } else if (titleMatch) {
      statedTitle ??= titleMatch[1];
      middle[index] = '';
    } else if (tweetMatch) {
      const next = tweetMatch[1] ? index : middle.findIndex((other, at) => at > index && other !== '');
      tweet ??= middle[next]?.replace(tweetLine, '$1');
      middle[index] = '';
      if (next >= 0) middle[next] = '';
    }
  });

  const officials = parseOfficials(middle);
  notes.push(...officials.notes);
  const intro = readIntroduction(middle.slice(0, officials.start));
  let summaryParagraphs = intro.summary;

  // A short first line above the summary, or above the header, is the page's title.
  const firstIntro = summaryParagraphs[0];
  if (!statedTitle && firstIntro && summaryParagraphs.length > 1 && firstIntro.length <= 120 && !/[.!?:]$/.test(firstIntro)) {
    statedTitle = firstIntro;
    summaryParagraphs = summaryParagraphs.slice(1);
  }
  const lineAboveHeader = lines.slice(0, headerIndex).filter(Boolean).at(-1);
  if (!statedTitle && lineAboveHeader && lineAboveHeader.length <= 120 && !/[.!?:]$/.test(lineAboveHeader)) {
    statedTitle = lineAboveHeader;
  }

  if (officials.namesFound === 0) {
    problems.push(
      problem('no-officials', 'No officials found: no name line such as "Mr. …", "President …" or "Ambassador …" before an address or contact details.', [], 'no-names'),
    );
  } else if (officials.officials.length === 0) {
    problems.push(problem('no-officials', "No official's contact details found: no address, email, phone, fax or Twitter/X handle.", [], 'no-contacts'));
  }
  if (!letter || !letter.body) {
    problems.push(
      problem(
        'no-letter',
        letter
          ? `The sample letter has no text after "${letter.salutation}".`
          : 'No sample letter found: no opening line such as "Dear Minister," followed by the letter and a closing such as "Yours sincerely,".',
        letter ? [letter.salutation] : [],
        letter ? 'no-body' : 'none',
      ),
    );
  }
  if (problems.length > 0 || !letter) return { ok: false, problems };

  if (!letter.closing) {
    notes.push(problem('no-closing', 'The sample letter has no closing such as "Yours sincerely,"; it was read to the end of the text.'));
  }
  if (!deadline) notes.push(problem('no-deadline', 'No deadline found; the action stays open until the feed ends it.'));
  else if (deadline.deadline.yearAssumed) {
    const line = lines[deadline.index] ?? '';
    const year = deadline.deadline.endsAt?.slice(0, 4) ?? '';
    notes.push(problem('deadline-year-assumed', `"${line}" gives no year; took ${year}.`, [line, year]));
  }
  if (!header.country) {
    const line = lines[headerIndex] ?? '';
    notes.push(problem('no-country', `No known country name in the header "${line}".`, [line]));
  }

  const summary = summaryParagraphs.join('\n\n');
  const instructions = intro.instructions.join('\n');
  let title = statedTitle;
  if (!title) {
    title = summary ? titleFromSummary(summary, header.country?.name) : [header.country?.name, header.reference].filter(Boolean).join(': ');
    notes.push(
      problem(
        'title-derived',
        `The page states no title; made "${title}" from ${summary ? 'the summary' : 'the header'}.`,
        [title],
        summary ? 'summary' : 'header',
      ),
    );
  }
  if (!letter.subject) notes.push(problem('subject-derived', 'The letter has no subject line; the title was used.'));

  const [firstOfficial] = officials.officials;
  if (firstOfficial) firstOfficial.salutation ??= letter.salutation;
  const sequence = header.sequence ?? sequenceFromText(text, header.number);

  const item = {
    id: [slugify(header.reference), sequence].filter(Boolean).join('-'),
    ...(options.url && { url: options.url }),
    title,
    ...(summary && { summary }),
    ...((summary || instructions) && { content_text: [summary, instructions].filter(Boolean).join('\n\n') }),
    _urgent_action: {
      reference: header.reference,
      ...(sequence && { sequence }),
      ...(header.country && { country: header.country.code }),
      ...deadlineFields(deadline?.deadline),
      ...(instructions && { instructions }),
      targets: toTargets(officials.officials),
      letter: {
        subject: letter.subject ?? title,
        body: letter.body,
        ...(letter.closing && { closing: letter.closing }),
      },
      ...(tweet && { tweet }),
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
  return { ok: true, item: checked.data, notes };
}
