/**
 * Crafted backup files (issue 11): every one with an invalid record is refused
 * whole through the background's handler, and nothing already stored changes;
 * the log keeps working whatever was imported or deleted.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { send } from '@/utils/messaging/send';
import { crafted, file, notBackups, oddButValid, versionOneFile } from '@/testing/crafted-backups';
import { plainLogEntry } from '@/testing/test-data';
import { openDatabase } from './database';
import { listDrafts } from './drafts';
import { listFeeds } from './feeds';
import { listLog } from './log';
import { loadProfile } from './profile';
import { emptyProfile } from './records';
import { loadSettings } from './settings';

/** Stored before each import: what must survive a refused file. */
async function storeSomething() {
  await send('saveProfile', { profile: { ...emptyProfile, firstName: 'Ana' } });
  await send('logAction', { entry: plainLogEntry });
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

  it.each(oddButValid)('with %s imports', async (_name, craft) => {
    const backup = file();
    craft(backup);
    expect(await send('importBackup', { json: JSON.stringify(backup) })).toMatchObject({ ok: true });
  });

  it('that is not JSON, or not a backup, is refused', async () => {
    await storeSomething();
    const before = await snapshot();
    for (const [, json] of notBackups) {
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
    await db.put('log', { ...plainLogEntry, id: 2 ** 53 });
    // The extension's own file, as the background reads it after deleting everything.
    const bundled = readFileSync('public/feeds/default.feed.json', 'utf8');
    vi.stubGlobal('fetch', async () => new Response(bundled));
    try {
      await send('deleteAllData', {});
    } finally {
      vi.unstubAllGlobals();
    }
    const stored = await send('logAction', { entry: { ...plainLogEntry, at: '2027-01-02T00:00:00.000Z' } });
    expect(stored.id).toBe(1);
    expect((await listLog()).map((entry) => entry.id)).toEqual([1]);
  });
});
