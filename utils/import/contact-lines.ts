/**
 * Contact evidence: labelled fields in English, Spanish and French ("Email:",
 * "Correo-e:", "Courriel :", "Tratamiento:", "Formule d'appel :"…), and the
 * unlabelled kinds a page shows on their own: an email address, a phone
 * number, an @handle, a link to an x.com or twitter.com profile.
 */
import { isMailbox } from '@/utils/feed/mailbox';
import { hasHiddenEmail } from './cfemail';

type ContactField = 'twitter' | 'phone' | 'fax' | 'email' | 'salutation' | 'address' | 'other';

export interface ContactEntry {
  field: ContactField;
  label: string;
  value: string;
}

const phoneAndFax = String.raw`(?:phone|telephone|tel\.?|tel[ée]fono|t[ée]l[ée]phone|t[ée]l\.?)\s*(?:\/|and|y|et|&)\s*fax`;
const phoneAndFaxLabel = new RegExp(`^${phoneAndFax}$`, 'i');
const labels: [ContactField, string][] = [
  // "Tel/Fax: …" gives both.
  ['phone', phoneAndFax],
  [
    'twitter',
    String.raw`twitter\s*\/\s*x|x\s*\/\s*twitter|x\s*\(\s*(?:formerly|antes|anteriormente|ex|anciennement|ancien)?\s*twitter\s*\)|twitter|x`,
  ],
  [
    'phone',
    String.raw`phone|telephone|tel\.?|mobile|cell|tel[ée]fono|t[ée]l[ée]phone|t[ée]l\.?|m[óo]vil|celular|portable|n[úu]mero\s+de\s+tel[ée]fono`,
  ],
  ['fax', String.raw`fax|telefax|t[ée]l[ée]copie(?:ur)?|telecopier|n[úu]mero\s+de\s+fax`],
  ['email', String.raw`e-?mail|correo(?:\s*-\s*e|\s+electr[óo]nico|-e)?|courriel|adresse\s+(?:e-?mail|[ée]lectronique)|mail`],
  ['salutation', String.raw`salutation|greeting|tratamiento|saludo|formule\s+d['’]appel|formule\s+de\s+salutation|appellation`],
  ['address', String.raw`(?:postal\s+)?address|direcci[óo]n(?:\s+postal)?|domicilio|adresse(?:\s+postale)?`],
  [
    'other',
    String.raw`facebook|instagram|website|web|sitio\s+web|p[áa]gina\s+web|site\s+(?:web|internet)|telegram|whatsapp|bluesky|mastodon|linkedin|threads|tiktok|youtube|(?:online\s+|web\s+|contact\s+)?form|formulario(?:\s+(?:web|en\s+l[íi]nea|de\s+contacto))?|formulaire(?:\s+(?:en\s+ligne|de\s+contact))?`,
  ],
];
const label = `(?:${labels.map(([, pattern]) => pattern).join('|')})`;
const labelFields = labels.map(([field, pattern]) => [new RegExp(`^(?:${pattern})$`, 'i'), field] as const);
// A label starts the line or follows a separator; the colon may have a space before it (French).
const labelAt = new RegExp(String.raw`(?:^|(?<=[\s|;,/•·]))(${label})\s*:\s*`, 'giu');

function fieldOf(text: string): ContactField {
  return labelFields.find(([pattern]) => pattern.test(text.trim()))![1];
}

/**
 * The labelled entries of a line such as "Phone: +98 21 1234 | Fax: +98 21 5678",
 * or nothing when the line does not start with a label.
 */
export function parseContactLine(line: string): ContactEntry[] | undefined {
  // Every label ends with a colon: most lines have none, and need no closer look.
  if (!line.includes(':')) return undefined;
  const starts = [...line.matchAll(labelAt)];
  if (starts[0]?.index !== 0) return undefined;
  const entries = starts.map((match, index) => {
    const end = starts[index + 1]?.index ?? line.length;
    const text = match[1]!;
    const value = line.slice(match.index + match[0].length, end).trim();
    // Separators before the next label are not part of the value; a salutation's final comma is.
    return { field: fieldOf(text), label: text, value: index < starts.length - 1 ? value.replace(/[\s|;,/•·]+$/, '') : value };
  });
  // "X: the government must act" is no handle: an X label needs a handle-like value.
  if (entries[0]!.field === 'twitter' && /^x$/i.test(entries[0]!.label) && !twitterHandle(entries[0]!.value)) return undefined;
  return entries.flatMap((entry) => (phoneAndFaxLabel.test(entry.label) ? [entry, { ...entry, field: 'fax' as const }] : [entry]));
}

/** Where labels start inside a line, after other text: where a run-together contact block is cut. */
export function labelStarts(line: string): number[] {
  if (!line.includes(':')) return [];
  return [...line.matchAll(labelAt)]
    .filter(
      (match) =>
        match.index > 0 &&
        (match[1]!.length > 1 ||
          /^\s*@|^\s*(?:https?:\/\/)?(?:www\.)?(?:x|twitter)\.com\//i.test(line.slice(match.index + match[0].length))),
    )
    .map((match) => match.index);
}

const profileLink = /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/?(?:[?#]\S*)?$/i;
const bareHandle = /^@([A-Za-z0-9_]{1,15})$/;
const bareEmail = /^(?:mailto:)?[^\s@<>()[\]:;,"]+@[^\s@<>()[\]:;,"]+\.[A-Za-z]{2,}\.?$/i;
const barePhone = /^\+?[\d\s().-]{7,}$/;
const url = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i;
// A link's few words with the address behind it written after them, as the page reader writes
// "<a href=mailto:…>Send an email to the office</a>": "Send an email to the office office@example.org".
const linkTextThenEmail = /^[^@:]{1,60}?[\s:]\s*((?:[^\s@<>()[\]:;,"]+)@[^\s@<>()[\]:;,"]+\.[A-Za-z]{2,})$/;

/** A line that is a contact on its own, without a label: an address, a number, a handle or a profile link. */
export function unlabelledContact(line: string): ContactEntry | undefined {
  const text = line.trim();
  const handle = bareHandle.exec(text)?.[1] ?? profileLink.exec(text)?.[1];
  if (handle) return { field: 'twitter', label: '', value: handle };
  if (bareEmail.test(text) || hasHiddenEmail(text)) return { field: 'email', label: '', value: text };
  const afterLinkText = linkTextThenEmail.exec(text)?.[1];
  if (afterLinkText) return { field: 'email', label: '', value: afterLinkText };
  if (barePhone.test(text) && text.replace(/\D/g, '').length >= 7 && !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text)) {
    return { field: 'phone', label: '', value: text };
  }
  return undefined;
}

/** Whether a line holds a web address (never a postal line). */
export function hasUrl(line: string): boolean {
  return url.test(line);
}

/** A handle without "@", from "@name", "twitter.com/name" or "x.com/name". */
export function twitterHandle(value: string): string | undefined {
  const match =
    /(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/.exec(value) ??
    /(?<![A-Za-z0-9_.])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@.])/.exec(value) ??
    /^([A-Za-z0-9_]{1,15})$/.exec(value);
  return match?.[1];
}

/** The first phone number in a value, keeping only digits, spaces and + ( ) - . */
export function phoneNumber(value: string): string | undefined {
  const match = /\+?\s?\(?\d[\d\s().-]*\d\)?/.exec(value);
  if (!match) return undefined;
  const number = match[0].replace(/\s+/g, ' ').trim();
  const unbalanced = (number.match(/\(/g)?.length ?? 0) !== (number.match(/\)/g)?.length ?? 0);
  const cleaned = unbalanced ? number.replace(/[()]/g, '').trim() : number;
  return cleaned.replace(/\D/g, '').length >= 5 ? cleaned : undefined;
}

export type EmailValue = { kind: 'address'; address: string } | { kind: 'hidden' } | { kind: 'unreadable' };

export function emailValue(value: string): EmailValue {
  if (hasHiddenEmail(value)) return { kind: 'hidden' };
  const candidate = /[^\s<>()[\]:;,"]+@[^\s<>()[\]:;,"]+/.exec(value.replace(/^mailto:/i, ''))?.[0];
  const address = candidate?.replace(/[.]+$/, '');
  return address && isMailbox(address) ? { kind: 'address', address } : { kind: 'unreadable' };
}
