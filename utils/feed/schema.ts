/**
 * The wire format of an urgent-action feed (shared/feed-format.md): a JSON Feed
 * 1.1 document whose items may carry an `_urgent_action` object.
 *
 * The document is validated in two steps so that one bad item never hides the
 * others: `feedDocumentSchema` checks the envelope and leaves `items` unchecked,
 * then `feedItemSchema` checks each item on its own (see parse.ts).
 */
import * as z from 'zod/mini';
import { mailboxPattern } from '@/utils/mailbox';
import { unknownPlaceholders } from './placeholders';

// Readable default messages ("expected string, received number") for the checks
// that do not carry their own, and "is required" for a missing key.
z.config({
  ...z.locales.en(),
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined,
});

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https everywhere; plain http only for local testing on loopback. */
export function isAllowedFeedUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && loopbackHosts.has(url.hostname);
}

const feedUrl = z
  .string()
  .check(z.refine(isAllowedFeedUrl, 'must be an https: URL (http: only for localhost)'));

const nonEmptyText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const languageTag = z.string().check(z.refine(isLanguageTag, 'must be a BCP 47 language tag'));

/** RFC 3339 date-time; a time must carry its offset (`Z` or `±hh:mm`). */
const dateTime = z.iso.datetime({
  offset: true,
  error: 'must be an RFC 3339 date-time with an offset, e.g. 2027-03-03T12:00:00Z',
});

const endsAt = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be a full date (2027-03-03) or an RFC 3339 date-time with an offset',
});

/** A template string: only the placeholders of the format, nothing else. */
const template = z.string().check(
  z.refine((value) => unknownPlaceholders(value).length === 0, {
    error: (issue) =>
      `uses unknown placeholder ${unknownPlaceholders(String(issue.input))
        .map((name) => `{{${name}}}`)
        .join(', ')}`,
  }),
);

const oneLine = (value: string) => !/[\r\n]/.test(value);

const mailbox = z
  .string()
  .check(z.regex(mailboxPattern, 'must be one plain email address (no spaces, ?, &, comma or ;)'));

const phoneNumber = z
  .string()
  .check(
    z.regex(/^\+?[0-9 ().-]*[0-9][0-9 ().-]*$/, 'must hold only digits, spaces and + ( ) - .'),
  );

export const targetSchema = z.looseObject({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'must be 1-64 of a-z, 0-9 and -')),
  name: nonEmptyText,
  title: z.optional(z.string()),
  organization: z.optional(z.string()),
  address: z.optional(z.array(z.string())),
  email: z.optional(mailbox),
  phone: z.optional(phoneNumber),
  fax: z.optional(phoneNumber),
  twitter: z.optional(
    z.string().check(z.regex(/^[A-Za-z0-9_]{1,15}$/, 'must be a handle of 1-15 letters, digits or _, without @')),
  ),
  salutation: z.optional(template),
  timezone: z.optional(z.string().check(z.refine(isTimeZone, 'must be an IANA time zone'))),
});

export const letterSchema = z.looseObject({
  subject: template.check(
    z.minLength(1, 'must not be empty'),
    z.refine(oneLine, 'must be one line'),
  ),
  body: template.check(z.minLength(1, 'must not be empty')),
  /** The body is the organization's points for the supporter to write up, not a letter (an imported page with talking points). */
  outline: z.optional(z.boolean()),
  closing: z.optional(z.string()),
});

export const urgentActionSchema = z.looseObject({
  reference: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(40, 'must be at most 40 characters')),
  sequence: z.optional(z.int().check(z.gte(1, 'must be 1 or more'))),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as PE'))),
  ends_at: z.optional(endsAt),
  status: z.optional(z.enum(['active', 'ended'], 'must be "active" or "ended"')),
  instructions: z.optional(z.string()),
  targets: z
    .array(targetSchema)
    .check(
      z.minLength(1, 'must list at least one official'),
      z.maxLength(50, 'must list at most 50 officials'),
      z.refine(
        (targets) => new Set(targets.map((target) => target.id)).size === targets.length,
        'must not repeat an id',
      ),
    ),
  letter: letterSchema,
  tweet: z.optional(template),
  call_script: z.optional(template),
  report_url: z.optional(feedUrl),
});

export const feedItemSchema = z.looseObject({
  id: z.string().check(z.minLength(1, 'must not be empty')),
  url: z.optional(feedUrl),
  title: nonEmptyText,
  summary: z.optional(z.string()),
  content_text: z.optional(z.string()),
  content_html: z.optional(z.string()),
  date_published: z.optional(dateTime),
  date_modified: z.optional(dateTime),
  tags: z.optional(z.array(z.string())),
  language: z.optional(languageTag),
  image: z.optional(feedUrl),
  _urgent_action: urgentActionSchema,
});

export const advocacySchema = z.looseObject({
  version: z.literal(1, 'must be 1'),
  organization: nonEmptyText,
  report_url: z.optional(feedUrl),
});

/** The envelope; items are checked one by one with feedItemSchema. */
export const feedDocumentSchema = z.looseObject({
  version: z.enum(
    ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'],
    'must be "https://jsonfeed.org/version/1.1"',
  ),
  title: nonEmptyText,
  home_page_url: z.optional(feedUrl),
  feed_url: z.optional(feedUrl),
  language: z.optional(languageTag),
  _advocacy: advocacySchema,
  items: z.array(z.unknown()),
});

/** The whole format in one schema, for the JSON Schema published to publishers. */
export const feedSchema = z.looseObject({
  ...feedDocumentSchema.def.shape,
  // Items without `_urgent_action` are ordinary posts that the extension ignores.
  items: z.array(
    z.union([feedItemSchema, z.looseObject({ id: z.string(), _urgent_action: z.optional(z.never()) })]),
  ),
});

export type FeedTarget = z.infer<typeof targetSchema>;
export type FeedItem = z.infer<typeof feedItemSchema>;
