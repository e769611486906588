import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { bundledActions, examplesFeed } from '@/testing/test-data';
import { openDatabase } from './database';
import { databaseName } from './database-version';
import { startEarlySnapshotRead, takeEarlySnapshotRead } from './early-snapshot';
import { readPopupSnapshot } from './snapshot';
import { popupSnapshotVersion } from './snapshot-version';
import { buildPopupSnapshot, writePopupSnapshot } from './snapshot-writer';

const snapshot = () => buildPopupSnapshot([examplesFeed(bundledActions(), '2027-01-01T00:00:00Z')], []);

const noPaint = () => Promise.resolve();

/** The early read, started and taken as popup.html's two scripts do. */
function earlyRead() {
  void startEarlySnapshotRead(noPaint);
  return takeEarlySnapshotRead();
}

const drawn = (html: string, validUntil: number) => () => Promise.resolve({ html, language: 'en', title: 'Urgent actions', validUntil });

describe("the popup's early read", () => {
  it('reads the snapshot the background wrote', async () => {
    const written = snapshot();
    await writePopupSnapshot(written);
    expect(await earlyRead()).toEqual(written);
  });

  it('is taken once, so that a later read sees later writes', async () => {
    await writePopupSnapshot(snapshot());
    void startEarlySnapshotRead(noPaint);
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
    void startEarlySnapshotRead(noPaint);
    expect(await readPopupSnapshot()).toEqual(written);
    // No early script ran (or its answer was taken): the same snapshot, read through idb.
    expect(await readPopupSnapshot()).toEqual(written);
  });

  it('shows the first paint the background drew, while it is still true, before it settles', async () => {
    const written = snapshot();
    await writePopupSnapshot(written, new Date(), drawn('<main>list</main>', Date.now() + 60_000));
    const show = vi.fn(noPaint);
    await startEarlySnapshotRead(show);
    expect(show).toHaveBeenCalledExactlyOnceWith({
      html: '<main>list</main>',
      language: 'en',
      title: 'Urgent actions',
      validUntil: expect.any(Number),
    });
    expect(await takeEarlySnapshotRead()).toEqual({
      ...written,
      firstPaint: { html: '<main>list</main>', language: 'en', title: 'Urgent actions', validUntil: expect.any(Number) },
    });
  });

  it('shows no first paint once it could read differently (a deadline a day nearer), nor without one', async () => {
    await writePopupSnapshot(snapshot(), new Date(), drawn('<main>yesterday</main>', Date.now() - 1));
    const show = vi.fn(noPaint);
    await startEarlySnapshotRead(show);
    await writePopupSnapshot(snapshot());
    await startEarlySnapshotRead(show);
    expect(show).not.toHaveBeenCalled();
    // The popup still gets the snapshot: it draws it itself.
    expect(await takeEarlySnapshotRead()).toEqual(snapshot());
  });

  it('settles when the paint cannot be shown, so that the popup’s modules still load', async () => {
    await writePopupSnapshot(snapshot(), new Date(), drawn('<main>list</main>', Date.now() + 60_000));
    await expect(startEarlySnapshotRead(() => Promise.reject(new Error('no #app')))).resolves.toBeUndefined();
  });

  it('settles when the database cannot even be opened (storage refused), so that the popup still starts', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    try {
      await expect(startEarlySnapshotRead(noPaint)).resolves.toBeUndefined();
      expect(await takeEarlySnapshotRead()).toBeUndefined();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('gives up on a database that does not answer, so that the popup still starts', async () => {
    vi.useFakeTimers();
    try {
      // A request that never fires: the database is held by a version change elsewhere.
      vi.spyOn(indexedDB, 'open').mockReturnValue({} as IDBOpenDBRequest);
      const settled = startEarlySnapshotRead(noPaint);
      await vi.advanceTimersByTimeAsync(500);
      await expect(settled).resolves.toBeUndefined();
      expect(await takeEarlySnapshotRead()).toBeUndefined();
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });
});
