/**
 * The shape of the popup's snapshot (records.ts). Bump it whenever that shape
 * changes: the popup then ignores an older snapshot and asks the background
 * for a new one, instead of validating what it reads.
 */
export const popupSnapshotVersion = 1;
