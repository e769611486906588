/**
 * Writes public/_locales/<lang>/messages.json from locales/<lang>.json, where a
 * message is `[text, description]` and uses $1..$9: Chrome needs each of those
 * declared as a named placeholder.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Source = Record<string, [string, string]>;

export function toChromeMessages(source: Source): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(source).map(([key, [text, description]]) => {
      const numbers = [...new Set([...text.matchAll(/\$(\d)/g)].map((match) => match[1]))];
      const message = text.replace(/\$(\d)/g, '$$ARG$1$$');
      const placeholders = Object.fromEntries(numbers.map((n) => [`arg${n}`, { content: `$${n}` }]));
      return [key, { message, ...(description ? { description } : {}), ...(numbers.length ? { placeholders } : {}) }];
    }),
  );
}

export function buildLocales(root: string): void {
  for (const file of readdirSync(join(root, 'locales'))) {
    const language = file.replace(/\.json$/, '');
    const source = JSON.parse(readFileSync(join(root, 'locales', file), 'utf8')) as Source;
    mkdirSync(join(root, 'public/_locales', language), { recursive: true });
    writeFileSync(join(root, 'public/_locales', language, 'messages.json'), `${JSON.stringify(toChromeMessages(source), null, 2)}\n`);
  }
}

if (process.argv[1]?.endsWith('build-locales.ts')) buildLocales(process.cwd());
