/**
 * Crafted backup files (issue 11), shared by the unit test of the import
 * (utils/db/backup-crafted.test.ts) and its end-to-end test
 * (e2e/crafted-backups.spec.ts): a valid file as version 1 of the extension
 * writes it, and changes to it that every import must refuse whole.
 */

/** A backup as version 1 of the extension writes it (exportData, pretty-printed), trimmed to one action. */
export const versionOneFile = `{
  "format": "urgent-actions-backup",
  "version": 1,
  "exportedAt": "2026-11-20T09:15:02.331Z",
  "profile": {
    "firstName": "Rosa",
    "lastName": "Mamani",
    "email": "rosa@example.net",
    "streetAddress": "",
    "city": "Puno",
    "region": "",
    "postalCode": "",
    "country": "Peru",
    "includeEmail": true,
    "includeCity": true
  },
  "settings": { "emailApp": "gmail", "refreshMinutes": 180, "notifyNewActions": true, "bundledFeedRemoved": false },
  "feeds": [
    {
      "key": "https://feeds.example.org/ua.json",
      "url": "https://feeds.example.org/ua.json",
      "title": "Urgent actions",
      "organization": "Example Rights",
      "homePageUrl": "https://example.org/",
      "actions": [
        {
          "key": "https://feeds.example.org/ua.json ua-12",
          "feedKey": "https://feeds.example.org/ua.json",
          "itemId": "ua-12",
          "reference": "UA 12/26",
          "sequence": 2,
          "title": "Free the river defenders",
          "url": "https://example.org/ua-12",
          "summary": "Three defenders are held without charge.",
          "country": "PE",
          "language": "en",
          "endsAt": "2027-03-03",
          "status": "active",
          "datePublished": "2026-11-02T10:00:00Z",
          "dateModified": "2026-11-03T10:00:00+01:00",
          "targets": [
            {
              "id": "attorney-general",
              "name": "Attorney General",
              "address": ["Av. Abancay 491", "Lima"],
              "email": "fiscalia@example.pe",
              "phone": "+51 1 625 5555",
              "twitter": "FiscaliaPeru",
              "salutation": "Dear {{target_name}},",
              "timezone": "America/Lima"
            }
          ],
          "letter": { "subject": "Release the defenders", "body": "Please release them.", "closing": "Yours sincerely," },
          "tweet": "{{target_twitter}} {{title}} {{url}}"
        }
      ],
      "skipped": [{ "id": "ua-13", "reasons": ["_urgent_action.targets: is required"] }],
      "etag": "\\"abc\\"",
      "lastSuccessAt": "2026-11-20T09:00:00.000Z",
      "failures": 0,
      "addedAt": "2026-10-01T08:00:00.000Z"
    }
  ],
  "log": [
    {
      "id": 9,
      "actionKey": "https://feeds.example.org/ua.json ua-12",
      "feedKey": "https://feeds.example.org/ua.json",
      "itemId": "ua-12",
      "reference": "UA 12/26",
      "title": "Free the river defenders",
      "targetId": "attorney-general",
      "targetName": "Attorney General",
      "channel": "call",
      "outcome": "voicemail",
      "at": "2026-11-10T15:00:00.000Z"
    },
    {
      "id": 7,
      "actionKey": "https://feeds.example.org/ua.json ua-12",
      "feedKey": "https://feeds.example.org/ua.json",
      "itemId": "ua-12",
      "reference": "UA 12/26",
      "title": "Free the river defenders",
      "targetId": "attorney-general",
      "targetName": "Attorney General",
      "channel": "email",
      "at": "2026-11-09T15:00:00.000Z"
    }
  ],
  "drafts": [
    {
      "actionKey": "https://feeds.example.org/ua.json ua-12",
      "letter": "My own words.",
      "targetId": "attorney-general",
      "actionModified": "2026-11-03T10:00:00+01:00",
      "updatedAt": "2026-11-10T14:00:00.000Z"
    }
  ]
}`;

export type BackupFile = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export const file = (): BackupFile => JSON.parse(versionOneFile) as BackupFile;
const action = (backup: BackupFile): BackupFile => backup.feeds[0].actions[0];
const target = (backup: BackupFile): BackupFile => action(backup).targets[0];

/** Each changes one field of a valid file; every one must be refused whole. */
export const crafted: [string, (backup: BackupFile) => void][] = [
  ['a javascript: link to the action', (b) => void (action(b).url = 'javascript:alert(document.cookie)')],
  ['a javascript: report link', (b) => void (action(b).reportUrl = 'javascript:alert(1)')],
  ['a data: feed address', (b) => void (b.feeds[0].url = 'data:application/json,{}')],
  ['a plain-http home page', (b) => void (b.feeds[0].homePageUrl = 'http://evil.example/')],
  ['a feed report link that is not a URL', (b) => void (b.feeds[0].reportUrl = 'report here')],
  ['an email with a second recipient', (b) => void (target(b).email = 'fiscalia@example.pe,spy@evil.example')],
  ['an email hiding a recipient in %40 and %2C', (b) => void (target(b).email = 'minister%40gov.pe%2Cspy@evil.org')],
  ['an email adding a header with %0D%0A', (b) => void (target(b).email = 'x%0D%0ABcc:spy@evil.org')],
  ['an email with a query', (b) => void (target(b).email = 'fiscalia@example.pe?cc=spy@evil.example')],
  ['an email with a line break', (b) => void (target(b).email = 'fiscalia@example.pe\r\nBcc: spy@evil.example')],
  ['an endsAt of "soon"', (b) => void (action(b).endsAt = 'soon')],
  ['an endsAt without an offset', (b) => void (action(b).endsAt = '2027-03-03T12:00:00')],
  ['a datePublished that is not a date', (b) => void (action(b).datePublished = 'last week')],
  ['a log time that is not a date', (b) => void (b.log[0].at = 'yesterday')],
  ['a log id of 2^53', (b) => void (b.log[0].id = 2 ** 53)],
  ['a negative log id', (b) => void (b.log[0].id = -1)],
  ['a log id that is not whole', (b) => void (b.log[0].id = 1.5)],
  ['a log id as a string', (b) => void (b.log[0].id = '7')],
  ['a log channel that does not exist', (b) => void (b.log[0].channel = 'pigeon')],
  ['a draft time that is not a date', (b) => void (b.drafts[0].updatedAt = 'now')],
  ['a time zone that does not exist', (b) => void (target(b).timezone = 'Mars/Olympus_Mons')],
  ['a Twitter handle with @ and a path', (b) => void (target(b).twitter = '@evil/status/1')],
  ['a phone number that is a script', (b) => void (target(b).phone = 'javascript:alert(1)')],
  ['an official id with a path', (b) => void (target(b).id = '../../options')],
  ['a country that is not a code', (b) => void (action(b).country = 'Peru')],
  ['a language that is not a tag', (b) => void (action(b).language = 'not a language!')],
  ['a subject that adds a header', (b) => void (action(b).letter.subject = 'Hi\r\nBcc: spy@evil.example')],
  ['a tweet with an unknown placeholder', (b) => void (action(b).tweet = '{{constructor}} {{title}}')],
  ["a tweet carrying the supporter's email", (b) => void (action(b).tweet = '{{target_twitter}} {{title}} {{email}}')],
  ["a tweet carrying the supporter's full name and city", (b) => void (action(b).tweet = '{{ full_name }} from {{city}} asks: {{title}}')],
  ['an action with no official', (b) => void (action(b).targets = [])],
  ['a feed problem time that is not a date', (b) => void (b.feeds[0].lastProblem = { code: 'offline', message: 'x', at: 'then' })],
  ['a negative failure count', (b) => void (b.feeds[0].failures = -1)],
  ['an added-at that is not a date', (b) => void (b.feeds[0].addedAt = 'a while ago')],
  ['an exportedAt that is not a date', (b) => void (b.exportedAt = 'today')],
  ['a refresh every minute', (b) => void (b.settings.refreshMinutes = 1)],
  ['a profile email that is not one', (b) => void (b.profile.email = 'rosa@example.net,spy@evil.example')],
  ['a version from the future', (b) => void (b.version = 2)],
];

/** Odd but valid: each file imports, and every page draws it safely. */
export const oddButValid: [string, (backup: BackupFile) => void][] = [
  [
    'markup in the title and summary',
    (b) => {
      action(b).title = '<img src=x onerror=alert(1)>Free the river defenders';
      action(b).summary = '<script>alert(1)</script> Three defenders are held.';
    },
  ],
  ["bidirectional overrides in the official's name", (b) => void (target(b).name = 'Attorney \u202eGeneral\u202c')],
  [
    'a log entry for an action no longer followed',
    (b) => {
      b.log[0].actionKey = 'https://gone.example.org/ua.json ua-1';
      b.log[0].feedKey = 'https://gone.example.org/ua.json';
    },
  ],
  ['a draft for an action no longer followed', (b) => void (b.drafts[0].actionKey = 'https://gone.example.org/ua.json ua-1')],
  [
    'an ended action with a deadline far ahead',
    (b) => {
      action(b).status = 'ended';
      action(b).endsAt = '2099-01-01';
    },
  ],
  [
    'a letter with every private detail',
    (b) => void (action(b).letter.body = '{{full_name}}, {{email}}, {{city}}, {{region}}: free them.'),
  ],
];

/** Files that are not JSON, or not a backup of this extension. */
export const notBackups: [string, string][] = [
  ['a file cut short', '{"format": "urgent-actions-backup"'],
  ['an empty array', '[]'],
  ['null', 'null'],
  ['another format', '{"format": "something-else", "version": 1}'],
];
