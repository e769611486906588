/**
 * The one database of the extension (IndexedDB through idb). Every other module
 * asks this one for it; each version bump adds a step to `upgradeDatabase` and a
 * test that upgrades sample data written by every older version.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { databaseName, databaseVersion } from './database-version';
import type { Draft, FeedRecord, LogEntry, Notice, PopupSnapshot, Profile, Settings } from './records';

export interface UrgentActionsDB extends DBSchema {
  profile: { key: 'supporter'; value: Profile };
  settings: { key: 'settings'; value: Settings };
  feeds: { key: string; value: FeedRecord };
  log: { key: number; value: LogEntry; indexes: { byAction: string; byTime: string } };
  drafts: { key: string; value: Draft };
  /** Notifications already shown (version 2), so none is shown twice. */
  notices: { key: string; value: Notice };
  /** The popup's ready-to-draw list (version 3), written by the background only. */
  snapshot: { key: 'popup' | 'list'; value: PopupSnapshot };
}

export type Database = IDBPDatabase<UrgentActionsDB>;

function upgradeDatabase(db: Database, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('profile');
    db.createObjectStore('settings');
    db.createObjectStore('feeds', { keyPath: 'key' });
    const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
    log.createIndex('byAction', 'actionKey');
    log.createIndex('byTime', 'at');
    db.createObjectStore('drafts', { keyPath: 'actionKey' });
  }
  if (oldVersion < 2) {
    db.createObjectStore('notices', { keyPath: 'key' });
  }
  // Empty until the background writes it; the popup asks for it meanwhile.
  if (oldVersion < 3) {
    db.createObjectStore('snapshot');
  }
}

let opening: Promise<Database> | undefined;

export function openDatabase(): Promise<Database> {
  if (opening) return opening;
  const attempt = openDB<UrgentActionsDB>(databaseName, databaseVersion, {
    upgrade: upgradeDatabase,
    // Another page upgraded the database: let it, and reopen on next use.
    blocking: () => closeDatabase(),
  });
  opening = attempt;
  // A failed open is not kept: the next call tries again (after an update, a freed disk).
  attempt.catch(() => {
    if (opening === attempt) opening = undefined;
  });
  return attempt;
}

/** The database was written by a newer version of the extension, which this one cannot read. */
export function isNewerVersionError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'VersionError';
}

/** Closes the connection; the next `openDatabase` opens a new one. */
export function closeDatabase(): void {
  const current = opening;
  opening = undefined;
  void current?.then(
    (db) => db.close(),
    () => undefined,
  );
}
