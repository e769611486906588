/**
 * Fails when modules import each other in a cycle, type-only imports and
 * dynamic `import()` included (eslint's no-cycle skips type imports).
 *   npm run -s lint:cycles
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const root = process.cwd();
const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const importPattern = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && existsSync(file) && !file.startsWith('.wxt/'))
    .map((file) => resolve(root, file));
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? resolve(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  return [base, ...extensions.map((extension) => base + extension)].find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate));
}

export function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const source = readFileSync(file, 'utf8');
      const targets = [...source.matchAll(importPattern)].flatMap((match) => resolveSpecifier(file, match[1] ?? match[2]!) ?? []);
      return [file, [...new Set(targets)]];
    }),
  );
}

/** Each cycle once, as the list of its modules. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cycles = findCycles(importGraph(sourceFiles()));
  for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]!].map((file) => relative(root, file)).join(' -> ')}`);
  if (cycles.length > 0) process.exitCode = 1;
  else console.log('0 import cycles');
}
