import * as z from 'zod/mini';
import { openDatabase } from './database';

export const emailApps = ['default', 'gmail', 'outlook'] as const;
export type EmailApp = (typeof emailApps)[number];

export const refreshIntervalsMinutes = [30, 60, 180, 360, 1440] as const;

export const settingsSchema = z.object({
  emailApp: z.enum(emailApps),
  refreshMinutes: z.number().check(z.gte(15)),
  notifyNewActions: z.boolean(),
  /** Set when the supporter removed the bundled feed, so it is not brought back. */
  bundledFeedRemoved: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  emailApp: 'default',
  refreshMinutes: 60,
  notifyNewActions: false,
  bundledFeedRemoved: false,
};

export async function loadSettings(): Promise<Settings> {
  const db = await openDatabase();
  return settingsSchema.safeParse(await db.get('settings', 'settings')).data ?? defaultSettings;
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const db = await openDatabase();
  const tx = db.transaction('settings', 'readwrite');
  const stored = settingsSchema.safeParse(await tx.store.get('settings')).data ?? defaultSettings;
  const next = settingsSchema.parse({ ...stored, ...change });
  await tx.store.put(next, 'settings');
  await tx.done;
  return next;
}
