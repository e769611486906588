/**
 * The shape of the popup's snapshot (records.ts). Bump it whenever that shape
 * changes: the popup then ignores an older snapshot and asks the background
 * for a new one, instead of validating what it reads.
 */
export const popupSnapshotVersion = 1;

/** A stored snapshot when it has this build's shape (the one check a read makes), else undefined. */
export function currentSnapshot<T extends { version: number }>(stored: T | undefined): T | undefined {
  return stored?.version === popupSnapshotVersion ? stored : undefined;
}
