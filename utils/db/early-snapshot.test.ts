import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { bundledActions, examplesFeed } from '@/testing/test-data';
import { openDatabase } from './database';
import { databaseName } from './database-version';
import { startEarlySnapshotRead, takeEarlySnapshotRead } from './early-snapshot';
import { readPopupSnapshot } from './snapshot';
import { popupSnapshotVersion } from './snapshot-version';
import { buildPopupSnapshot, writePopupSnapshot } from './snapshot-writer';

const snapshot = () => buildPopupSnapshot([examplesFeed(bundledActions(), '2027-01-01T00:00:00Z')], []);

/** The early read, started and taken as popup.html's two scripts do. */
function earlyRead() {
  startEarlySnapshotRead();
  return takeEarlySnapshotRead();
}

describe("the popup's early read", () => {
  it('reads the snapshot the background wrote', async () => {
    const written = snapshot();
    await writePopupSnapshot(written);
    expect(await earlyRead()).toEqual(written);
  });

  it('is taken once, so that a later read sees later writes', async () => {
    await writePopupSnapshot(snapshot());
    startEarlySnapshotRead();
    expect(takeEarlySnapshotRead()).toBeInstanceOf(Promise);
    expect(takeEarlySnapshotRead()).toBeUndefined();
  });

  it('ignores a snapshot of another shape', async () => {
    await (await openDatabase()).put('snapshot', { ...snapshot(), version: popupSnapshotVersion + 1 } as never, 'popup');
    expect(await earlyRead()).toBeUndefined();
  });

  it('never creates the database: on first run, that is the background’s job', async () => {
    expect(await earlyRead()).toBeUndefined();
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('leaves an older database as it was, for the background to upgrade', async () => {
    const older = await openDB(databaseName, 2, { upgrade: (db) => void db.createObjectStore('profile') });
    older.close();
    expect(await earlyRead()).toBeUndefined();
    expect(await indexedDB.databases()).toEqual([{ name: databaseName, version: 2 }]);
  });

  it('is what the popup’s first read returns, and without it that read is made in full', async () => {
    const written = snapshot();
    await writePopupSnapshot(written);
    startEarlySnapshotRead();
    expect(await readPopupSnapshot()).toEqual(written);
    // No early script ran (or its answer was taken): the same snapshot, read through idb.
    expect(await readPopupSnapshot()).toEqual(written);
  });
});
