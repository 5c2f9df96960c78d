/**
 * `hallflow simulate SCENARIO.json [--reps N] [--seed S] [--json | --csv DIR] [--lang zh-CN|en]`:
 * runs replications of a scenario and prints the merged result: a readable summary by default,
 * the whole merged result as JSON with --json, or CSV files with --csv.
 */
import { parseArgs } from 'node:util';
import { mergeResults } from '../sim/hall/merge.ts';
import type { ReplicationResult } from '../sim/hall/results.ts';
import { runReplication } from '../sim/hall/run.ts';
import { choiceFlag, defaultLang, intFlag, reportUsageError } from './args.ts';
import { writeCsv } from './csv.ts';
import { loadScenario } from './scenario-file.ts';
import { summaryLines } from './summary.ts';

export const SIMULATE_HELP = `Usage: hallflow simulate SCENARIO.json [options]

  --reps N        replications (default 20; 2 or more for confidence intervals)
  --seed S        random seed, an integer >= 0 (default 20261126)
  --json          print the whole merged result as JSON
  --csv DIR       write metrics, intervals, days and the ledgers as CSV files into DIR
  --lang L        zh-CN or en for the summary (default: from LANG)`;

/** JSON with typed arrays written as arrays. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v), 2);
}

export function runSimulateCommand(argv: string[]): number {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        reps: { type: 'string' },
        seed: { type: 'string' },
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
  let lang: 'en' | 'zh-CN';
  try {
    reps = intFlag('reps', values.reps, 20, 1, 100000);
    seed = intFlag('seed', values.seed, 20261126, 0, Number.MAX_SAFE_INTEGER);
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
  const results: ReplicationResult[] = [];
  for (let r = 0; r < reps; r++) results.push(runReplication(loaded.scenario, { seed, replication: r }));
  const merged = mergeResults(results);
  if (values.json) {
    process.stdout.write(`${toJson(merged)}\n`);
  } else if (values.csv !== undefined) {
    const files = writeCsv(values.csv, loaded.scenario, merged);
    for (const f of files) console.log(f);
  } else {
    for (const line of summaryLines(loaded.scenario, merged, lang)) console.log(line);
  }
  return 0;
}
