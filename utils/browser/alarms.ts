import { browser } from 'wxt/browser';

/** (Re)creates a repeating alarm; the same name replaces the old period. */
export async function scheduleRepeating(name: string, periodInMinutes: number): Promise<void> {
  await browser.alarms.create(name, { delayInMinutes: 1, periodInMinutes });
}

/** (Re)creates an alarm that fires once, at `when` (a time value); the same name replaces the old one. */
export async function scheduleOnce(name: string, when: number): Promise<void> {
  await browser.alarms.create(name, { when });
}

export function onAlarm(handler: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => handler(alarm.name));
}
