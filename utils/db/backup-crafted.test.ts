/**
 * Crafted backup files (issue 11): every one with an invalid record is refused
 * whole through the background's handler, and nothing already stored changes;
 * the log keeps working whatever was imported or deleted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { send } from '@/utils/messaging/send';
import { openDatabase } from './database';
import { listDrafts } from './drafts';
import { listFeeds } from './feeds';
import { listLog } from './log';
import { loadProfile } from './profile';
import { emptyProfile } from './records';
import { loadSettings } from './settings';

/** A backup as version 1 of the extension writes it (exportData, pretty-printed), trimmed to one action. */
const versionOneFile = `{
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

type File = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const file = (): File => JSON.parse(versionOneFile) as File;
const action = (backup: File): File => backup.feeds[0].actions[0];
const target = (backup: File): File => action(backup).targets[0];

/** Each changes one field of a valid file; every one must be refused whole. */
const crafted: [string, (backup: File) => void][] = [
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
  ['an action with no official', (b) => void (action(b).targets = [])],
  ['a feed problem time that is not a date', (b) => void (b.feeds[0].lastProblem = { code: 'offline', message: 'x', at: 'then' })],
  ['a negative failure count', (b) => void (b.feeds[0].failures = -1)],
  ['an added-at that is not a date', (b) => void (b.feeds[0].addedAt = 'a while ago')],
  ['an exportedAt that is not a date', (b) => void (b.exportedAt = 'today')],
  ['a refresh every minute', (b) => void (b.settings.refreshMinutes = 1)],
  ['a profile email that is not one', (b) => void (b.profile.email = 'rosa@example.net,spy@evil.example')],
  ['a version from the future', (b) => void (b.version = 2)],
];

/** Stored before each import: what must survive a refused file. */
async function storeSomething() {
  await send('saveProfile', { profile: { ...emptyProfile, firstName: 'Ana' } });
  await send('logAction', {
    entry: {
      actionKey: 'bundled x',
      feedKey: 'bundled',
      itemId: 'x',
      reference: 'UA 1',
      title: 'T',
      targetId: 't',
      targetName: 'N',
      channel: 'email',
      at: '2027-01-01T00:00:00.000Z',
    },
  });
  await send('saveDraft', { actionKey: 'bundled x', changes: { targetId: 't', letter: 'Mine' }, baseVersion: 0 });
}

async function snapshot() {
  return {
    profile: await loadProfile(),
    settings: await loadSettings(),
    feeds: await listFeeds(),
    log: await listLog(),
    drafts: await listDrafts(),
  };
}

describe('a crafted backup file', () => {
  it('is a valid file to begin with', async () => {
    expect(await send('importBackup', { json: versionOneFile })).toMatchObject({ ok: true });
  });

  it.each(crafted)('with %s is refused whole, nothing changed', async (_name, craft) => {
    await storeSomething();
    const before = await snapshot();
    const backup = file();
    craft(backup);
    expect(await send('importBackup', { json: JSON.stringify(backup) })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it('that is not JSON, or not a backup, is refused', async () => {
    await storeSomething();
    const before = await snapshot();
    for (const json of ['{"format": "urgent-actions-backup"', '[]', 'null', '{"format": "something-else", "version": 1}']) {
      expect(await send('importBackup', { json })).toMatchObject({ ok: false });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('importing a backup', () => {
  it('brings back a file as version 1 wrote it, with the log renumbered from 1', async () => {
    await storeSomething();
    expect(await send('importBackup', { json: versionOneFile })).toMatchObject({ ok: true });
    expect((await loadProfile()).firstName).toBe('Rosa');
    expect((await loadSettings()).emailApp).toBe('gmail');
    const [feed] = await listFeeds();
    expect(feed?.actions[0]?.targets[0]?.email).toBe('fiscalia@example.pe');
    expect((await listLog()).map((entry) => [entry.id, entry.channel, entry.outcome])).toEqual([
      [2, 'call', 'voicemail'],
      [1, 'email', undefined],
    ]);
    expect((await listDrafts()).map((draft) => draft.letter)).toEqual(['My own words.']);
  });

  it('keeps the log working after a file with the highest safe id', async () => {
    const backup = file();
    backup.log[0].id = Number.MAX_SAFE_INTEGER;
    expect(await send('importBackup', { json: JSON.stringify(backup) })).toMatchObject({ ok: true });
    for (const at of ['2027-01-01T00:00:00.000Z', '2027-01-02T00:00:00.000Z']) {
      await send('logAction', { entry: { ...backup.log[1], at } });
    }
    expect((await listLog()).map((entry) => entry.id)).toEqual([4, 3, 2, 1]);
  });

  it('keeps the log working after a file with an id of 2^53 (refused)', async () => {
    const backup = file();
    backup.log[0].id = 2 ** 53;
    expect(await send('importBackup', { json: JSON.stringify(backup) })).toMatchObject({ ok: false });
    const stored = await send('logAction', { entry: { ...backup.log[1], id: undefined } });
    expect((await listLog()).map((entry) => entry.id)).toEqual([stored.id]);
  });

  it('changes nothing when a write fails half-way: one transaction, aborted', async () => {
    await storeSomething();
    const before = await snapshot();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      if (calls === 4) throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      await expect(send('importBackup', { json: versionOneFile })).rejects.toThrow('The disk is full');
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBeGreaterThanOrEqual(4);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the log', () => {
  it('keeps working after Delete all data, even with its key counter used up', async () => {
    // A database as an old import left it: an entry stored under 2^53.
    const db = await openDatabase();
    await db.put('log', {
      actionKey: 'a',
      feedKey: 'f',
      itemId: 'i',
      reference: 'R',
      title: 'T',
      targetId: 't',
      targetName: 'N',
      channel: 'email',
      at: '2027-01-01T00:00:00.000Z',
      id: 2 ** 53,
    });
    // The extension's own file, as the background reads it after deleting everything.
    const bundled = readFileSync('public/feeds/default.feed.json', 'utf8');
    vi.stubGlobal('fetch', async () => new Response(bundled));
    try {
      await send('deleteAllData', {});
    } finally {
      vi.unstubAllGlobals();
    }
    const stored = await send('logAction', {
      entry: {
        actionKey: 'a',
        feedKey: 'f',
        itemId: 'i',
        reference: 'R',
        title: 'T',
        targetId: 't',
        targetName: 'N',
        channel: 'email',
        at: '2027-01-02T00:00:00.000Z',
      },
    });
    expect(stored.id).toBe(1);
    expect((await listLog()).map((entry) => entry.id)).toEqual([1]);
  });
});
