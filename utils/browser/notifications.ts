import { browser } from 'wxt/browser';

export async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

export function onNotificationClicked(handler: (id: string) => void): void {
  browser.notifications.onClicked.addListener(handler);
}
