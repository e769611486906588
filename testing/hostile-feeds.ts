/**
 * Hostile feeds (issue 11), shared by the unit tests of the feed schema
 * (utils/feed/schema.test.ts) and the end-to-end suite (e2e/hostile-feeds.spec.ts).
 */
import { declareLength, type Handler, serveText, streamEndlessly } from './feed-server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break feed JSON in arbitrary places
export type Json = Record<string, any>;

/**
 * One change to the bundled feed's item `ua-106-23-2` that breaks a rule of the
 * format: the item is skipped, naming its JSON path, and the rest is read.
 */
export const badItems: [string, (item: Json) => unknown, string][] = [
  [
    'an email with a header',
    (item: Json) => (item._urgent_action.targets[0].email = 'a@example.org?cc=b@example.org'),
    'items[0]._urgent_action.targets[0].email',
  ],
  [
    'an email with a comma',
    (item: Json) => (item._urgent_action.targets[0].email = 'a@example.org,b@example.org'),
    'items[0]._urgent_action.targets[0].email',
  ],
  [
    'an email hiding a second recipient in %40 and %2C',
    (item: Json) => (item._urgent_action.targets[0].email = 'minister%40gov.pe%2Cspy@evil.org'),
    'items[0]._urgent_action.targets[0].email',
  ],
  [
    'an email adding a header with %0D%0A',
    (item: Json) => (item._urgent_action.targets[0].email = 'minister%0D%0ABcc%3Aspy@evil.org'),
    'items[0]._urgent_action.targets[0].email',
  ],
  [
    'a handle with @',
    (item: Json) => (item._urgent_action.targets[0].twitter = '@AlbertoOtarolaP'),
    'items[0]._urgent_action.targets[0].twitter',
  ],
  ['a phone with letters', (item: Json) => (item._urgent_action.targets[1].phone = 'call me'), 'items[0]._urgent_action.targets[1].phone'],
  [
    'an unknown time zone',
    (item: Json) => (item._urgent_action.targets[0].timezone = 'Mars/Olympus'),
    'items[0]._urgent_action.targets[0].timezone',
  ],
  ['a target id with capitals', (item: Json) => (item._urgent_action.targets[0].id = 'Otarola'), 'items[0]._urgent_action.targets[0].id'],
  ['repeated target ids', (item: Json) => (item._urgent_action.targets[1].id = 'otarola'), 'items[0]._urgent_action.targets'],
  ['no targets', (item: Json) => (item._urgent_action.targets = []), 'items[0]._urgent_action.targets'],
  ['a date-time without offset', (item: Json) => (item._urgent_action.ends_at = '2023-11-29T23:59:00'), 'items[0]._urgent_action.ends_at'],
  ['an unknown status', (item: Json) => (item._urgent_action.status = 'paused'), 'items[0]._urgent_action.status'],
  ['a sequence of 0', (item: Json) => (item._urgent_action.sequence = 0), 'items[0]._urgent_action.sequence'],
  ['a lower-case country', (item: Json) => (item._urgent_action.country = 'Peru'), 'items[0]._urgent_action.country'],
  ['a reference over 40 characters', (item: Json) => (item._urgent_action.reference = 'x'.repeat(41)), 'items[0]._urgent_action.reference'],
  [
    'a two-line subject',
    (item: Json) => (item._urgent_action.letter.subject = 'Repeal\nthe decree'),
    'items[0]._urgent_action.letter.subject',
  ],
  [
    'an unknown placeholder',
    (item: Json) => (item._urgent_action.tweet = '{{target_twitter}} {{hashtag}}'),
    'items[0]._urgent_action.tweet: uses unknown placeholder {{hashtag}}',
  ],
  ['an http url', (item: Json) => (item.url = 'http://www.amnestyusa.org/ua'), 'items[0].url'],
  ['a missing letter', (item: Json) => delete item._urgent_action.letter, 'items[0]._urgent_action.letter: is required'],
  ['a published date without offset', (item: Json) => (item.date_published = '2023-11-20T10:00:00'), 'items[0].date_published'],
];

/** The supporter's private details, which a tweet (public) may not use. */
export const privateTweetPlaceholders = ['email', 'last_name', 'full_name', 'region', ' city '];

export interface HostileDocument {
  name: string;
  /** What the server answers at the feed's address; `origin` is the server's own. */
  answer: (origin: string) => Handler;
  /** Refused with a message matching this, or followed with this many actions (the rest skipped). */
  outcome: { refused: RegExp } | { actions: number };
}

const feedType = 'application/feed+json';
const rssType = 'application/rss+xml; charset=UTF-8';

/** A feed of urgent actions titled `Case <title>: …`, so that each case's actions can be told apart. */
export function caseFeed(title: string, items: unknown[], extra: Json = {}): Json {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: 'https://example.org/',
    _advocacy: { version: 1, organization: `${title} Organization` },
    items,
    ...extra,
  };
}

export function caseItem(id: string, title: string, change: (item: Json) => unknown = () => undefined): Json {
  const item: Json = {
    id,
    url: `https://example.org/actions/${id}`,
    title,
    summary: 'Three human rights defenders are detained for their work.',
    _urgent_action: {
      reference: `UA ${id}`,
      country: 'PE',
      ends_at: '2099-03-03',
      targets: [{ id: 'minister', name: 'Minister of Justice', email: 'minister@example.org', twitter: 'ExampleMinister' }],
      letter: { subject: 'Release the defenders', body: 'I urge you to release them, {{full_name}}.' },
      tweet: '{{target_twitter}} Release the defenders now!',
    },
  };
  change(item);
  return item;
}

const json = (document: unknown, type = feedType): Handler => serveText(JSON.stringify(document), type);
const rss = (items: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>'): string =>
  `${declaration}<rss version="2.0"><channel><title>Hostile RSS</title><link>https://example.org/</link>${items}</channel></rss>`;

/** Raw bytes, as given. */
const bytes =
  (body: Buffer, type: string): Handler =>
  (_request, response) =>
    void response.writeHead(200, { 'Content-Type': type, 'Content-Length': body.byteLength }).end(body);

const redirect =
  (location: string): Handler =>
  (_request, response) =>
    void response.writeHead(302, { Location: location }).end();

/** Whole documents that are hostile or broken: each is refused with a message, or read within the limits. */
export const hostileDocuments: HostileDocument[] = [
  {
    name: 'a truncated JSON feed',
    answer: () => serveText(JSON.stringify(caseFeed('T', [caseItem('a', 'A')])).slice(0, 80), feedType),
    outcome: { refused: /sent something that is not a feed\.$/ },
  },
  { name: 'an empty body', answer: () => serveText('', feedType), outcome: { refused: /sent something that is not a feed\.$/ } },
  {
    name: 'binary garbage',
    answer: () => bytes(Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x12, 0x80, 0x00]), feedType),
    outcome: { refused: /sent something that is not a feed\.$/ },
  },
  {
    name: 'JSON that is not a feed',
    answer: () => json({ hello: 'world' }),
    outcome: { refused: /is not a valid urgent action feed\. .*_advocacy: is required$/ },
  },
  {
    name: 'a feed without _advocacy',
    answer: () => json({ ...caseFeed('T', []), _advocacy: undefined }),
    outcome: { refused: /_advocacy: is required/ },
  },
  {
    name: 'nesting 100,000 arrays deep',
    answer: () => serveText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, feedType),
    outcome: { refused: /is not a valid urgent action feed\.$/ },
  },
  { name: 'a body that streams past 5 MB', answer: () => streamEndlessly(8 * 1024 * 1024), outcome: { refused: /is larger than 5 MB\.$/ } },
  { name: 'a Content-Length of 50 MB', answer: () => declareLength(50 * 1024 * 1024), outcome: { refused: /is larger than 5 MB\.$/ } },
  {
    name: 'a 404',
    answer: () => serveText('Not here', 'text/plain', 404),
    outcome: { refused: /is no longer at its address \(not found\)\.$/ },
  },
  { name: 'a 500', answer: () => serveText('Broken', 'text/plain', 500), outcome: { refused: /answered with a server error\.$/ } },
  {
    name: 'an HTML page without a feed link',
    answer: () => serveText('<!doctype html><title>News</title><p>Hello</p>', 'text/html'),
    outcome: { refused: /sent something that is not a feed\.$/ },
  },
  {
    name: 'an XML bomb (entity expansion)',
    answer: () =>
      serveText(
        `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title></channel></rss>`,
        rssType,
      ),
    outcome: { refused: /declares its own XML entities/ },
  },
  {
    name: 'an external XML entity',
    answer: () =>
      serveText(
        `<!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]><rss version="2.0"><channel><title>&secret;</title></channel></rss>`,
        rssType,
      ),
    outcome: { refused: /declares its own XML entities/ },
  },
  {
    name: 'a truncated RSS feed',
    answer: () => serveText(rss('<item><title>A</title><link>https://example.org/a</link></item>').slice(0, 120), rssType),
    outcome: { refused: /The feed is not well-formed XML: / },
  },
  {
    name: 'RSS whose bytes are not valid UTF-8',
    answer: () =>
      bytes(
        Buffer.concat([Buffer.from(rss('').slice(0, 90)), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(rss('').slice(90))]),
        rssType,
      ),
    outcome: { refused: /is not a valid urgent action feed\.$/ },
  },
  {
    name: 'HTML served as RSS',
    answer: () => serveText('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', rssType),
    outcome: { refused: /sent something that is not a feed\.$/ },
  },
  {
    name: 'a redirect to plain http',
    answer: () => redirect('http://plain.example/feed.json'),
    outcome: { refused: /could not be reached/ },
  },
  {
    name: 'a javascript: home page',
    answer: () => json(caseFeed('T', [caseItem('a', 'A')], { home_page_url: 'javascript:alert(1)' })),
    outcome: { refused: /home_page_url: must be an https: URL/ },
  },
  {
    name: 'a UTF-8 byte-order mark',
    answer: () =>
      bytes(
        Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from(JSON.stringify(caseFeed('BOM', [caseItem('bom', 'Case BOM: Free the defenders')]))),
        ]),
        feedType,
      ),
    outcome: { actions: 1 },
  },
  {
    name: 'a feed served as text/html',
    answer: () => json(caseFeed('Typed', [caseItem('typed', 'Case typed: Free the defenders')]), 'text/html'),
    outcome: { refused: /sent something that is not a feed\.$/ },
  },
  {
    name: '600 items (the first 500 kept)',
    answer: () =>
      json(
        caseFeed(
          'Many',
          Array.from({ length: 600 }, (_, i) => caseItem(`many-${i}`, `Case many: action ${i}`)),
        ),
      ),
    outcome: { actions: 500 },
  },
  {
    name: 'markup in the titles',
    answer: () =>
      json(caseFeed('<img src=x onerror=alert(1)>Markup', [caseItem('markup', 'Case markup: <script>alert(1)</script>Free them')])),
    outcome: { actions: 1 },
  },
  {
    name: 'an overlong item title (skipped, the rest read)',
    answer: () => json(caseFeed('Long', [caseItem('long', 'x'.repeat(100_000)), caseItem('short', 'Case long: Free the defenders')])),
    outcome: { actions: 1 },
  },
  {
    name: 'an overlong feed title',
    answer: () => json(caseFeed('Long'.repeat(50_000), [caseItem('short', 'Case long: Free the defenders')])),
    outcome: { refused: /is not a valid urgent action feed\. title: / },
  },
  {
    name: 'javascript: and data: links in an item',
    answer: () =>
      json(
        caseFeed('Links', [
          caseItem('js', 'Case links: script link', (item) => (item.url = 'javascript:alert(1)')),
          caseItem(
            'data',
            'Case links: data report',
            (item) => (item._urgent_action.report_url = 'data:text/html,<script>alert(1)</script>'),
          ),
          caseItem('ok', 'Case links: Free the defenders'),
        ]),
      ),
    outcome: { actions: 1 },
  },
  {
    name: 'an RSS entry with a javascript: link',
    answer: () =>
      serveText(
        rss('<item><title>Trap</title><guid>trap</guid><link>javascript:alert(1)</link><description>Hello</description></item>'),
        rssType,
      ),
    outcome: { actions: 0 },
  },
];
