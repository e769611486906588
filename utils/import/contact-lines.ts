import { mailboxPattern } from '@/utils/feed/mailbox';
import { hasHiddenEmail } from './cfemail';

type ContactField = 'twitter' | 'phone' | 'fax' | 'email' | 'salutation' | 'other';

export interface ContactEntry {
  field: ContactField;
  label: string;
  value: string;
}

const labelFields: [RegExp, ContactField][] = [
  [/^(?:twitter\s*\/\s*x|x\s*\/\s*twitter|x\s*\(\s*(?:formerly\s+)?twitter\s*\)|twitter|x)$/i, 'twitter'],
  [/^(?:phone|telephone|tel\.?|mobile|cell)$/i, 'phone'],
  [/^(?:fax|telefax)$/i, 'fax'],
  [/^(?:e-?mail)$/i, 'email'],
  [/^(?:salutation|greeting)$/i, 'salutation'],
  [/^(?:facebook|instagram|website|web|telegram|whatsapp|bluesky|mastodon|linkedin)$/i, 'other'],
];
const label = String.raw`(?:twitter\s*\/\s*x|x\s*\/\s*twitter|x\s*\(\s*(?:formerly\s+)?twitter\s*\)|twitter|x|phone|telephone|tel\.?|mobile|cell|fax|telefax|e-?mail|salutation|greeting|facebook|instagram|website|web|telegram|whatsapp|bluesky|mastodon|linkedin)`;
const labelAt = new RegExp(String.raw`(?:^|(?<=[\s|;,/]))(${label})\s*:\s*`, 'gi');

/**
 * The labelled entries of a line such as "Phone: +98 21 1234 | Fax: +98 21 5678",
 * or nothing when the line does not start with a label.
 */
export function parseContactLine(line: string): ContactEntry[] | undefined {
  const starts = [...line.matchAll(labelAt)];
  if (starts[0]?.index !== 0) return undefined;
  return starts.map((match, index) => {
    const end = starts[index + 1]?.index ?? line.length;
    const text = match[1]!;
    const field = labelFields.find(([pattern]) => pattern.test(text))![1];
    const value = line.slice(match.index + match[0].length, end).trim();
    // Separators before the next label are not part of the value; a salutation's final comma is.
    return { field, label: text, value: index < starts.length - 1 ? value.replace(/[\s|;,/]+$/, '') : value };
  });
}

/** A handle without "@", from "@name", "twitter.com/name" or "x.com/name". */
export function twitterHandle(value: string): string | undefined {
  const match =
    /(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/.exec(value) ??
    /(?<![A-Za-z0-9_.])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])/.exec(value) ??
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
  return address && mailboxPattern.test(address) ? { kind: 'address', address } : { kind: 'unreadable' };
}
