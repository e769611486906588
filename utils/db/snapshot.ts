/**
 * Reading the popup's snapshot on its start-up path: one get and a version
 * check, no schema (the background validated it when it wrote it).
 */
import { openDatabase } from './database';
import type { PopupSnapshot } from './records';
import { popupSnapshotVersion } from './snapshot-version';

/** The stored snapshot, or undefined when there is none yet or it has an older shape. */
export async function readPopupSnapshot(): Promise<PopupSnapshot | undefined> {
  const stored = await (await openDatabase()).get('snapshot', 'popup');
  return stored?.version === popupSnapshotVersion ? stored : undefined;
}
