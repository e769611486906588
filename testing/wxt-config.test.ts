// @vitest-environment node
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

type Env = { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' };

/** The manifest wxt.config.ts writes for a browser, a manifest version and a mode. */
function manifestFor(env: Omit<Env, 'command'>): Record<string, unknown> {
  const manifest = config.manifest as (env: Env) => Record<string, unknown>;
  return manifest({ ...env, command: 'build' });
}

const builds = [
  { browser: 'chrome', manifestVersion: 3, mode: 'production' },
  { browser: 'chrome', manifestVersion: 3, mode: 'e2e' },
  { browser: 'firefox', manifestVersion: 2, mode: 'production' },
  { browser: 'firefox', manifestVersion: 3, mode: 'production' },
] as const;

function policyOf(manifest: Record<string, unknown>): string {
  const csp = manifest.content_security_policy as string | { extension_pages: string };
  return typeof csp === 'string' ? csp : csp.extension_pages;
}

describe('the manifest', () => {
  it.each(builds)('sets a strict CSP for extension pages: $browser MV$manifestVersion $mode', (build) => {
    const manifest = manifestFor(build);
    // MV3 takes an object, MV2 a string.
    expect(typeof manifest.content_security_policy).toBe(build.manifestVersion === 3 ? 'object' : 'string');
    const directives = new Map(
      policyOf(manifest)
        .split(';')
        .map((part) => {
          const [name = '', ...values] = part.trim().split(/\s+/);
          return [name, values];
        }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('connect-src')?.slice(0, 2)).toEqual(["'self'", 'https:']);
  });

  it('lets the shipped build reach no plain http and no loopback, and the e2e build its local servers', () => {
    for (const build of builds.filter((candidate) => candidate.mode === 'production')) {
      const text = JSON.stringify(manifestFor(build));
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|http:/);
      expect(policyOf(manifestFor(build))).toMatch(/connect-src 'self' https:$/);
    }
    const e2e = manifestFor({ browser: 'chrome', manifestVersion: 3, mode: 'e2e' });
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(policyOf(e2e)).toContain('http://127.0.0.1:*');
  });
});
