/**
 * The scenario fuzz suite at full size (tests/fuzz/scenario-fuzz.ts):
 *   FUZZ_RUNS=1000 FUZZ_SEED=20261126 npx tsx scripts/fuzz-scenarios.ts
 * Prints the figures and every failure; exits 1 on any crash, hang or silent drop.
 */
import { fuzzScenarios } from '../tests/fuzz/scenario-fuzz.ts';
import { DEFAULT_SEED } from '../src/sim/scenario/index.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const seed = Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
const started = performance.now();
const report = await fuzzScenarios({ runs, seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Scenario fuzz: ${report.cases} cases, ${report.crashes} crashes, ${report.hangs} hangs, ${report.silentDrops} silent drops (seed ${seed}, ${seconds} s)`,
);
for (const f of report.failures) console.log(`  ${f}`);
process.exitCode = report.crashes + report.hangs + report.silentDrops > 0 ? 1 : 0;
