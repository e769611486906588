/**
 * The wire format of an urgent-action feed (shared/feed-format.md): a JSON Feed
 * 1.1 document whose items may carry an `_urgent_action` object.
 *
 * The document is validated in two steps so that one bad item never hides the
 * others: `feedDocumentSchema` checks the envelope and leaves `items` unchecked,
 * then `feedItemSchema` checks each item on its own (see parse.ts).
 */
import * as z from 'zod/mini';
import {
  countryCode,
  dateTime,
  endsAt,
  feedUrl,
  languageTag,
  mailbox,
  nonEmptyText,
  oneLine,
  phoneNumber,
  reference,
  sequence,
  targetId,
  template,
  timeZone,
  twitterHandle,
} from './field-rules';

export { isAllowedFeedUrl } from './field-rules';

// Readable default messages ("expected string, received number") for the checks
// that do not carry their own, and "is required" for a missing key.
z.config({
  ...z.locales.en(),
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined,
});

export const targetSchema = z.looseObject({
  id: targetId,
  name: nonEmptyText,
  title: z.optional(z.string()),
  organization: z.optional(z.string()),
  address: z.optional(z.array(z.string())),
  email: z.optional(mailbox),
  phone: z.optional(phoneNumber),
  fax: z.optional(phoneNumber),
  twitter: z.optional(twitterHandle),
  salutation: z.optional(template),
  timezone: z.optional(timeZone),
});

const letterSchema = z.looseObject({
  subject: template.check(
    z.minLength(1, 'must not be empty'),
    z.refine(oneLine, 'must be one line'),
  ),
  body: template.check(z.minLength(1, 'must not be empty')),
  closing: z.optional(z.string()),
});

export const urgentActionSchema = z.looseObject({
  reference,
  sequence: z.optional(sequence),
  country: z.optional(countryCode),
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

const advocacySchema = z.looseObject({
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
