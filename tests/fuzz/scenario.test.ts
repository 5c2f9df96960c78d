/**
 * The scenario fuzz suite, small and seeded: 200 bad scenarios from the presets, none of which
 * may crash the validator, none accepted may crash or hang a replication or lose a taxpayer.
 * (Full size: FUZZ_RUNS=1000 npx tsx scripts/fuzz-scenarios.ts.) About 5 s here.
 */
import { describe, expect, it } from 'vitest';
import { fuzzScenarios } from './scenario-fuzz.ts';

describe('scenario fuzz', () => {
  it('200 seeded cases: no crash, no hang, no silent drop', async () => {
    const report = await fuzzScenarios({ runs: 200, seed: 20261126 });
    expect(report).toEqual({ cases: 200, crashes: 0, hangs: 0, silentDrops: 0, failures: [] });
  }, 60_000);
});
