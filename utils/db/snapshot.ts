/**
 * Reading the popup's snapshot on its start-up path: one get and a version
 * check, no schema (the background validated it when it wrote it).
 */
import { openDatabase } from './database';
import { takeEarlySnapshotRead } from './early-snapshot';
import type { PopupSnapshot } from './records';
import { currentSnapshot } from './snapshot-version';

async function read(key: 'popup' | 'list'): Promise<PopupSnapshot | undefined> {
  return currentSnapshot(await (await openDatabase()).get('snapshot', key));
}

/**
 * The first screenful (the whole list when short), or undefined when there is none yet or it has an older shape.
 * The popup's early script may have started this read already; without its answer, the read is made here.
 */
export async function readPopupSnapshot(): Promise<PopupSnapshot | undefined> {
  return (await takeEarlySnapshotRead()) ?? read('popup');
}

/** The whole list: the long one stored apart, else the snapshot itself. */
export async function readWholeSnapshot(): Promise<PopupSnapshot | undefined> {
  const [list, popup] = await Promise.all([read('list'), read('popup')]);
  const whole = list ?? popup;
  return whole?.complete ? whole : undefined;
}
