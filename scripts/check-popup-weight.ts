/**
 * `npm run test:size`: fails when the popup's start-up files (scripts,
 * preloads, stylesheets) pass 20 KB gzipped in the production build.
 */
import { resolve } from 'node:path';
import { popupStartupBudget, popupWeight } from './popup-weight';

const { startup, startupBytes } = popupWeight(resolve('.output/chrome-mv3'));
for (const { file, gzipped } of startup) console.log(`  ${file}: ${gzipped} B`);
const verdict = startupBytes <= popupStartupBudget ? 'within' : 'OVER';
console.log(`popup start-up: ${startupBytes} B gzipped in ${startup.length} files, ${verdict} the budget of ${popupStartupBudget} B`);
process.exit(startupBytes <= popupStartupBudget ? 0 : 1);
