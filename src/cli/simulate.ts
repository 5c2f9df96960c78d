/**
 * `hallflow simulate SCENARIO.json [--reps N] [--seed S] [--workers N] [--until M=H]
 * [--replication K] [--json | --csv DIR] [--lang zh-CN|en]`: runs replications of a scenario in
 * the worker pool and prints the merged result: a readable summary by default, the whole merged
 * result as JSON with --json, or CSV files with --csv.
 */
import { parseArgs } from 'node:util';
import { RESULTS_LOAD } from '../sim/hall/group-load.ts';
import { mergeResults, type MergedResult } from '../sim/results/merge.ts';
import { scalarsOf, type ReplicationScalars } from '../sim/results/accumulate.ts';
import { runReplication } from '../sim/hall/run.ts';
import { ParameterError } from '../sim/errors.ts';
import type { StopRule } from '../workers/early-stop.ts';
import { ReplicationError } from '../workers/pool.ts';
import { CANCELLED_EXIT_CODE, runForCli, workersFlag, workersHelp, type WorkerCount } from './run-pool.ts';
import { choiceFlag, defaultLang, intFlag, reportUsageError } from './args.ts';
import { writeCsv } from './csv.ts';
import { loadScenario } from './scenario-file.ts';
import { summaryLines } from './summary.ts';
import { DEFAULT_SEED } from '../sim/scenario/index.ts';

export const SIMULATE_HELP = `Usage: hallflow simulate SCENARIO.json [options]

  --reps N        replications (default 20; 2 or more for confidence intervals)
  --seed S        random seed, an integer >= 0 (default ${DEFAULT_SEED})
  --workers N     ${workersHelp(18)}
  --until M=H     stop early once metric M's 95% half-width is at most H (--reps is the cap,
                  default 1000), e.g. --until wait.all.mean=0.1
  --replication K run only replication K (to reproduce a reported failure)
  --json          print the whole merged result as JSON
  --csv DIR       write metrics, intervals, days and the ledgers as CSV files into DIR
  --lang L        zh-CN or en for the summary (default: from LANG)

Exit codes: 0 done; 1 the scenario or a replication failed; 2 a wrong option; 130 cancelled with
Ctrl-C (the replications that finished are printed, marked partial).
With --json, "perReplication" holds every metric's value in each replication (null where a
replication has none), to form intervals of your own.`;

/** JSON with typed arrays written as arrays. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v), 2);
}

/** `--until wait.all.mean=0.1`: stop when that measure's 95% half-width is at most 0.1. */
export function parseUntil(raw: string | undefined): StopRule | undefined {
  if (raw === undefined) return undefined;
  const m = /^([A-Za-z0-9_.-]+)=([0-9.eE+-]+)$/.exec(raw.trim());
  const hw = m ? Number(m[2]) : NaN;
  if (!m || !(hw > 0))
    throw new ParameterError(
      '--until',
      raw,
      'METRIC=HALFWIDTH, e.g. wait.all.mean=0.1',
      'METRIC=半宽，例如 wait.all.mean=0.1',
    );
  return { metric: m[1], halfWidth: hw };
}

export async function runSimulateCommand(argv: string[]): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        reps: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        replication: { type: 'string' },
        until: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return reportUsageError('simulate', e, SIMULATE_HELP);
  }
  if (values.help) {
    console.log(SIMULATE_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`hallflow simulate: give one scenario file / 请指定一个方案文件\n\n${SIMULATE_HELP}`);
    return 2;
  }
  let reps: number;
  let seed: number;
  let workers: WorkerCount;
  let only: number | undefined;
  let stop: StopRule | undefined;
  let lang: 'en' | 'zh-CN';
  try {
    stop = parseUntil(values.until);
    reps = intFlag('reps', values.reps, stop ? 1000 : 20, 1, 100000);
    seed = intFlag('seed', values.seed, DEFAULT_SEED, 0, Number.MAX_SAFE_INTEGER);
    workers = workersFlag(values.workers);
    only =
      values.replication === undefined
        ? undefined
        : intFlag('replication', values.replication, 0, 0, Number.MAX_SAFE_INTEGER);
    lang = choiceFlag('lang', values.lang, defaultLang(), ['en', 'zh-CN'] as const);
    if (values.json && values.csv !== undefined) throw new TypeError('--json and --csv are exclusive');
  } catch (e) {
    if (e instanceof TypeError && !('code' in e)) {
      console.error(`hallflow simulate: choose --json or --csv, not both / --json 与 --csv 只能选一个`);
      return 2;
    }
    return reportUsageError('simulate', e, SIMULATE_HELP);
  }
  const loaded = loadScenario(positionals[0]);
  if (!loaded.ok) {
    for (const line of loaded.lines) console.error(line);
    return 1;
  }
  // The merged result (made as the replications finished: none is kept whole), and what is kept
  // of each replication.
  let merged: MergedResult | null;
  let scalars: ReplicationScalars[];
  let note: string | null = null;
  let cancelled = false;
  if (only !== undefined) {
    // One replication, to reproduce a failure the pool reported.
    const result = runReplication(loaded.scenario, { seed, replication: only, groupLoad: RESULTS_LOAD });
    merged = mergeResults([result]);
    scalars = [scalarsOf(result)];
  } else {
    let outcome;
    try {
      outcome = await runForCli({ scenarios: [loaded.scenario], seed, replications: reps, workers, stop });
    } catch (e) {
      if (e instanceof ReplicationError) {
        console.error(
          `hallflow simulate: ${e.message}\nhallflow simulate：第 ${e.replication} 次重复（随机种子 ${e.seed}）失败`,
        );
        return 1;
      }
      throw e;
    }
    merged = outcome.merged[0];
    scalars = outcome.scalars[0];
    cancelled = outcome.status === 'cancelled';
    if (cancelled)
      note = `cancelled: ${scalars.length} of ${reps} replications (partial) / 已取消：${scalars.length}/${reps} 次重复（部分结果）`;
    if (outcome.status === 'stopped')
      note = `stopped after ${outcome.replications} replications: ${stop!.metric} known to ±${stop!.halfWidth} / ${outcome.replications} 次重复后停止：${stop!.metric} 的置信区间半宽已不超过 ${stop!.halfWidth}`;
    if (merged === null) {
      console.error(note ?? 'no replication finished / 没有完成的重复');
      return cancelled ? CANCELLED_EXIT_CODE : 1;
    }
  }
  if (values.json) {
    const out = { ...merged, perReplication: perReplication(scalars), ...(note ? { note, partial: cancelled } : {}) };
    process.stdout.write(`${toJson(out)}\n`);
  } else if (values.csv !== undefined) {
    const files = writeCsv(values.csv, loaded.scenario, merged);
    for (const f of files) console.log(f);
  } else {
    for (const line of summaryLines(loaded.scenario, merged, lang)) console.log(line);
  }
  if (note) console.error(note);
  return cancelled ? CANCELLED_EXIT_CODE : 0;
}

/** Every metric's value in each replication (in replication order; null where it has none). */
export function perReplication(results: readonly Pick<ReplicationScalars, 'replication' | 'metrics'>[]): {
  replications: number[];
  metrics: Record<string, (number | null)[]>;
} {
  const sorted = [...results].sort((a, b) => a.replication - b.replication);
  const names = new Set<string>();
  for (const r of sorted) for (const k of Object.keys(r.metrics)) names.add(k);
  const metrics: Record<string, (number | null)[]> = {};
  for (const k of [...names].sort())
    metrics[k] = sorted.map((r) => (Object.hasOwn(r.metrics, k) ? r.metrics[k] : null));
  return { replications: sorted.map((r) => r.replication), metrics };
}
