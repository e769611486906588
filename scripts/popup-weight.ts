/**
 * What `popup.html` loads at start-up in a build: its scripts, the chunks they
 * import statically, modulepreloads and stylesheets, each gzipped at level 9.
 * Shared by `npm run bench` and `npm run test:size` (sizes are deterministic).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The popup's start-up budget, gzipped (issue 12). */
export const popupStartupBudget = 20 * 1024;

export interface FileWeight {
  file: string;
  gzipped: number;
}

export const gzippedSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).byteLength;

/**
 * Every script and stylesheet the page loads before it runs: `src`, `href`,
 * the modules the early script loads after the first paint (`data-modules`,
 * wxt.config.ts) and static `import`s.
 */
function startupFiles(dir: string): string[] {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const found = new Set<string>();
  const listed = [...html.matchAll(/data-modules="([^"]*)"/g)].flatMap((match) => (match[1] as string).split(' '));
  const linked = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1] as string);
  const pending = [...listed, ...linked].filter(Boolean).map((file) => file.replace(/^\//, ''));
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (found.has(file)) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    // Static imports only: `import(...)` is loaded when first needed.
    for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      pending.push(join(file, '..', match[1] as string).replace(/^\.\//, ''));
    }
  }
  return [...found].sort();
}

/** The popup's start-up files and, apart, every other chunk (loaded later, or by other pages). */
export function popupWeight(dir: string): { startup: FileWeight[]; startupBytes: number; later: FileWeight[] } {
  const weigh = (file: string) => ({ file, gzipped: gzippedSize(join(dir, file)) });
  const startup = startupFiles(dir).map(weigh);
  const later = readdirSync(join(dir, 'chunks'))
    .map((file) => `chunks/${file}`)
    .filter((file) => !startup.some((loaded) => loaded.file === file))
    .map(weigh);
  return { startup, startupBytes: startup.reduce((sum, file) => sum + file.gzipped, 0), later };
}
