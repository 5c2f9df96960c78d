/**
 * `hallflow compare A.json B.json [C.json ...] [--reps N] [--seed S] [--workers N] [--json]`:
 * runs the scenarios with the same seeds (common random numbers) and prints, for the main
 * measures, each scenario's mean and the paired difference from the first, with its 95%
 * confidence interval.
 */
import { parseArgs } from 'node:util';
import { MAIN_MEASURES, pairedDifferences } from '../workers/compare.ts';
import { ReplicationError } from '../workers/pool.ts';
import { runForCli, workersFlag, workersHelp, type WorkerCount, CANCELLED_EXIT_CODE } from './run-pool.ts';
import { intFlag, reportUsageError } from './args.ts';
import { loadScenario } from './scenario-file.ts';
import { DEFAULT_SEED, type Scenario } from '../sim/scenario/index.ts';

export const COMPARE_HELP = `Usage: hallflow compare A.json B.json [more.json ...] [options]

  --reps N        paired replications (default 20)
  --seed S        random seed, an integer >= 0 (default ${DEFAULT_SEED})
  --workers N     ${workersHelp(18)}
  --json          print the paired differences as JSON`;

export async function runCompareCommand(argv: string[]): Promise<number> {
  let values;
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        reps: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return reportUsageError('compare', e, COMPARE_HELP);
  }
  if (values.help) {
    console.log(COMPARE_HELP);
    return 0;
  }
  if (files.length < 2) {
    console.error(`hallflow compare: give two or more scenario files / 请指定两个或更多方案文件\n\n${COMPARE_HELP}`);
    return 2;
  }
  let reps: number;
  let seed: number;
  let workers: WorkerCount;
  try {
    reps = intFlag('reps', values.reps, 20, 2, 100000);
    seed = intFlag('seed', values.seed, DEFAULT_SEED, 0, Number.MAX_SAFE_INTEGER);
    workers = workersFlag(values.workers);
  } catch (e) {
    return reportUsageError('compare', e, COMPARE_HELP);
  }
  const scenarios: Scenario[] = [];
  let bad = false;
  for (const f of files) {
    const loaded = loadScenario(f);
    if (loaded.ok) scenarios.push(loaded.scenario);
    else {
      bad = true;
      for (const line of loaded.lines) console.error(line);
    }
  }
  if (bad) return 1;
  let outcome;
  try {
    // Only the metrics are compared: nothing is merged.
    outcome = await runForCli({ scenarios, seed, replications: reps, workers, merge: false });
  } catch (e) {
    if (e instanceof ReplicationError) {
      console.error(`hallflow compare: ${files[e.scenarioIndex]}: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const diffs = pairedDifferences(outcome.scalars, MAIN_MEASURES);
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ files, seed, replications: outcome.replications, status: outcome.status, differences: diffs }, null, 2)}\n`,
    );
    return 0;
  }
  console.log(
    `Paired comparison, ${outcome.replications} replications with the same seeds (seed ${seed}); differences are against ${files[0]}, ± the 95% half-width`,
  );
  console.log(
    `配对比较：${outcome.replications} 次重复，使用相同的随机数；差值相对于 ${files[0]}，± 为 95% 置信区间半宽`,
  );
  const head = [
    'measure',
    ...files.map((f) => f.split('/').pop()!),
    ...files.slice(1).map((f) => `Δ ${f.split('/').pop()}`),
  ];
  const rows = diffs.map((d) => [
    d.metric,
    ...d.means.map((x) => fmt(x)),
    ...d.differences.map((x) => `${fmt(x.mean)}${x.halfWidth === null ? '' : ` ± ${fmt(x.halfWidth)}`}`),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [head, ...rows])
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  if (outcome.status === 'cancelled') {
    console.error('cancelled: partial / 已取消：部分结果');
    return CANCELLED_EXIT_CODE;
  }
  return 0;
}

function fmt(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(4);
}
