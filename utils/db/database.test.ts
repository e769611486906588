import { deleteDB, type IDBPDatabase, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { closeDatabase, isNewerVersionError, openDatabase } from './database';
import { databaseName, databaseVersion } from './database-version';
import { markNoticed } from './notices';
import { deleteDraft, loadDraft, saveDraft } from './drafts';
import { addLogEntry, listLog, removeLogEntry, setCallOutcome } from './log';
import { loadProfile, saveProfile } from './profile';
import { emptyProfile, defaultSettings } from './records';
import { readPopupSnapshot } from './snapshot';
import { buildPopupSnapshot, writePopupSnapshot } from './snapshot-writer';
import { loadSettings, updateSettings } from './settings';

const entry = (at: string, channel: 'email' | 'call' = 'email') => ({
  actionKey: 'bundled ua-106-23-2',
  feedKey: 'bundled',
  itemId: 'ua-106-23-2',
  reference: 'UA 106.23',
  title: 'Peru',
  targetId: 'otarola',
  targetName: 'Mr. Alberto Otárola Peñaranda',
  channel,
  outcome: channel === 'call' ? ('unknown' as const) : undefined,
  at,
});

/** Version 1 as it shipped: five stores, no notices. Written out, not taken from database.ts, which may change. */
function createVersion1Stores(db: IDBPDatabase): void {
  db.createObjectStore('profile');
  db.createObjectStore('settings');
  db.createObjectStore('feeds', { keyPath: 'key' });
  const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
  log.createIndex('byAction', 'actionKey');
  log.createIndex('byTime', 'at');
  db.createObjectStore('drafts', { keyPath: 'actionKey' });
}

describe('the database', () => {
  it('creates every store', async () => {
    const db = await openDatabase();
    expect(db.version).toBe(databaseVersion);
    expect([...db.objectStoreNames].sort()).toEqual(['drafts', 'feeds', 'log', 'notices', 'profile', 'settings', 'snapshot']);
  });

  it('upgrades a version 1 database, keeping the supporter, the log and the drafts', async () => {
    const v1 = await openDB(databaseName, 1, { upgrade: createVersion1Stores });
    await v1.put('profile', { ...emptyProfile, firstName: 'Ana' }, 'supporter');
    await v1.put('log', entry('2027-01-01T10:00:00.000Z'));
    await v1.put('drafts', { actionKey: 'a', targetId: 't', letter: 'Mine', updatedAt: '2027-01-01T00:00:00Z' });
    v1.close();

    expect((await loadProfile()).firstName).toBe('Ana');
    expect(await listLog()).toHaveLength(1);
    expect((await loadDraft('a'))?.letter).toBe('Mine');
    expect(await markNoticed('new a', new Date())).toBe(true);
    expect(await markNoticed('new a', new Date())).toBe(false);
    expect(await readPopupSnapshot()).toBeUndefined();
  });

  it('upgrades a version 2 database, keeping everything, with an empty snapshot store', async () => {
    // Version 2 as it shipped: version 1's stores and the notices.
    const v2 = await openDB(databaseName, 2, {
      upgrade(db) {
        createVersion1Stores(db);
        db.createObjectStore('notices', { keyPath: 'key' });
      },
    });
    await v2.put('profile', { ...emptyProfile, firstName: 'Ana' }, 'supporter');
    await v2.put('log', entry('2027-01-01T10:00:00.000Z'));
    await v2.put('notices', { key: 'new a', at: '2027-01-01T00:00:00Z' });
    v2.close();

    expect((await loadProfile()).firstName).toBe('Ana');
    expect(await listLog()).toHaveLength(1);
    expect(await markNoticed('new a', new Date())).toBe(false);
    expect(await readPopupSnapshot()).toBeUndefined();
    await writePopupSnapshot(buildPopupSnapshot([], await listLog()));
    expect(await readPopupSnapshot()).toMatchObject({ loggedCount: 1, actions: [] });
  });

  it('saves and reads back the supporter details, validated', async () => {
    expect(await loadProfile()).toEqual(emptyProfile);
    await saveProfile({ ...emptyProfile, firstName: '  Ana ', email: 'ana@example.net' });
    expect(await loadProfile()).toMatchObject({ firstName: 'Ana', email: 'ana@example.net' });
    await expect(saveProfile({ ...emptyProfile, email: 'not an address' })).rejects.toThrow();
    expect((await loadProfile()).email).toBe('ana@example.net');
  });

  it('reads a damaged record as the default instead of crashing', async () => {
    const db = await openDatabase();
    await db.put('profile', { firstName: 42 } as never, 'supporter');
    expect(await loadProfile()).toEqual(emptyProfile);
    await addLogEntry(entry('2027-01-01T10:00:00.000Z'));
    await db.put('log', { ...entry('2027-01-02T10:00:00.000Z'), channel: 'pigeon' } as never);
    expect((await listLog()).map((logged) => logged.channel)).toEqual(['email']);
  });

  it('keeps the log newest first, sets a call outcome and removes an entry', async () => {
    const first = await addLogEntry(entry('2027-01-01T10:00:00.000Z'));
    const call = await addLogEntry(entry('2027-01-02T10:00:00.000Z', 'call'));
    expect((await listLog()).map((logged) => logged.id)).toEqual([call.id, first.id]);
    await setCallOutcome(call.id as number, 'voicemail');
    expect((await listLog())[0]?.outcome).toBe('voicemail');
    await removeLogEntry(first.id as number);
    expect(await listLog()).toHaveLength(1);
  });

  it('saves, restores and deletes a draft', async () => {
    const draft = { actionKey: 'a', targetId: 't', letter: 'Dear…', updatedAt: '2027-01-01T00:00:00Z' };
    await saveDraft(draft);
    closeDatabase();
    expect(await loadDraft('a')).toEqual(draft);
    await deleteDraft('a');
    expect(await loadDraft('a')).toBeUndefined();
  });

  it('merges settings changes over the defaults', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
    await updateSettings({ emailApp: 'gmail' });
    expect(await loadSettings()).toEqual({ ...defaultSettings, emailApp: 'gmail' });
  });
});

describe('a database that cannot open', () => {
  it('is not remembered: the next call tries again', async () => {
    // Written by a newer version of the extension, then removed (the supporter reinstalled).
    (await openDB(databaseName, databaseVersion + 1)).close();
    const failure: unknown = await openDatabase().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isNewerVersionError(failure)).toBe(true);
    await deleteDB(databaseName);
    expect((await openDatabase()).version).toBe(databaseVersion);
  });
});
