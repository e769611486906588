/**
 * zod's compiled parsers without `new Function`. z.compile turns a schema into
 * generated code, about 4x faster than zod's interpreter on a feed item, but
 * builds it with `new Function`, which the extension's CSP forbids. So the code
 * is generated ahead of time (scripts/feed-parser.ts) and bundled, and here z.compile
 * receives that bundled factory in place of `new Function`: zod still collects
 * the values the code uses (checks, patterns, refinements) from the schema itself.
 *
 * The compiled parser only answers for valid input: on anything it refuses, zod
 * runs the schema's own parser, so problem messages are zod's as before.
 */
import * as z from 'zod/mini';

/** FNV-1a of the generated code and its parameter names: a stale factory is never installed. */
export function compiledSourceDigest(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let index = 0; index < part.length; index++) {
      hash ^= part.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    // A separator, so that moving text from one part to the next changes the digest.
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

type Factory = (...constants: unknown[]) => unknown;

/**
 * The schema with the bundled parser as its fast path, or the schema unchanged
 * when the factory no longer matches the code zod generates for it (then
 * scripts/feed-parser.test.ts fails too).
 */
export function withPrecompiledParser<T extends z.core.$ZodType>(schema: T, factory: Factory, digest: string): T {
  const realFunction = globalThis.Function;
  let installed = false;
  // z.compile calls `new Function(...names, code)` once for its parser (and once for a
  // validator it can do without: refusing that one keeps the parser, see compileValidator).
  const bundled = function (...parts: string[]) {
    if (installed || compiledSourceDigest(parts) !== digest) throw new EvalError('no bundled factory for this code');
    installed = true;
    return factory;
  };
  globalThis.Function = bundled as unknown as FunctionConstructor;
  try {
    const compiled = z.compile(schema);
    return installed ? compiled : schema;
  } finally {
    globalThis.Function = realFunction;
  }
}
