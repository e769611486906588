import { defineConfig } from 'vitest/config';

// The Firefox end-to-end journey (npm run test:firefox): one browser at a time,
// on a shared two-core machine, with room for a slow launch.
export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.firefox.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
