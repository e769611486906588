import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  // Each test launches its own Chromium with the extension; two cores, one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Long journeys (an import, its review, axe, then the popup) take 15 s alone and twice that on a busy 2-core machine.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
});
