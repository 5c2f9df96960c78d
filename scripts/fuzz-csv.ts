/**
 * The CSV import fuzz from the command line: `npx tsx scripts/fuzz-csv.ts` runs FUZZ_RUNS cases
 * (default 1000) with FUZZ_SEED (default a fixed one), prints the counts on one line and every
 * failure, and exits 1 on any.
 */
import { fuzzCsv } from '../tests/fuzz/csv-fuzz.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const seed = Number(process.env.FUZZ_SEED ?? 20261206);
const t0 = performance.now();
const r = await fuzzCsv({ runs, seed });
const seconds = (performance.now() - t0) / 1000;
console.log(
  `CSV fuzz: ${r.cases} cases, ${r.crashes} crashes, ${r.hangs} hangs, ${r.silentDrops} silent drops (seed ${seed}, ${seconds.toFixed(1)} s)`,
);
for (const f of r.failures) console.log(`  ${f}`);
process.exitCode = r.failures.length > 0 ? 1 : 0;
