/**
 * All of the supporter's data as one file: to keep, to move to another browser,
 * or to start again. An import is validated whole, with the rules of every
 * other way in, before anything is written, and written in one transaction
 * that any error aborts, so a bad file changes nothing.
 */
import * as z from 'zod/mini';
import { dateTime } from '@/utils/feed/field-rules';
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
  exportedAt: dateTime,
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
  const [profile, settings, feeds, log, drafts] = await Promise.all([loadProfile(), loadSettings(), listFeeds(), listLog(), listDrafts()]);
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
  // Oldest first, numbered from 1: the file's own ids may be anything valid.
  const log = backup.log
    .toSorted((a, b) => a.at.localeCompare(b.at) || (a.id ?? 0) - (b.id ?? 0))
    .map((entry, index) => ({ ...entry, id: index + 1 }));
  const db = await openDatabase();
  const tx = db.transaction(stores, 'readwrite');
  const requests: Promise<unknown>[] = [];
  const write = (request: Promise<unknown>) => {
    // Awaited together below; once one fails the others reject too (aborted), and that is expected.
    request.catch(() => undefined);
    requests.push(request);
  };
  try {
    for (const store of stores) write(tx.objectStore(store).clear());
    write(tx.objectStore('profile').put(backup.profile, 'supporter'));
    write(tx.objectStore('settings').put(backup.settings, 'settings'));
    for (const feed of backup.feeds) write(tx.objectStore('feeds').put(feed));
    for (const entry of log) write(tx.objectStore('log').put(entry));
    for (const draft of backup.drafts) write(tx.objectStore('drafts').put(draft));
    await Promise.all(requests);
    await tx.done;
  } catch (error) {
    // A write that throws before it becomes a request would not abort on its own.
    abortQuietly(tx);
    throw error;
  }
  return { ok: true, backup: { ...backup, log } };
}

function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

/** Forgets everything: details, history, drafts, followed feeds and settings. */
export async function deleteAllData(): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction(stores, 'readwrite');
  await Promise.all(stores.map((store) => tx.objectStore(store).clear()));
  await tx.done;
}
