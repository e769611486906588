/**
 * The rules for each kind of field, shared by the wire format (schema.ts) and
 * the stored records (db/records.ts): a record is held to the same rules
 * whichever way it comes in (a feed, a backup, an imported page, a message),
 * and the two schemas cannot drift apart.
 */
import * as z from 'zod/mini';
import { isAllowedFeedUrl } from './feed-url';
import { mailboxPattern } from './mailbox';
import { hasOnlyKnownPlaceholders, unknownPlaceholders, usesPrivatePlaceholder } from './placeholders';

export const feedUrl = z.string().check(z.refine((value) => isAllowedFeedUrl(value), 'must be an https: URL, not on localhost'));

export const nonEmptyText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/**
 * Answers remembered per value: building an Intl formatter costs about a
 * millisecond, and a feed of 500 actions names the same few zones and
 * languages hundreds of times (scripts/bench.ts).
 */
function remembered(check: (value: string) => boolean): (value: string) => boolean {
  const answers = new Map<string, boolean>();
  return (value) => {
    let answer = answers.get(value);
    if (answer === undefined) answers.set(value, (answer = check(value)));
    return answer;
  };
}

export const isTimeZone = remembered((value) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
});

export const isLanguageTag = remembered((value) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
});

export const timeZone = z.string().check(z.refine(isTimeZone, 'must be an IANA time zone'));

export const languageTag = z.string().check(z.refine(isLanguageTag, 'must be a BCP 47 language tag'));

/** RFC 3339 date-time; a time must carry its offset (`Z` or `±hh:mm`). */
export const dateTime = z.iso.datetime({
  offset: true,
  error: 'must be an RFC 3339 date-time with an offset, e.g. 2027-03-03T12:00:00Z',
});

export const endsAt = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be a full date (2027-03-03) or an RFC 3339 date-time with an offset',
});

/** A template string: only the placeholders of the format, nothing else. */
export const template = z.string().check(
  z.refine(hasOnlyKnownPlaceholders, {
    error: (issue) =>
      `uses unknown placeholder ${unknownPlaceholders(String(issue.input))
        .map((name) => `{{${name}}}`)
        .join(', ')}`,
  }),
);

/** A tweet's template, which is public: none of the supporter's private details (feed-format.md, "Templates"). */
export const publicTemplate = template.check(
  z.refine((value) => !usesPrivatePlaceholder(value), "must not use the supporter's private details"),
);

export const oneLine = (value: string) => !/[\r\n]/.test(value);

/** The rule of a mailbox, for schemas that add a length cap before it (schema.ts). */
export const mailboxRule = z.regex(mailboxPattern, 'must be one plain email address (no spaces, %, ?, &, comma or ;)');

export const mailbox = z.string().check(mailboxRule);

export const phoneRule = z.regex(/^\+?[0-9 ().-]*[0-9][0-9 ().-]*$/, 'must hold only digits, spaces and + ( ) - .');

export const phoneNumber = z.string().check(phoneRule);

export const targetId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'must be 1-64 of a-z, 0-9 and -'));

export const twitterHandle = z.string().check(z.regex(/^[A-Za-z0-9_]{1,15}$/, 'must be a handle of 1-15 letters, digits or _, without @'));

export const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as PE'));

export const reference = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(40, 'must be at most 40 characters'));

export const sequence = z.int().check(z.gte(1, 'must be 1 or more'));

/** A log entry's key: a safe positive integer, so that the log's key counter never runs out. */
export const logId = z.int().check(z.gte(1, 'must be 1 or more'), z.lte(Number.MAX_SAFE_INTEGER, 'must be a safe integer'));
