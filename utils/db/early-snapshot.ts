/**
 * The popup's first read, started by a small classic script that popup.html
 * runs before its modules (entrypoints/popup-snapshot.ts): the database opens
 * while the popup's code is still loading and compiling, not after it. Raw
 * IndexedDB rather than idb, so that script loads nothing else.
 */
import { databaseName, databaseVersion } from './database-version';
import type { PopupSnapshot } from './records';
import { currentSnapshot } from './snapshot-version';

/** Where the early script leaves its read for main.tsx: two bundles share only the page's global object. */
const earlyReadKey = Symbol.for('urgent-actions.popup-snapshot');
type PageWithEarlyRead = typeof globalThis & { [earlyReadKey]?: Promise<PopupSnapshot | undefined> };

/** The stored snapshot at the version this build knows, or undefined (none, an older database or shape, any failure). */
function readSnapshot(): Promise<PopupSnapshot | undefined> {
  return new Promise((resolve) => {
    const opening = indexedDB.open(databaseName, databaseVersion);
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

/** Run by the early script. */
export function startEarlySnapshotRead(): void {
  (globalThis as PageWithEarlyRead)[earlyReadKey] = readSnapshot();
}

/** The early read, once: any later read must see later writes. Undefined when no early script ran. */
export function takeEarlySnapshotRead(): Promise<PopupSnapshot | undefined> | undefined {
  const page = globalThis as PageWithEarlyRead;
  const read = page[earlyReadKey];
  delete page[earlyReadKey];
  return read;
}
