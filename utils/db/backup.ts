/**
 * All of the supporter's data as one file: to keep, to move to another browser,
 * or to start again. An import is validated whole before anything is written,
 * and written in one transaction, so a bad file changes nothing.
 */
import * as z from 'zod/mini';
import { openDatabase } from './database';
import { listDrafts } from './drafts';
import { draftSchema, feedRecordSchema, logEntrySchema, profileSchema, settingsSchema } from './records';
import { listFeeds } from './feeds';
import { listLog } from './log';
import { loadProfile } from './profile';
import { loadSettings } from './settings';

const backupFormat = 'urgent-actions-backup';

const backupSchema = z.object({
  format: z.literal(backupFormat),
  version: z.literal(1),
  exportedAt: z.string(),
  profile: profileSchema,
  settings: settingsSchema,
  feeds: z.array(feedRecordSchema),
  log: z.array(logEntrySchema),
  drafts: z.array(draftSchema),
});

export type Backup = z.infer<typeof backupSchema>;

const stores = ['profile', 'settings', 'feeds', 'log', 'drafts', 'notices'] as const;

export async function exportData(now = new Date()): Promise<Backup> {
  // Each store's reader keeps only valid records, so the file always imports.
  const [profile, settings, feeds, log, drafts] = await Promise.all([
    loadProfile(),
    loadSettings(),
    listFeeds(),
    listLog(),
    listDrafts(),
  ]);
  return { format: backupFormat, version: 1, exportedAt: now.toISOString(), profile, settings, feeds, log, drafts };
}

export type BackupImportResult = { ok: true; backup: Backup } | { ok: false; problems: string[] };

/** Replaces everything with the file's data, or, when the file is not valid, changes nothing. */
export async function importData(json: string): Promise<BackupImportResult> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problems: ['not-json'] };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => issue.path.join('.')) };
  const backup = parsed.data;
  const db = await openDatabase();
  const tx = db.transaction(stores, 'readwrite');
  await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  await Promise.all([
    tx.objectStore('profile').put(backup.profile, 'supporter'),
    tx.objectStore('settings').put(backup.settings, 'settings'),
    ...backup.feeds.map((feed) => tx.objectStore('feeds').put(feed)),
    ...backup.log.map((entry) => tx.objectStore('log').put(entry)),
    ...backup.drafts.map((draft) => tx.objectStore('drafts').put(draft)),
  ]);
  await tx.done;
  return { ok: true, backup };
}

/** Forgets everything: details, history, drafts, followed feeds and settings. */
export async function deleteAllData(): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(stores, 'readwrite');
  await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
