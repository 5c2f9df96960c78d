import { defineConfig } from 'vitest/config';

/** End-to-end tests: build first (`npm run test:e2e` does), then serve and drive chromium. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One preview server on a fixed port: files must not run side by side.
    fileParallelism: false,
  },
});
