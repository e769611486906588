import { defineBackground } from 'wxt/utils/define-background';
import { onAlarm } from '@/utils/browser/alarms';
import { onNotificationClicked } from '@/utils/browser/notifications';
import { onInstalled, onMessage, onStartup } from '@/utils/browser/runtime';
import { redrawAlarm, refreshBadge } from './badge';
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
    if (name === redrawAlarm) void refreshBadge();
  });
  onNotificationClicked((id) => void handleNotificationClick(id));
}

export default defineBackground(main);
