/**
 * Loaded by popup.html before anything else, as a classic script: it reads
 * the popup's snapshot and shows its first paint, then loads the popup's
 * modules, which the build lists on its tag (wxt.config.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadModules, showFirstPaint } from '@/components/early-paint';
import { startEarlySnapshotRead } from '@/utils/db/early-snapshot';

export default defineUnlistedScript(() => {
  // Only while this script runs: read it now.
  const modules = document.currentScript?.dataset.modules ?? '';
  void startEarlySnapshotRead(showFirstPaint).finally(() => loadModules(modules));
});
