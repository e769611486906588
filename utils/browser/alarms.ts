import { browser } from 'wxt/browser';

/** (Re)creates a repeating alarm; the same name replaces the old period. */
export async function scheduleRepeating(name: string, periodInMinutes: number): Promise<void> {
  await browser.alarms.create(name, { delayInMinutes: 1, periodInMinutes });
}

export function onAlarm(handler: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => handler(alarm.name));
}
