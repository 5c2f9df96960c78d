/**
 * `hallflow import HISTORY.csv [--scenario BASE.json] [--out FITTED.json] [--backtest]`: reads a
 * volumes file or a ticket log as it comes (encoding, delimiter, Chinese or English headers
 * detected), reports every rejected row with its line number and reason, fits the history into
 * the base scenario (default: the demo) and prints the fit report; writes the fitted scenario;
 * with `--backtest` simulates it with the log's own staffing and compares waits per interval.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, type Scenario } from '../sim/scenario/index.ts';
import { backtest } from '../sim/history/backtest.ts';
import { rejectedCsvText } from '../sim/history/csv-write.ts';
import { fitHistory } from '../sim/history/fit.ts';
import { HistoryImportError, type ReadResult } from '../sim/history/read.ts';
import { readHistoryFile } from './history-file.ts';
import { simulateInThread } from '../sim/results/simulate.ts';
import { createNodePool } from '../workers/node-pool.ts';
import { poolSimulate } from '../workers/pool-simulate.ts';
import { choiceFlag, defaultLang, intFlag, pathProblem, reportUsageError } from './args.ts';
import { backtestReport, fitReportText, importReportText } from './import-report.ts';
import { defaultWorkers } from './run-pool.ts';
import { repoRoot } from './root.ts';
import { loadScenario } from './scenario-file.ts';

export const IMPORT_HELP = `Usage: hallflow import HISTORY.csv [options]

  --scenario FILE     the scenario to fit into (default: data/scenarios/demo-hall.json)
  --layout L          volumes or tickets (default: detected from the header)
  --map FIELD=COL     map a field to a column (header name or 1-based number); repeatable
  --type VALUE=ID     map a business type written in the file to a scenario type id; repeatable
  --smoothing K       moving average over K intervals for the intraday profile (default 1: none)
  --out FILE          write the fitted scenario (JSON) to FILE
  --rejected FILE     write every rejected row (line, reason) as CSV to FILE
  --backtest          simulate the fitted scenario with the log's staffing and compare waits
  --reps N            backtest replications (default 20)
  --seed S            backtest seed (default ${DEFAULT_SEED})
  --workers N         worker threads for the backtest (default: one per core; 0: this thread)
  --json              print the import report, the fit report (and backtest) as JSON
  --lang zh-CN|en     language of the report (default from LANG)`;

function pairs(flag: string, list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const at = item.indexOf('=');
    if (at <= 0) throw new Error(`--${flag} "${item}": write it as NAME=VALUE / 请写作 名称=值`);
    out[item.slice(0, at).trim()] = item.slice(at + 1).trim();
  }
  return out;
}

export async function runImportCommand(argv: string[]): Promise<number> {
  let values;
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        scenario: { type: 'string' },
        layout: { type: 'string' },
        map: { type: 'string', multiple: true },
        type: { type: 'string', multiple: true },
        smoothing: { type: 'string' },
        out: { type: 'string' },
        rejected: { type: 'string' },
        backtest: { type: 'boolean' },
        reps: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return reportUsageError('import', e, IMPORT_HELP);
  }
  if (values.help) {
    console.log(IMPORT_HELP);
    return 0;
  }
  if (files.length !== 1) {
    console.error(`hallflow import: give one history file / 请指定一个历史数据文件\n\n${IMPORT_HELP}`);
    return 2;
  }
  let lang: 'en' | 'zh-CN';
  let layout: 'volumes' | 'tickets' | undefined;
  let smoothing: number;
  let reps: number;
  let seed: number;
  let workers: number;
  let mapping: Record<string, string | number>;
  let typeMap: Record<string, string>;
  try {
    lang = choiceFlag('lang', values.lang, defaultLang(), ['en', 'zh-CN'] as const);
    layout =
      values.layout === undefined
        ? undefined
        : choiceFlag('layout', values.layout, 'tickets', ['volumes', 'tickets'] as const);
    smoothing = intFlag('smoothing', values.smoothing, 1, 1, 12);
    reps = intFlag('reps', values.reps, 20, 2, 10000);
    seed = intFlag('seed', values.seed, DEFAULT_SEED, 0, Number.MAX_SAFE_INTEGER);
    workers = intFlag('workers', values.workers, defaultWorkers(), 0, 256);
    mapping = Object.fromEntries(
      Object.entries(pairs('map', values.map)).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) - 1 : v]),
    );
    typeMap = pairs('type', values.type);
  } catch (e) {
    if (e instanceof Error && !('param' in e) && e.message.startsWith('--')) {
      console.error(`hallflow import: ${e.message}`);
      return 2;
    }
    return reportUsageError('import', e, IMPORT_HELP);
  }
  const basePath = values.scenario ?? join(repoRoot(), 'data/scenarios/demo-hall.json');
  const loaded = loadScenario(basePath);
  if (!loaded.ok) {
    for (const line of loaded.lines) console.error(line);
    return 1;
  }
  const base: Scenario = loaded.scenario;
  const knownTypes = base.types.map((t) => ({ id: t.id, names: [t.name.zh, t.name.en] }));
  let read: ReadResult;
  try {
    read = await readHistoryFile(files[0], { layout, mapping, knownTypes, typeMap });
  } catch (e) {
    if (e instanceof HistoryImportError) {
      console.error(`hallflow import: ${files[0]}: ${e.message}\nhallflow import：${files[0]}：${e.messageZh}`);
      if (e.report) console.error(importReportText(e.report, lang));
      return 1;
    }
    const problem = pathProblem(e);
    if (problem) {
      console.error(
        `hallflow import: ${files[0]}: ${problem.en}; give one history file (a ticket log or volumes as CSV, UTF-8 or GB18030)`,
      );
      console.error(
        `hallflow import：${files[0]}：${problem.zh}；请指定一个历史数据文件（取号明细或业务量 CSV 文件，UTF-8 或 GB18030 编码）`,
      );
      return 1;
    }
    throw e;
  }
  if (values.rejected) {
    writeFileSync(
      values.rejected,
      rejectedCsvText(read.report.rejected, ['line', 'reason', 'row'], lang === 'zh-CN' ? 'zh' : 'en'),
    );
  }
  const rows = read.report.layout === 'tickets' ? read.tickets : read.volumes;
  if (rows.length === 0) {
    console.error(importReportText(read.report, lang));
    console.error('hallflow import: no usable rows / 没有可用的记录');
    return 1;
  }
  const fit = fitHistory(rows, base, {
    smoothing: smoothing > 1 ? { kind: 'movingAverage', intervals: smoothing } : { kind: 'none' },
    typeMap,
    clock: () => performance.now(),
  });
  if (values.out) writeFileSync(values.out, `${JSON.stringify(fit.scenario, null, 2)}\n`);
  let bt = null;
  if (values.backtest) {
    if (read.report.layout !== 'tickets') {
      console.error('hallflow import: --backtest needs a ticket log, not volumes / 回测需要取号明细，而非业务量汇总');
      return 2;
    }
    const pool = workers > 0 ? createNodePool(workers) : null;
    try {
      bt = await backtest({
        fitted: fit,
        tickets: read.tickets,
        simulate: pool ? poolSimulate(pool) : simulateInThread,
        replications: reps,
        seed,
      });
    } finally {
      pool?.destroy();
    }
  }
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ import: read.report, fit: { report: fit.report, patch: fit.patch, problems: fit.problems }, backtest: bt && { cells: bt.cells, summary: bt.summary, staffing: bt.staffing } }, null, 2)}\n`,
    );
    return 0;
  }
  console.log(importReportText(read.report, lang));
  console.log('');
  console.log(fitReportText(fit, lang));
  if (bt) console.log(`\n${backtestReport(bt, lang)}`);
  if (values.out)
    console.log(`\n${lang === 'zh-CN' ? '拟合后的方案已写入' : 'Fitted scenario written to'} ${values.out}`);
  return 0;
}
