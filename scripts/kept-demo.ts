/**
 * Runs the demo scenario as the page's first visit does (its default seed and replications,
 * results load recorded) and prints the kept result (src/ui/state/result-keep.ts) as JSON, for
 * the build to ship beside the page (vite.config.ts, keptResults). Usage:
 *   tsx scripts/kept-demo.ts MODEL SEED REPLICATIONS
 * The same functions as the page's workers: runReplication per replication, mergeResults, and
 * the key figures per replication (run-values.ts): the page's computation, in Node's engine (a
 * run in the browser agrees to about 14 significant digits: result-keep.ts says why).
 */
import { readFileSync } from 'node:fs';
import { RESULTS_LOAD } from '../src/sim/hall/group-load.ts';
import { mergeResults } from '../src/sim/results/merge.ts';
import { runReplication } from '../src/sim/hall/run.ts';
import type { Scenario } from '../src/sim/scenario/index.ts';
import { encodeKept, keptResult, resultKey } from '../src/ui/state/result-keep.ts';
import { runValues } from '../src/ui/state/run-values.ts';

const [model, seedText, repsText] = process.argv.slice(2);
const seed = Number(seedText);
const replications = Number(repsText);
if (!model || !Number.isSafeInteger(seed) || seed < 0 || !Number.isSafeInteger(replications) || replications < 1) {
  process.stderr.write('usage: tsx scripts/kept-demo.ts MODEL SEED REPLICATIONS\n');
  process.exit(2);
}
// The page's text of the demo: the JSON file's object, stringified (startup.ts, admit.ts).
const text = JSON.stringify(
  JSON.parse(readFileSync(new URL('../data/scenarios/demo-hall.json', import.meta.url), 'utf8')),
);
const scenario = JSON.parse(text) as Scenario;
const results = [];
for (let r = 0; r < replications; r++)
  results.push(runReplication(scenario, { seed, replication: r, groupLoad: RESULTS_LOAD }));
const values = runValues(results);
const merged = mergeResults(results);
process.stdout.write(encodeKept(keptResult(resultKey(text, seed, replications, model), 'build', merged, values)));
