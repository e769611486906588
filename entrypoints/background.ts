import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleInstalled, handleMessage } from '@/utils/background-tasks';
import { refreshBadge } from '@/utils/badge';
import { onMessage } from '@/utils/browser/runtime';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => void handleInstalled(reason));
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  onMessage(handleMessage);
});
