import { defineConfig } from 'vitest/config';

/**
 * Long statistical checks (`*.long.test.ts`): minutes of simulation each, so they stay out of
 * `npm test` and run in `npm run test:validation` (which CI runs too). Each has its own timeout.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.long.test.ts', 'tests/**/*.long.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
