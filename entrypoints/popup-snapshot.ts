/**
 * Loaded by popup.html before the popup's modules, as a classic script: it
 * starts reading the popup's snapshot while they load (utils/db/early-snapshot.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlySnapshotRead } from '@/utils/db/early-snapshot';

export default defineUnlistedScript(startEarlySnapshotRead);
