import { extensionUrl } from './tabs';

/** The composer of one action in a full tab (the popup page, with room to write). */
export function actionTabUrl(actionKey: string): string {
  return `${extensionUrl('/popup.html')}?tab=1&action=${encodeURIComponent(actionKey)}`;
}

/** The list of actions in a full tab. */
export function actionListTabUrl(): string {
  return `${extensionUrl('/popup.html')}?tab=1`;
}

/** The print-ready postal letter to one official. */
export function printLetterUrl(actionKey: string, targetId: string): string {
  return `${extensionUrl('/letter.html')}?action=${encodeURIComponent(actionKey)}&target=${encodeURIComponent(targetId)}`;
}
