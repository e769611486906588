import { problem, type Problem } from './problem';
import { emailValue, parseContactLine, phoneNumber, twitterHandle, type ContactEntry } from './contact-lines';
import { bulletText } from './text-lines';
import { isNameLine, isOfficeLine, isOrganizationLine, looksLikePlainName } from './official-lines';

export interface Official {
  name: string;
  title?: string;
  organization?: string;
  address: string[];
  twitter?: string;
  phone?: string;
  fax?: string;
  email?: string;
  salutation?: string;
}

export interface OfficialsResult {
  /** Officials with at least one way to reach them, in the order of the text. */
  officials: Official[];
  /** How many name lines the text had, reachable or not. */
  namesFound: number;
  /** The index of the line where the officials begin; the lines before are the introduction. */
  start: number;
  notes: Problem[];
}

type Kind = 'name' | 'office' | 'organization' | 'contact' | 'other';

interface Entry {
  line: string;
  /** Where the line is in the input. */
  index: number;
  /** Blank lines before this one. */
  gap: number;
  kind: Kind;
  contacts?: ContactEntry[];
  /** An office written on the name line: "Mr. Ahmad Vahidi, Minister of Interior". */
  inlineTitle?: string;
}

/** "Name, Office" or "Office, Name" on one line. */
function splitNameAndOffice(line: string): { name: string; title: string } | undefined {
  const comma = line.indexOf(', ');
  if (comma < 0) return undefined;
  const [first, second] = [line.slice(0, comma), line.slice(comma + 2)];
  if ((isNameLine(first) || looksLikePlainName(first)) && isOfficeLine(second)) return { name: first, title: second };
  if (isOfficeLine(first) && (isNameLine(second) || looksLikePlainName(second))) return { name: second, title: first };
  return undefined;
}

function toEntries(lines: readonly string[]): Entry[] {
  const entries: Entry[] = [];
  let gap = 0;
  for (const [index, line] of lines.entries()) {
    if (!line) {
      gap++;
      continue;
    }
    const contacts = parseContactLine(line);
    const combined = contacts ? undefined : splitNameAndOffice(line);
    if (contacts) entries.push({ line, index, gap, kind: 'contact', contacts });
    else if (combined) entries.push({ line: combined.name, index, gap, kind: 'name', inlineTitle: combined.title });
    else if (isNameLine(line)) entries.push({ line, index, gap, kind: 'name' });
    else if (isOfficeLine(line)) entries.push({ line, index, gap, kind: 'office' });
    else if (isOrganizationLine(line)) entries.push({ line, index, gap, kind: 'organization' });
    else entries.push({ line, index, gap, kind: 'other' });
    gap = 0;
  }
  // A bare name counts when an office stands right before or after it, unless
  // that office already belongs to the name above ("Mr. X / Minister of Justice").
  entries.forEach((entry, index) => {
    const kindAt = (offset: number) => entries[index + offset]?.kind;
    const officeAbove = kindAt(-1) === 'office' && kindAt(-2) !== 'name';
    const officeBelow = kindAt(1) === 'office' && kindAt(-1) !== 'name';
    if (entry.kind === 'other' && (officeAbove || officeBelow) && looksLikePlainName(entry.line)) entry.kind = 'name';
  });
  return entries;
}

/**
 * Where an official's block starts: organization or office lines may stand above
 * the name ("Peruvian Embassy in the United States" in the seed). Other short
 * lines count too once the previous official's contact lines closed its block,
 * or above the first official; never across two blank lines.
 */
function blockStart(entries: readonly Entry[], anchor: number, previousAnchor: number): number {
  let previousClosed = previousAnchor < 0;
  for (let index = previousAnchor + 1; index < anchor; index++) {
    if (entries[index]!.kind === 'contact') previousClosed = true;
  }
  let start = anchor;
  for (let index = anchor - 1; index > previousAnchor; index--) {
    const entry = entries[index]!;
    const fits =
      entry.kind === 'office' ||
      entry.kind === 'organization' ||
      (entry.kind === 'other' && previousClosed && isShortLine(entry.line));
    if (!fits || entries[index + 1]!.gap >= 2) break;
    // Lines right under a previous name with nothing else are that official's own.
    if (previousAnchor >= 0 && !previousClosed && index === previousAnchor + 1) break;
    start = index;
  }
  return start;
}

function isProse(line: string): boolean {
  return line.length > 100 || line.split(' ').length >= 14;
}

/** Not prose, a list item or a sentence: a line that could head an address. */
function isShortLine(line: string): boolean {
  return !isProse(line) && bulletText(line) === undefined && !/[.!?:]$/.test(line);
}

function applyContacts(official: Official, entries: readonly ContactEntry[], notes: Problem[]): void {
  for (const { field, label, value } of entries) {
    const who = official.name;
    if (field === 'other' || !value) continue;
    if (field !== 'salutation' && field !== 'email' && official[field] !== undefined) {
      notes.push(problem('extra-contact', `${who}: kept the first ${label}, left out "${value}".`, [who, value], field));
      continue;
    }
    if (field === 'twitter') {
      const handle = twitterHandle(value);
      if (handle) official.twitter = handle;
      else notes.push(problem('unreadable-contact', `${who}: "${value}" is not a Twitter/X handle.`, [who, value], field));
    } else if (field === 'phone' || field === 'fax') {
      const number = phoneNumber(value);
      if (number) official[field] = number;
      else notes.push(problem('unreadable-contact', `${who}: "${value}" is not a ${label} number.`, [who, value], field));
    } else if (field === 'email') {
      const email = emailValue(value);
      if (email.kind === 'hidden') {
        notes.push(
          problem(
            'hidden-email',
            `${who}: the page hides the email address ("[email protected]"); it was left out. Open the page in a browser to read it.`,
            [who],
          ),
        );
      } else if (email.kind === 'unreadable') {
        notes.push(problem('unreadable-contact', `${who}: "${value}" is not an email address.`, [who, value], field));
      } else if (official.email === undefined) {
        official.email = email.address;
      } else {
        notes.push(problem('extra-contact', `${who}: kept the first email address, left out "${value}".`, [who, value], field));
      }
    } else {
      official.salutation ??= value;
    }
  }
}

function buildOfficial(pre: readonly Entry[], anchor: Entry, after: readonly Entry[], notes: Problem[]): Official {
  const official: Official = { name: anchor.line, address: [] };
  if (anchor.inlineTitle) official.title = anchor.inlineTitle;
  const contacts: ContactEntry[] = [];
  const addLine = (entry: Entry) => {
    if (entry.kind === 'office' && official.title === undefined) official.title = entry.line;
    else if (entry.kind === 'organization' && official.organization === undefined) official.organization = entry.line;
    else official.address.push(entry.line.replace(/[\s,;]+$/, ''));
  };
  for (const entry of pre) {
    if (entry.kind === 'contact') contacts.push(...entry.contacts!);
    else if (entry.kind === 'other' && !/\d|^c\/o\b/i.test(entry.line) && official.organization === undefined) {
      official.organization = entry.line;
    } else addLine(entry);
  }
  after.forEach((entry, index) => {
    if (entry.kind === 'contact') contacts.push(...entry.contacts!);
    // An office counts only right under the name (or under the organization there).
    else if (entry.kind === 'office' && index > 1) official.address.push(entry.line);
    else if (isProse(entry.line)) {
      const excerpt = entry.line.slice(0, 60);
      notes.push(problem('ignored-text', `${official.name}: left out the text "${excerpt}…".`, [official.name, excerpt]));
    }
    else addLine(entry);
  });
  applyContacts(official, contacts, notes);
  return official;
}

function isReachable(official: Official): boolean {
  return Boolean(official.address.length || official.email || official.phone || official.fax || official.twitter);
}

/** The officials named in the lines between the introduction and the sample letter. */
export function parseOfficials(lines: readonly string[]): OfficialsResult {
  const entries = toEntries(lines);
  const anchors = entries.flatMap((entry, index) => (entry.kind === 'name' ? [index] : []));
  const starts = anchors.map((anchor, k) => blockStart(entries, anchor, k === 0 ? -1 : anchors[k - 1]!));
  const notes: Problem[] = [];
  const officials: Official[] = [];
  anchors.forEach((anchor, k) => {
    const end = starts[k + 1] ?? entries.length;
    const official = buildOfficial(entries.slice(starts[k], anchor), entries[anchor]!, entries.slice(anchor + 1, end), notes);
    if (isReachable(official)) officials.push(official);
    else notes.push(problem('official-without-contact', `${official.name}: no address or contact details; left out.`, [official.name]));
  });
  const first = starts[0] === undefined ? undefined : entries[starts[0]];
  return { officials, namesFound: anchors.length, notes, start: first?.index ?? lines.length };
}
