import { defineBackground } from 'wxt/utils/define-background';
import { onAlarm } from '@/utils/browser/alarms';
import { onNotificationClicked } from '@/utils/browser/notifications';
import { onInstalled, onMessage, onStartup } from '@/utils/browser/runtime';
import { refreshBadge } from './badge';
import { handleMessage } from './handlers';
import { handleInstalled } from './install';
import { handleNotificationClick } from './notify';
import { refreshAlarm, refreshAndNotify } from './refresh';

/** Wiring only: each event to its job. */
export function main(): void {
  onInstalled((reason) => void handleInstalled(reason));
  onStartup(() => void refreshBadge());
  onMessage(handleMessage);
  onAlarm((name) => {
    if (name === refreshAlarm) void refreshAndNotify(false);
  });
  onNotificationClicked((id) => void handleNotificationClick(id));
}

export default defineBackground(main);
