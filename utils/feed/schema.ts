/**
 * The wire format of an urgent-action feed (shared/feed-format.md): a JSON Feed
 * 1.1 document whose items may carry an `_urgent_action` object.
 *
 * The document is validated in two steps so that one bad item never hides the
 * others: `feedDocumentSchema` checks the envelope and leaves `items` unchecked,
 * then `feedItemSchema` checks each item on its own (see parse.ts).
 */
import * as z from 'zod/mini';
import { isAllowedFeedUrl } from './feed-url';
import {
  countryCode,
  dateTime,
  endsAt,
  isLanguageTag,
  isTimeZone,
  mailboxRule,
  oneLine,
  phoneRule,
  reference,
  sequence,
  targetId,
  twitterHandle,
} from './field-rules';
import { hasOnlyKnownPlaceholders, unknownPlaceholders, usesPrivatePlaceholder } from './placeholders';

// Readable default messages ("expected string, received number") for the checks
// that do not carry their own, and "is required" for a missing key.
// `jitless`: the extension's CSP forbids `new Function`, so zod never compiles its
// object parsers there; Node (tests, scripts/bench.ts) then runs the same mode.
z.config({
  jitless: true,
  ...z.locales.en(),
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined),
});

/** Caps on string lengths (feed-format.md, "Limits"); every other string gets `caps.default`. */
const caps = { title: 300, long: 10_000, letterBody: 20_000, template: 2_000, default: 1_000 } as const;

// `abort`: a string past its cap is not scanned by the checks after it.
const capped = (max: number) => z.maxLength(max, { error: `must be at most ${max} characters`, abort: true });

/** A string of at most `max` characters. */
const text = (max: number = caps.default) => z.string().check(capped(max));

const nonEmptyText = (max: number = caps.default) => z.string().check(capped(max), z.trim(), z.minLength(1, 'must not be empty'));

const feedUrl = z.string().check(
  capped(caps.default),
  z.refine((value) => isAllowedFeedUrl(value), 'must be an https: URL, not on localhost'),
);

const languageTag = z.string().check(capped(caps.default), z.refine(isLanguageTag, 'must be a BCP 47 language tag'));

/** A template string of at most `max` characters: only the placeholders of the format, nothing else. */
const template = (max: number = caps.default) =>
  z.string().check(
    capped(max),
    z.refine(hasOnlyKnownPlaceholders, {
      error: (issue) =>
        `uses unknown placeholder ${unknownPlaceholders(String(issue.input))
          .map((name) => `{{${name}}}`)
          .join(', ')}`,
    }),
  );

/**
 * A tweet is public: one that uses the supporter's private details is dropped,
 * and the item keeps the default tweet (normalize.ts); feed:check reports it.
 */
const publicTweet = z.pipe(
  template(caps.template),
  z.transform((value: string) => (usesPrivatePlaceholder(value) ? undefined : value)),
);

const mailbox = z.string().check(capped(caps.default), mailboxRule);

const phoneNumber = z.string().check(capped(caps.default), phoneRule);

export const targetSchema = z.looseObject({
  id: targetId,
  name: nonEmptyText(),
  title: z.optional(text()),
  organization: z.optional(text()),
  address: z.optional(z.array(text())),
  email: z.optional(mailbox),
  phone: z.optional(phoneNumber),
  fax: z.optional(phoneNumber),
  twitter: z.optional(twitterHandle),
  salutation: z.optional(template()),
  timezone: z.optional(z.string().check(capped(caps.default), z.refine(isTimeZone, 'must be an IANA time zone'))),
});

const letterSchema = z.looseObject({
  subject: template().check(z.minLength(1, 'must not be empty'), z.refine(oneLine, 'must be one line')),
  body: template(caps.letterBody).check(z.minLength(1, 'must not be empty')),
  /** The body is the organization's points for the supporter to write up, not a letter (an imported page with talking points). */
  outline: z.optional(z.boolean()),
  closing: z.optional(text()),
});

export const urgentActionSchema = z.looseObject({
  reference,
  sequence: z.optional(sequence),
  country: z.optional(countryCode),
  ends_at: z.optional(endsAt),
  status: z.optional(z.enum(['active', 'ended'], 'must be "active" or "ended"')),
  instructions: z.optional(text(caps.long)),
  targets: z.array(targetSchema).check(
    z.minLength(1, 'must list at least one official'),
    z.maxLength(50, 'must list at most 50 officials'),
    z.refine((targets) => new Set(targets.map((target) => target.id)).size === targets.length, 'must not repeat an id'),
  ),
  letter: letterSchema,
  tweet: z.optional(publicTweet),
  call_script: z.optional(template(caps.template)),
  report_url: z.optional(feedUrl),
});

/** parse.ts runs zod's compiled code of this schema: after a change, run `npm run -s feed:parser`. */
export const feedItemSchema = z.looseObject({
  id: z.string().check(capped(caps.default), z.minLength(1, 'must not be empty')),
  url: z.optional(feedUrl),
  title: nonEmptyText(caps.title),
  summary: z.optional(text(caps.long)),
  // Stands in for a missing summary (normalize.ts), so it has the summary's cap.
  content_text: z.optional(text(caps.long)),
  // Never read nor stored: the feed's size cap bounds it.
  content_html: z.optional(z.string()),
  date_published: z.optional(dateTime),
  date_modified: z.optional(dateTime),
  tags: z.optional(z.array(text())),
  language: z.optional(languageTag),
  image: z.optional(feedUrl),
  _urgent_action: urgentActionSchema,
});

const advocacySchema = z.looseObject({
  version: z.literal(1, 'must be 1'),
  organization: nonEmptyText(),
  report_url: z.optional(feedUrl),
});

/** The envelope; items are checked one by one with feedItemSchema. */
export const feedDocumentSchema = z.looseObject({
  version: z.enum(['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'], 'must be "https://jsonfeed.org/version/1.1"'),
  title: nonEmptyText(),
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
  items: z.array(z.union([feedItemSchema, z.looseObject({ id: z.string(), _urgent_action: z.optional(z.never()) })])),
});

export type FeedTarget = z.infer<typeof targetSchema>;
export type FeedItem = z.infer<typeof feedItemSchema>;
