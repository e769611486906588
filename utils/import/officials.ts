/**
 * The officials to write to, found from their contact evidence: labelled
 * fields, email addresses, phone and fax numbers, handles and profile links,
 * postal lines under a name. The name and office lines around that evidence
 * make the official, in either order ("Public Prosecutor <name>", "<name>,
 * Minister of …") and across lines copied together onto one.
 */
import { countryCode } from './country-codes';
import { countryCodeInOtherLanguages } from './country-names';
import { emailValue, hasUrl, parseContactLine, phoneNumber, twitterHandle, unlabelledContact, type ContactEntry } from './contact-lines';
import { isClosing, isSampleHeading, salutationAt } from './letter';
import {
  hasPersonHonorific,
  isNameLine,
  isOfficeLine,
  isOrganizationLine,
  isStreetWord,
  looksLikePlainName,
  splitCommaRunTogether,
  splitNameAndOffice,
  splitRunTogetherOfficial,
} from './official-lines';
import { problem, type Problem } from './problem';
import { bulletText, unicodeWords } from './text-lines';

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
  /** Field → the index of the line it was read from. */
  evidence: Partial<Record<OfficialField, number>>;
}

export type OfficialField = 'name' | 'title' | 'organization' | 'address' | 'twitter' | 'phone' | 'fax' | 'email' | 'salutation';

export interface OfficialsResult {
  /** Officials with at least one way to reach them, in the order of the text. */
  officials: Official[];
  /** How many officials the text named, reachable or not. */
  namesFound: number;
  /** The index of the line where the first official begins, or the number of lines when there is none. */
  start: number;
  /** Indexes of the lines read as an official's. */
  used: Set<number>;
  notes: Problem[];
}

type Kind = 'name' | 'office' | 'organization' | 'contact' | 'url' | 'heading' | 'prose' | 'other';

interface Entry {
  /** The line without its bullet. */
  line: string;
  index: number;
  kind: Kind;
  contacts?: ContactEntry[];
  /** An office written on the name line: "Mr. Ahmad Vahidi, Minister of Interior". */
  inlineTitle?: string;
  /** The name has no person's honorific ("Mr.", "Sra."): it may be an office read as a name. */
  weakName?: boolean;
  /** Organization and postal text copied onto the name line. */
  inlineOrganization?: string;
  inlineAddress?: string;
}

const headingLine = unicodeWords(
  /^(?:take\s+action(?:\s+now)?|act\s+now|what\s+(?:to|you\s+can)\s+do|how\s+to\s+help|write\s+to|send\s+(?:your\s+)?(?:appeals|letters?|copies)\s+to|copies\s+to|contacts?|contact\s+(?:information|details)|officials|targets|(?:government\s+)?officials\s+to\s+contact|additional\s+information|background|instructions|escrib[ea]\s+a|env[ií][ae]\s+(?:tus\s+|sus\s+)?(?:llamamientos|cartas?|copias?)\s+a|copias?\s+a|destinatari[oa]s?|contactos?|datos\s+de\s+contacto|informaci[oó]n\s+adicional|[ée]crire\s+[àa]|[ée]crivez\s+[àa]|envoyez\s+(?:vos\s+)?(?:appels|lettres?|copies)\s+[àa]|copies?\s+[àa]|destinataires?|adresses?|coordonn[ée]es|informations?\s+compl[ée]mentaires?|actúa|agissez)\b[^.!?]{0,60}:?$/i,
);

// A short line that tells whom to write to: "Who to write to", "Escríbele a:", "Envoyez vos messages à :".
const writeToLine = unicodeWords(
  /^(?:please\s+|por\s+favor,?\s+)?(?:who\s+to\s+)?(?:write|send|copy|copies|escrib\w*|env[ií]\w*|copias?|[ée]cri\w*|envoy\w*|copie|adresse[sz]?)\b[^.!?\d]{0,50}$/i,
);

function isProse(line: string): boolean {
  return line.length > 110 || line.split(/\s+/).length >= 15 || (/[.!?]$/.test(line) && line.split(/\s+/).length >= 7);
}

function isStreetLine(line: string): boolean {
  return line.split(/\s+/).some((word) => isStreetWord(word)) || isPlace(line);
}

function isPlace(word: string): boolean {
  return countryCode(word.replace(/[,.]$/, ''), countryCodeInOtherLanguages) !== undefined;
}

// Labelled fields of a contact form: "Name: …", and the "Title: …" under it ("Title:" elsewhere is the action's).
const nameLabel = /^(?:(?:full\s+)?name|nombre(?:\s+completo)?|nom(?:\s+complet)?)\s*:\s*(\S.*)$/i;
const officeLabel = /^(?:title|position|office|job\s+title|cargo|puesto|t[íi]tulo|fonction|titre|poste)\s*:\s*(\S.*)$/i;

function classify(line: string, index: number, previous?: string): Entry {
  const unbulleted = bulletText(line) ?? line;
  const named = nameLabel.exec(unbulleted)?.[1];
  if (named && !/[@\d]/.test(named)) return { line: named.replace(/[\s,;]+$/, ''), index, kind: 'name' };
  const office = officeLabel.exec(unbulleted)?.[1];
  if (office && previous !== undefined && nameLabel.test(previous)) return { line: office.replace(/[\s,;]+$/, ''), index, kind: 'office' };
  const labelled = parseContactLine(unbulleted);
  // A website, a web form or a social network other than X is no way to write: at most a note.
  if (labelled?.every((entry) => entry.field === 'other')) return { line: unbulleted, index, kind: hasUrl(unbulleted) ? 'url' : 'other' };
  if (labelled) return { line: unbulleted, index, kind: 'contact', contacts: labelled };
  const text = unbulleted.replace(/[\s,;]+$/, '');
  const bare = unlabelledContact(text);
  if (bare) return { line: text, index, kind: 'contact', contacts: [bare] };
  if (hasUrl(text)) return { line: text, index, kind: 'url' };
  const combined = splitNameAndOffice(text);
  if (combined?.title) {
    return { line: combined.name, index, kind: 'name', inlineTitle: combined.title, weakName: !hasPersonHonorific(combined.name) };
  }
  if (isNameLine(text)) return { line: text, index, kind: 'name', weakName: !hasPersonHonorific(text) };
  if (isOfficeLine(text)) return { line: text, index, kind: 'office' };
  if (isOrganizationLine(text)) return { line: text, index, kind: 'organization' };
  if (headingLine.test(text) || writeToLine.test(text) || isSampleHeading(text) || (text.endsWith(':') && text.length <= 80)) {
    return { line: text, index, kind: 'heading' };
  }
  if (isProse(text) || salutationAt(text) || isClosing(text)) return { line: text, index, kind: 'prose' };
  return { line: text, index, kind: 'other' };
}

/** Reads a line copied with its whole block ("<name> <office> <address>") when contacts follow it. */
function readRunTogether(entry: Entry, next: Entry | undefined): Entry {
  if (entry.kind === 'name' || entry.kind === 'contact' || entry.kind === 'heading' || entry.kind === 'url' || next?.kind !== 'contact')
    return entry;
  const parts = splitCommaRunTogether(entry.line) ?? splitRunTogetherOfficial(entry.line, isPlace);
  if (!parts || (!parts.title && !parts.address && !parts.organization)) return entry;
  return {
    ...entry,
    kind: 'name',
    line: parts.name,
    ...(parts.title && { inlineTitle: parts.title }),
    ...(parts.organization && { inlineOrganization: parts.organization }),
    ...(parts.address && { inlineAddress: parts.address }),
  };
}

function toEntries(lines: readonly string[], skip: (index: number) => boolean): Entry[] {
  const entries: Entry[] = [];
  let previous: string | undefined;
  lines.forEach((line, index) => {
    if (!line || skip(index)) return;
    entries.push(classify(line, index, previous));
    previous = line;
  });
  entries.forEach((entry, at) => {
    entries[at] = readRunTogether(entry, entries[at + 1]);
  });
  // Of two names in a row, one written with a person's honorific, the other is an office that reads like a name
  // ("Presidenta del Instituto Paraguayo del Indígena" above "Sra. Griselda Benítez").
  entries.forEach((entry, at) => {
    const neighbours = [entries[at - 1], entries[at + 1]];
    const strongBeside = neighbours.some((other) => other?.kind === 'name' && !other.weakName);
    const text = bulletText(lines[entry.index]!) ?? lines[entry.index]!;
    if (entry.kind === 'name' && entry.weakName && strongBeside && isOfficeLine(text.replace(/[\s,;]+$/, ''))) {
      entries[at] = { line: text.replace(/[\s,;]+$/, ''), index: entry.index, kind: 'office' };
    }
  });
  // A bare name counts beside an office ("Prosecutor General / Andrei Shved"), or right above contacts.
  entries.forEach((entry, at) => {
    if (entry.kind !== 'other' || !looksLikePlainName(entry.line)) return;
    const kindAt = (offset: number) => entries[at + offset]?.kind;
    const officeAbove = kindAt(-1) === 'office' && kindAt(-2) !== 'name';
    const officeBelow = kindAt(1) === 'office' && kindAt(-1) !== 'name';
    const contactBelow = kindAt(1) === 'contact' && kindAt(-1) !== 'name' && kindAt(-1) !== 'other';
    if (officeAbove || officeBelow || contactBelow) entry.kind = 'name';
  });
  return entries;
}

interface Block {
  pre: Entry[];
  anchor?: Entry;
  after: Entry[];
  /** Contact lines seen: the block's own lines end there. */
  closed: boolean;
  fields: Set<string>;
}

const describingKinds = new Set<Kind>(['office', 'organization', 'other', 'url']);

/** A line that may be a name the vocabulary does not know: a few capitalized words, no digits. */
function mayBeName(entry: Entry): boolean {
  const words = entry.line.split(/\s+/);
  return (
    entry.kind === 'other' && !/[\d@]/.test(entry.line) && words.length <= 8 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= 2
  );
}

/** Lines that can stand above a name: its office or organization, or a short line such as an embassy's name. */
function canHead(entry: Entry): boolean {
  if (entry.kind === 'office' || entry.kind === 'organization') return true;
  return entry.kind === 'other' && entry.line.length <= 80 && !/[.!?:]$|:/.test(entry.line) && bulletText(entry.line) === undefined;
}

function heads(entries: readonly Entry[]): Entry[] {
  const start = entries.findLastIndex((entry) => !canHead(entry));
  return entries.slice(start + 1).slice(-3);
}

/**
 * Office and organization lines at the end of an open block head the next
 * name ("Embassy of Nicaragua" above the ambassador), unless they stand right
 * under the block's own name.
 */
function takeTrailingHeads(block: Block): Entry[] {
  const last = block.after.findLastIndex((entry) => entry.kind !== 'office' && entry.kind !== 'organization');
  if (last < 0) return [];
  return block.after.splice(last + 1);
}

function contactFields(entry: Entry): string[] {
  return (entry.contacts ?? []).map((contact) => contact.field).filter((field) => field !== 'salutation' && field !== 'other');
}

/**
 * Groups the entries into blocks: one per name, with the office and
 * organization lines above it, and its own lines up to its contacts; contacts
 * with no name above them make a block of their own, named by their office.
 */
function toBlocks(entries: readonly Entry[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let pending: Entry[] = [];
  const open = (pre: Entry[], anchor?: Entry): Block => {
    const block: Block = { pre, ...(anchor && { anchor }), after: [], closed: false, fields: new Set() };
    blocks.push(block);
    return block;
  };
  for (const entry of entries) {
    if (entry.kind === 'prose' || entry.kind === 'heading') {
      current = undefined;
      pending = [];
    } else if (entry.kind === 'name') {
      current = open(current && !current.closed ? takeTrailingHeads(current) : heads(pending), entry);
      pending = [];
    } else if (describingKinds.has(entry.kind)) {
      if (current && !current.closed) current.after.push(entry);
      else pending.push(entry);
    } else {
      const fields = contactFields(entry);
      const repeats = fields.some((field) => current?.fields.has(field));
      // After a block's contacts, a line that names someone, or a contact it already has, starts another official.
      const namesAnother = pending.some((line) => line.kind === 'office' || line.kind === 'organization' || mayBeName(line));
      if (!current) {
        // Contacts with no name known above them: every line since the last heading or sentence is theirs.
        current = open(pending.filter((line) => line.kind !== 'url').slice(-8));
      } else if (pending.length > 0 && (namesAnother || repeats)) {
        current = open(heads(pending));
      } else {
        current.after.push(...pending);
      }
      pending = [];
      current.after.push(entry);
      current.closed = true;
      for (const field of fields) current.fields.add(field);
    }
  }
  return blocks;
}

/** A postal line without its separators and the full stop of a sentence ("…, Tehran, Iran."), abbreviations kept ("Av."). */
function postalLine(line: string): string {
  const text = line.replace(/[\s,;]+$/, '');
  return /(?:\p{L}{4,}|\d\p{L}*)\.$/u.test(text) ? text.slice(0, -1) : text;
}

function applyContacts(official: Official, entries: readonly { contact: ContactEntry; index: number }[], notes: Problem[]): void {
  for (const { contact, index } of entries) {
    const { field, label, value } = contact;
    const who = official.name;
    if (field === 'other' || !value) continue;
    if (field === 'address') {
      official.address.push(postalLine(value));
      official.evidence.address ??= index;
      continue;
    }
    if (field !== 'salutation' && field !== 'email' && official[field] !== undefined) {
      notes.push(problem('extra-contact', `${who}: kept the first ${label || field}, left out "${value}".`, [who, value], field));
      continue;
    }
    if (field === 'twitter') {
      const handle = twitterHandle(value);
      if (handle) official.twitter = handle;
      else notes.push(problem('unreadable-contact', `${who}: "${value}" is not a Twitter/X handle.`, [who, value], field));
    } else if (field === 'phone' || field === 'fax') {
      const number = phoneNumber(value);
      if (number) official[field] = number;
      else notes.push(problem('unreadable-contact', `${who}: "${value}" is not a ${label || field} number.`, [who, value], field));
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
    if (official[field] !== undefined) official.evidence[field] ??= index;
  }
}

function buildOfficial(block: Block, notes: Problem[]): Official | undefined {
  const { pre, anchor, after } = block;
  // Contacts without a known name above them: a line that reads like a name, else their office, else their organization.
  const namer =
    anchor ??
    pre.find((entry) => looksLikePlainName(entry.line)) ??
    pre.find((entry) => mayBeName(entry) && !isStreetLine(entry.line)) ??
    pre.find((entry) => entry.kind === 'office') ??
    pre.find((entry) => entry.kind === 'organization');
  if (!namer) {
    const first = after.find((entry) => entry.kind === 'contact');
    if (first)
      notes.push(
        problem('ignored-text', `Left out contact details with no official named above them: "${first.line}".`, [first.line], 'contact'),
      );
    return undefined;
  }
  const official: Official = { name: namer.line, address: [], evidence: { name: namer.index } };
  const setTitle = (title: string, index: number) => {
    official.title = title;
    official.evidence.title = index;
  };
  const setOrganization = (organization: string, index: number) => {
    official.organization = organization;
    official.evidence.organization = index;
  };
  const addAddress = (line: string, index: number) => {
    official.address.push(postalLine(line));
    official.evidence.address ??= index;
  };
  if (namer.inlineTitle) setTitle(namer.inlineTitle, namer.index);
  if (namer.inlineOrganization) setOrganization(namer.inlineOrganization, namer.index);
  if (namer.inlineAddress) addAddress(namer.inlineAddress, namer.index);
  const contacts: { contact: ContactEntry; index: number }[] = [];
  const describe = (entry: Entry, before: boolean) => {
    if (entry === namer) return;
    if (entry.kind === 'contact') contacts.push(...entry.contacts!.map((contact) => ({ contact, index: entry.index })));
    else if (entry.kind === 'url')
      notes.push(
        problem('ignored-text', `${official.name}: left out the web address "${entry.line}".`, [official.name, entry.line], 'url'),
      );
    else if (entry.kind === 'office' && official.title === undefined) setTitle(entry.line, entry.index);
    else if (entry.kind === 'organization' && official.organization === undefined) setOrganization(entry.line, entry.index);
    else if (before && entry.kind === 'other' && !/\d|^(?:c\/o|a\/s)\b/i.test(entry.line) && official.organization === undefined) {
      setOrganization(entry.line, entry.index);
    } else addAddress(entry.line, entry.index);
  };
  for (const entry of pre) describe(entry, true);
  for (const entry of after) describe(entry, false);
  applyContacts(official, contacts, notes);
  return official;
}

function isReachable(official: Official): boolean {
  return Boolean(official.address.length || official.email || official.phone || official.fax || official.twitter);
}

/** The officials named in the lines the `skip` predicate leaves (it skips the letter). */
// The organization's own offices and press contacts are no officials to write to.
const ownOffice =
  /\b(?:amnesty|amnist[íi]a|amnistie|acat)\b|\bpress\s+office\b|\boficina\s+de\s+prensa\b|\bservice\s+de\s+presse\b|\bmedia\s+(?:team|office|contact)\b/i;
const contactHeading =
  /^(?:media|press)\s+contacts?:?$|^contactos?\s+(?:de|para)\s+(?:prensa|medios):?$|^contacts?\s+(?:presse|m[ée]dias?):?$|^(?:press|media)\s+enquiries:?$/i;

function isOwnOffice(block: Block, lines: readonly string[]): boolean {
  const first = Math.min(...[...block.pre, ...(block.anchor ? [block.anchor] : []), ...block.after].map((entry) => entry.index));
  const heading = lines.slice(0, first).findLast((line) => line.trim() !== '');
  return (
    [...block.pre, ...(block.anchor ? [block.anchor] : []), ...block.after.filter((entry) => entry.kind !== 'contact')].some((entry) =>
      ownOffice.test(entry.line),
    ) || contactHeading.test(heading?.trim() ?? '')
  );
}

export function parseOfficials(lines: readonly string[], skip: (index: number) => boolean = () => false): OfficialsResult {
  const blocks = toBlocks(toEntries(lines, skip)).filter((block) => !isOwnOffice(block, lines));
  const notes: Problem[] = [];
  const officials: Official[] = [];
  const used = new Set<number>();
  let start = lines.length;
  let namesFound = 0;
  for (const block of blocks) {
    const official = buildOfficial(block, notes);
    if (!official) continue;
    namesFound++;
    if (!isReachable(official)) {
      notes.push(problem('official-without-contact', `${official.name}: no address or contact details; left out.`, [official.name]));
      continue;
    }
    officials.push(official);
    for (const entry of [...block.pre, ...(block.anchor ? [block.anchor] : []), ...block.after]) used.add(entry.index);
    start = Math.min(start, ...[...block.pre, ...(block.anchor ? [block.anchor] : []), ...block.after].map((entry) => entry.index));
  }
  return { officials, namesFound, start, used, notes };
}
