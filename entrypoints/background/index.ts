import { defineBackground } from 'wxt/utils/define-background';
import { handleInstalled, handleMessage, handleNotificationClick, refreshAlarm, refreshAndNotify } from '@/entrypoints/background/tasks';
import { refreshBadge } from '@/entrypoints/background/badge';
import { onAlarm } from '@/utils/browser/alarms';
import { onNotificationClicked } from '@/utils/browser/notifications';
import { onInstalled, onMessage, onStartup } from '@/utils/browser/runtime';

export default defineBackground(() => {
  onInstalled((reason) => void handleInstalled(reason));
  onStartup(() => void refreshBadge());
  onMessage(handleMessage);
  onAlarm((name) => {
    if (name === refreshAlarm) void refreshAndNotify(false);
  });
  onNotificationClicked((id) => void handleNotificationClick(id));
});
