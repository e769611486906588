/**
 * What the supporter can fix in an imported action before saving it, as plain
 * strings for a form, and the way back to a feed item (validated afterwards
 * with the feed schema, like any item from a feed).
 */
import { jsonPath } from '@/utils/feed/issues';
import type { FeedItem } from '@/utils/feed/schema';
import { cleanUrl } from './clean-url';
import { slugify } from './slug';

export interface OfficialReview {
  /** Kept from the parse, so drafts and the log stay attached to the official. */
  id: string;
  name: string;
  title: string;
  organization: string;
  /** One postal line per text line. */
  address: string;
  email: string;
  phone: string;
  fax: string;
  twitter: string;
  salutation: string;
}

export interface ReviewValues {
  title: string;
  /** The action's page, cleaned of tracking; empty for none. */
  url: string;
  reference: string;
  /** A full date (2027-03-03), or empty for none. */
  deadline: string;
  ended: boolean;
  summary: string;
  officials: OfficialReview[];
  subject: string;
  body: string;
  closing: string;
}

export type OfficialField = Exclude<keyof OfficialReview, 'id'>;
/** `title`, `deadline`, … or `officials.<index>.<field>`. */
export type ReviewField = Exclude<keyof ReviewValues, 'officials' | 'ended'> | `officials.${number}.${OfficialField}`;

/** An official the supporter adds by hand, with an id no other official of the action has. */
export function blankOfficial(existing: readonly OfficialReview[]): OfficialReview {
  const taken = new Set(existing.map((official) => official.id));
  let number = existing.length + 1;
  while (taken.has(`official-${number}`)) number++;
  return {
    id: `official-${number}`,
    name: '',
    title: '',
    organization: '',
    address: '',
    email: '',
    phone: '',
    fax: '',
    twitter: '',
    salutation: '',
  };
}

export function itemToReview(item: FeedItem): ReviewValues {
  const ua = item._urgent_action;
  return {
    title: item.title,
    url: item.url ?? '',
    reference: ua.reference,
    deadline: ua.ends_at ?? '',
    ended: ua.status === 'ended',
    summary: item.summary ?? '',
    officials: ua.targets.map((target) => ({
      id: target.id,
      name: target.name,
      title: target.title ?? '',
      organization: target.organization ?? '',
      address: (target.address ?? []).join('\n'),
      email: target.email ?? '',
      phone: target.phone ?? '',
      fax: target.fax ?? '',
      twitter: target.twitter ?? '',
      salutation: target.salutation ?? '',
    })),
    subject: ua.letter.subject,
    body: ua.letter.body,
    closing: ua.letter.closing ?? '',
  };
}

/** The trimmed text, or nothing for an empty field (the format's defaults then apply). */
function optional(value: string): string | undefined {
  return value.trim() || undefined;
}

/** Drops the keys whose value is undefined, so the stored item holds only what was given. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/**
 * The item as the supporter fixed it, on top of the parsed one (which keeps its
 * instructions and tweet). The id follows the reference as the parser
 * makes it, so importing the same action again replaces it.
 */
export function reviewToItem(review: ReviewValues, parsed: FeedItem): FeedItem {
  const ua = parsed._urgent_action;
  const summary = optional(review.summary);
  const contentText = [summary, ua.instructions].filter(Boolean).join('\n\n');
  return defined({
    ...parsed,
    id: [slugify(review.reference), ua.sequence].filter(Boolean).join('-'),
    title: review.title.trim(),
    // An address the supporter pasted loses its tracking too.
    url: optional(review.url) && cleanUrl(review.url.trim()),
    summary,
    content_text: contentText || undefined,
    _urgent_action: defined({
      ...ua,
      reference: review.reference.trim(),
      ends_at: optional(review.deadline),
      status: review.ended ? ('ended' as const) : undefined,
      targets: review.officials.map((official) =>
        defined({
          id: official.id,
          name: official.name.trim(),
          title: optional(official.title),
          organization: optional(official.organization),
          address: official.address
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          email: optional(official.email),
          phone: optional(official.phone),
          fax: optional(official.fax),
          twitter: optional(official.twitter)?.replace(/^@/, ''),
          salutation: optional(official.salutation),
        }),
      ),
      letter: defined({
        subject: review.subject.trim(),
        body: review.body.trim(),
        // Talking points stay marked as the supporter's to write up.
        outline: ua.letter.outline,
        closing: optional(review.closing),
      }),
    }),
  });
}

const officialFields = new Set<string>(['name', 'title', 'organization', 'address', 'email', 'phone', 'fax', 'twitter', 'salutation']);

/** The form field a schema issue is about, from the issue's path in the item. */
export function reviewFieldOf(path: readonly PropertyKey[]): ReviewField | undefined {
  const [first, second, third, fourth] = path;
  if (first === 'title' || first === 'summary' || first === 'url') return first;
  // The id is made from the reference.
  if (first === 'id') return 'reference';
  if (first !== '_urgent_action') return undefined;
  if (second === 'reference') return 'reference';
  if (second === 'ends_at') return 'deadline';
  if (second === 'letter' && (third === 'subject' || third === 'body' || third === 'closing')) return third;
  if (second === 'targets' && typeof third === 'number' && officialFields.has(String(fourth))) {
    return `officials.${third}.${String(fourth) as OfficialField}`;
  }
  return undefined;
}

/** The messages under a field the schema rejected (keys of locales/*.json). */
export type FieldErrorKey =
  | 'importErrorRequired'
  | 'importErrorEmail'
  | 'importErrorPhone'
  | 'importErrorTwitter'
  | 'importErrorReference'
  | 'importErrorUrl'
  | 'importErrorField';

/**
 * What a rejected field asks for, from the field (its checks are known) and
 * zod's issue code: `too_small` on a text field means it was left empty.
 */
export function fieldErrorKey(field: ReviewField, code?: string): FieldErrorKey {
  const name = field.split('.').at(-1);
  if (name === 'email') return 'importErrorEmail';
  if (name === 'phone' || name === 'fax') return 'importErrorPhone';
  if (name === 'twitter') return 'importErrorTwitter';
  if (name === 'url') return 'importErrorUrl';
  // The reference must be 1-40 characters, and the id is made from it.
  if (name === 'reference') return 'importErrorReference';
  if (code === 'too_small') return 'importErrorRequired';
  return 'importErrorField';
}

export interface ReviewErrors {
  /** Field → the key of its message. */
  fields: Partial<Record<ReviewField, FieldErrorKey>>;
  /** Messages about no field of the form, with their place in the item (plain English, for the console). */
  other: string[];
}

/** Sorts schema issues onto the form's fields; the first issue per field chooses its message. */
export function reviewErrors(issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[]): ReviewErrors {
  const errors: ReviewErrors = { fields: {}, other: [] };
  for (const issue of issues) {
    const field = reviewFieldOf(issue.path);
    if (!field) errors.other.push(`${jsonPath(issue.path)}: ${issue.message}`);
    else errors.fields[field] ??= fieldErrorKey(field, issue.code);
  }
  return errors;
}
