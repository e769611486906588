/**
 * The popup's first read, started by a small classic script that popup.html
 * runs first (entrypoints/popup-snapshot.ts): it shows the snapshot's first
 * paint, then lets the popup's modules load (entrypoints/popup/main.tsx).
 * Loading them alongside would slow this read down, for the main thread
 * compiles them (npm run bench). Raw IndexedDB rather than idb, so that
 * script loads nothing else.
 */
import { databaseName, databaseVersion } from './database-version';
import type { FirstPaint, PopupSnapshot } from './records';
import { currentSnapshot } from './snapshot-version';

/** Where the early script leaves its read for main.tsx: two bundles share only the page's global object. */
const earlyReadKey = Symbol.for('urgent-actions.popup-snapshot');
type PageWithEarlyRead = typeof globalThis & { [earlyReadKey]?: Promise<PopupSnapshot | undefined> };

/** The stored snapshot at the version this build knows, or undefined (none, an older database or shape, any failure). */
function readSnapshot(): Promise<PopupSnapshot | undefined> {
  return new Promise((resolve) => {
    let opening: IDBOpenDBRequest;
    try {
      opening = indexedDB.open(databaseName, databaseVersion);
    } catch {
      // Storage refused to this profile (SecurityError): the popup says so itself.
      return resolve(undefined);
    }
    // Creating or upgrading the database is not a page's job: give up, leave it as it was.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onblocked = () => resolve(undefined);
    opening.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    opening.onsuccess = () => {
      const db = opening.result;
      try {
        const request = db.transaction('snapshot').objectStore('snapshot').get('popup');
        request.onsuccess = () => resolve(currentSnapshot(request.result as PopupSnapshot | undefined));
        request.onerror = () => resolve(undefined);
      } catch {
        resolve(undefined);
      } finally {
        // Closes once the read is done; the page's later reads open their own connection.
        db.close();
      }
    };
  });
}

/** A read still unanswered by then is left to the popup's own, so that a database that hangs never holds the popup up. */
const earlyReadLimitMs = 500;

/**
 * Run by the early script: reads the snapshot and, while its first paint is
 * still true (utils/feed/list-changes.ts), shows it. Settles once the read is
 * answered and the paint shown, or not: never rejects.
 */
export async function startEarlySnapshotRead(show: (paint: FirstPaint) => Promise<void>): Promise<void> {
  const limit = new Promise<undefined>((resolve) => setTimeout(resolve, earlyReadLimitMs));
  const read = Promise.race([readSnapshot(), limit]);
  (globalThis as PageWithEarlyRead)[earlyReadKey] = read;
  const paint = (await read)?.firstPaint;
  if (paint && Date.now() < paint.validUntil) await show(paint).catch(() => undefined);
}

/** The early read, once: any later read must see later writes. Undefined when no early script ran. */
export function takeEarlySnapshotRead(): Promise<PopupSnapshot | undefined> | undefined {
  const page = globalThis as PageWithEarlyRead;
  const read = page[earlyReadKey];
  delete page[earlyReadKey];
  return read;
}
