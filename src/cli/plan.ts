/**
 * `hallflow plan SCENARIO.json --target "wait<=15min@90%" [--json]`: the capacity plan
 * (src/sim/plan/recommendation.ts) computed in the worker-thread pool, printed as a report or
 * as JSON. Ctrl-C cancels (a plan from a partial run is not printed). The plan is made by
 * plan-run.ts, which `hallflow report` shares.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ParameterError } from '../sim/errors.ts';
import { choiceFlag, defaultLang, reportUsageError } from './args.ts';
import { planReport } from './plan-report.ts';
import { makePlanForCli, planFailure, planSettings, type PlanSettings } from './plan-run.ts';
import type { WorkerCount } from './run-pool.ts';
import { loadScenario } from './scenario-file.ts';
import { DEFAULT_SEED } from '../sim/scenario/index.ts';

export { parseBackOfficeTarget, parseHotlineTarget, parseKioskTarget } from './plan-run.ts';

export const PLAN_HELP = `Usage: hallflow plan SCENARIO.json [options]

  --target T          service target (default "wait<=15min@90%"), e.g.
                      "wait<=15min@90%/day", "wait<=15min@90%,mean<=8min,abandon<=5%",
                      "filing:wait<=20min@85%;wait<=15min@90%"
  --reps N            replications per simulation while planning (default 100)
  --seed S            random seed (default ${DEFAULT_SEED}); the plan is checked on other seeds
  --workers N         worker threads (default: this thread and one per further core;
                      0 runs in this thread)
  --shrinkage P       share of rostered staff absent, in % (analytic methods and roster), default 0
  --kiosk-target T    kiosk target, default "p90<=10min,up>=99%" (90th percentile of the kiosk
                      wait; share of the 24 hours with at least one kiosk working)
  --back-office-target T  default "ontime>=95%" (share of cases answered on time; the types'
                      published average working days are always checked too)
  --hotline-target T  12366 hotline target, default "answered>=80%@20s" (share of the calls
                      offered to agents answered within the seconds); ",abandon<=5%" caps hang-ups
  --hotline-method M  how the agents are planned: "isa" (default: the Iterative Staffing
                      Algorithm, simulated from lagged SIPP) or "lagged-sipp" (formula only, faster)
  --no-frontier       skip the cost-against-service frontier (faster)
  --no-kiosks         keep the kiosk counts
  --no-staggered      do not consider staggered invitations
  --no-back-office    skip the back office
  --no-hotline        skip the 12366 hotline's agents
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
        'hotline-target': { type: 'string' },
        'hotline-method': { type: 'string' },
        'no-frontier': { type: 'boolean' },
        'no-kiosks': { type: 'boolean' },
        'no-staggered': { type: 'boolean' },
        'no-back-office': { type: 'boolean' },
        'no-hotline': { type: 'boolean' },
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
  let settings: PlanSettings;
  let workers: WorkerCount;
  let lang: 'en' | 'zh-CN';
  try {
    ({ settings, workers } = planSettings(values));
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
  try {
    const plan = await makePlanForCli(loaded.scenario, settings, workers);
    if (values.out) writeFileSync(values.out, `${JSON.stringify(plan, null, 2)}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    else console.log(planReport(plan, lang));
    return 0;
  } catch (e) {
    return planFailure('plan', e);
  }
}
