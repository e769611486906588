import { defaultSettings, type Settings, settingsSchema } from './records';
import { recordStore } from './store';

const settings = recordStore('settings', settingsSchema);

export async function loadSettings(): Promise<Settings> {
  return (await settings.get('settings')) ?? defaultSettings;
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = await settings.update('settings', (stored) => ({ ...(stored ?? defaultSettings), ...change }));
  return next!;
}
