import { defineConfig } from 'vitest/config';

/**
 * The batch on a real queue (`*.queue.test.ts`): each starts Debian's redis-server and `hallflow
 * worker` processes, so they stay out of `npm test` (which needs nothing but Node) and run in
 * `npm run test:queue` (CI installs redis-server and runs it). Each has its own timeout.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.queue.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
