/**
 * `hallflow plan SCENARIO.json --target "wait<=15min@90%" [--json]`: the capacity plan
 * (src/sim/plan/recommendation.ts) computed in the worker-thread pool, printed as a report or
 * as JSON. Ctrl-C cancels (a plan from a partial run is not printed).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ParameterError } from '../sim/errors.ts';
import type { Simulate } from '../sim/plan/simulate.ts';
import { simulateInThread } from '../sim/plan/simulate.ts';
import { makePlan, type PlanProgress } from '../sim/plan/recommendation.ts';
import { parseTarget } from '../sim/plan/target.ts';
import type { KioskTarget } from '../sim/plan/kiosk-plan.ts';
import type { BackOfficeTarget } from '../sim/plan/back-office-plan.ts';

/** "p90<=10min,up>=99%" → the kiosk target. */
export function parseKioskTarget(text: string): KioskTarget {
  const m = /^\s*p90\s*<=\s*([\d.]+)\s*min\s*,\s*up\s*>=\s*([\d.]+)\s*%\s*$/i.exec(text);
  const p90 = m ? Number(m[1]) : NaN;
  const up = m ? Number(m[2]) / 100 : NaN;
  if (!m || !(p90 >= 0) || !(up > 0 && up <= 1)) throw new ParameterError('--kiosk-target', text, 'like "p90<=10min,up>=99%" (minutes >= 0, a share above 0% and at most 100%)', '形如 "p90<=10min,up>=99%"（分钟数不小于 0，比例大于 0% 且不超过 100%）');
  return { p90WaitMinutes: p90, anyUpShare: up };
}

/** "ontime>=95%" → the back-office target. */
export function parseBackOfficeTarget(text: string): BackOfficeTarget {
  const m = /^\s*ontime\s*>=\s*([\d.]+)\s*%\s*$/i.exec(text);
  const share = m ? Number(m[1]) / 100 : NaN;
  if (!m || !(share > 0 && share < 1)) throw new ParameterError('--back-office-target', text, 'like "ontime>=95%" (a share above 0% and below 100%)', '形如 "ontime>=95%"（比例大于 0% 且小于 100%）');
  return { onTimeShare: share };
}
import { createNodePool } from '../workers/node-pool.ts';
import { PlanCancelled, poolSimulate } from '../workers/pool-simulate.ts';
import { ReplicationError } from '../workers/pool.ts';
import { choiceFlag, defaultLang, intFlag, reportUsageError } from './args.ts';
import { planReport } from './plan-report.ts';
import { CANCELLED_EXIT_CODE, defaultWorkers } from './run-pool.ts';
import { loadScenario } from './scenario-file.ts';

export const PLAN_HELP = `Usage: hallflow plan SCENARIO.json [options]

  --target T          service target (default "wait<=15min@90%"), e.g.
                      "wait<=15min@90%/day", "wait<=15min@90%,mean<=8min,abandon<=5%",
                      "filing:wait<=20min@85%;wait<=15min@90%"
  --reps N            replications per simulation while planning (default 100)
  --seed S            random seed (default 20261126); the plan is checked on other seeds
  --workers N         worker threads (default: one per core; 0 runs in this thread)
  --shrinkage P       share of rostered staff absent, in % (analytic methods and roster), default 0
  --kiosk-target T    kiosk target, default "p90<=10min,up>=99%" (90th percentile of the kiosk
                      wait; share of the 24 hours with at least one kiosk working)
  --back-office-target T  default "ontime>=95%" (share of cases answered on time; the types'
                      published average working days are always checked too)
  --no-frontier       skip the cost-against-service frontier (faster)
  --no-kiosks         keep the kiosk counts
  --no-staggered      do not consider staggered invitations
  --no-back-office    skip the back office
  --json              print the whole plan as JSON
  --out FILE          also write the plan as JSON to FILE
  --lang zh-CN|en     language of the report (default from LANG)`;

export async function runPlanCommand(argv: string[]): Promise<number> {
  let values;
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        target: { type: 'string' },
        reps: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        shrinkage: { type: 'string' },
        'kiosk-target': { type: 'string' },
        'back-office-target': { type: 'string' },
        'no-frontier': { type: 'boolean' },
        'no-kiosks': { type: 'boolean' },
        'no-staggered': { type: 'boolean' },
        'no-back-office': { type: 'boolean' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return reportUsageError('plan', e, PLAN_HELP);
  }
  if (values.help) {
    console.log(PLAN_HELP);
    return 0;
  }
  if (files.length !== 1) {
    console.error(`hallflow plan: give one scenario file / 请指定一个方案文件\n\n${PLAN_HELP}`);
    return 2;
  }
  let reps: number;
  let seed: number;
  let workers: number;
  let shrinkage: number;
  let lang: 'en' | 'zh-CN';
  let targets;
  let kioskTarget;
  let backOfficeTarget;
  try {
    kioskTarget = parseKioskTarget(values['kiosk-target'] ?? 'p90<=10min,up>=99%');
    backOfficeTarget = parseBackOfficeTarget(values['back-office-target'] ?? 'ontime>=95%');
    targets = parseTarget(values.target ?? 'wait<=15min@90%');
    reps = intFlag('reps', values.reps, 100, 2, 100000);
    seed = intFlag('seed', values.seed, 20261126, 0, Number.MAX_SAFE_INTEGER);
    workers = intFlag('workers', values.workers, defaultWorkers(), 0, 256);
    shrinkage = intFlag('shrinkage', values.shrinkage, 0, 0, 90) / 100;
    lang = choiceFlag('lang', values.lang, defaultLang(), ['en', 'zh-CN'] as const);
  } catch (e) {
    if (e instanceof ParameterError && e.param === 'target') {
      console.error(`hallflow plan: --target: ${e.message}\nhallflow plan：--target：${e.messageZh}`);
      return 2;
    }
    return reportUsageError('plan', e, PLAN_HELP);
  }
  const loaded = loadScenario(files[0]);
  if (!loaded.ok) {
    for (const line of loaded.lines) console.error(line);
    return 1;
  }
  const pool = workers > 0 ? createNodePool(workers) : null;
  const simulate: Simulate = pool ? poolSimulate(pool) : simulateInThread;
  const onSigint = () => pool?.cancel();
  process.once('SIGINT', onSigint);
  const showProgress = (p: PlanProgress) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${(100 * p.fraction).toFixed(0).padStart(3)}%  ${p.stage} ${p.detail}`);
  };
  try {
    const plan = await makePlan(loaded.scenario, simulate, {
      targets,
      replications: reps,
      seed,
      shrinkage,
      kioskTarget,
      backOfficeTarget,
      frontier: !values['no-frontier'],
      kiosks: !values['no-kiosks'],
      staggered: !values['no-staggered'],
      backOffice: !values['no-back-office'],
      onProgress: showProgress,
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (values.out) writeFileSync(values.out, `${JSON.stringify(plan, null, 2)}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    else console.log(planReport(plan, lang));
    return 0;
  } catch (e) {
    if (e instanceof PlanCancelled) {
      console.error('\nhallflow plan: cancelled, no plan printed / 已取消，未输出规划');
      return CANCELLED_EXIT_CODE;
    }
    if (e instanceof ReplicationError) {
      console.error(`hallflow plan: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
    pool?.destroy();
  }
}
