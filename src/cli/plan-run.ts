/**
 * Making a capacity plan from the command line, shared by `hallflow plan` and `hallflow report`
 * (which makes the plan itself when it is given none): the plan's settings from its flags, with
 * `hallflow plan`'s defaults for those not given; the plan computed in the worker-thread pool
 * (or in this thread with 0 workers), with progress on stderr and Ctrl-C cancelling it; and what
 * a failed plan exits with.
 */
import { ParameterError } from '../sim/errors.ts';
import { DEFAULT_SEED, type Scenario } from '../sim/scenario/index.ts';
import type { BackOfficeTarget } from '../sim/plan/back-office-plan.ts';
import type { HotlineMethod, HotlineTarget } from '../sim/plan/hotline-plan.ts';
import type { KioskTarget } from '../sim/plan/kiosk-plan.ts';
import { makePlan, type Plan, type PlanOptions, type PlanProgress } from '../sim/plan/recommendation.ts';
import type { Simulate } from '../sim/results/simulate.ts';
import { simulateInThread } from '../sim/results/simulate.ts';
import { parseTarget } from '../sim/plan/target.ts';
import { createCliPool, createNodePool } from '../workers/node-pool.ts';
import { availableParallelism } from 'node:os';
import { PlanCancelled, poolSimulate } from '../workers/pool-simulate.ts';
import { ReplicationError } from '../workers/pool.ts';
import { intFlag } from './args.ts';
import { CANCELLED_EXIT_CODE, workersFlag, type WorkerCount } from './run-pool.ts';

/** `hallflow plan`'s defaults. */
export const PLAN_DEFAULTS = {
  target: 'wait<=15min@90%',
  kioskTarget: 'p90<=10min,up>=99%',
  backOfficeTarget: 'ontime>=95%',
  hotlineTarget: 'answered>=80%@20s',
  replications: 100,
  seed: DEFAULT_SEED,
} as const;

/** "p90<=10min,up>=99%" → the kiosk target. */
export function parseKioskTarget(text: string): KioskTarget {
  const m = /^\s*p90\s*<=\s*([\d.]+)\s*min\s*,\s*up\s*>=\s*([\d.]+)\s*%\s*$/i.exec(text);
  const p90 = m ? Number(m[1]) : NaN;
  const up = m ? Number(m[2]) / 100 : NaN;
  if (!m || !(p90 >= 0) || !(up > 0 && up <= 1))
    throw new ParameterError(
      '--kiosk-target',
      text,
      'like "p90<=10min,up>=99%" (minutes >= 0, a share above 0% and at most 100%)',
      '形如 "p90<=10min,up>=99%"（分钟数不小于 0，比例大于 0% 且不超过 100%）',
    );
  return { p90WaitMinutes: p90, anyUpShare: up };
}

/** "ontime>=95%" → the back-office target. */
export function parseBackOfficeTarget(text: string): BackOfficeTarget {
  const m = /^\s*ontime\s*>=\s*([\d.]+)\s*%\s*$/i.exec(text);
  const share = m ? Number(m[1]) / 100 : NaN;
  if (!m || !(share > 0 && share < 1))
    throw new ParameterError(
      '--back-office-target',
      text,
      'like "ontime>=95%" (a share above 0% and below 100%)',
      '形如 "ontime>=95%"（比例大于 0% 且小于 100%）',
    );
  return { onTimeShare: share };
}

/** "answered>=80%@20s" or "answered>=80%@20s,abandon<=5%" → the hotline's target. */
export function parseHotlineTarget(text: string): HotlineTarget {
  const m = /^\s*answered\s*>=\s*([\d.]+)\s*%\s*@\s*([\d.]+)\s*s\s*(?:,\s*abandon\s*<=\s*([\d.]+)\s*%\s*)?$/i.exec(
    text,
  );
  const share = m ? Number(m[1]) / 100 : NaN;
  const seconds = m ? Number(m[2]) : NaN;
  const abandon = m?.[3] !== undefined ? Number(m[3]) / 100 : undefined;
  if (
    !m ||
    !(share > 0 && share < 1) ||
    !(seconds > 0 && seconds <= 3600) ||
    (abandon !== undefined && !(abandon > 0 && abandon < 1))
  )
    throw new ParameterError(
      '--hotline-target',
      text,
      'like "answered>=80%@20s" or "answered>=80%@20s,abandon<=5%" (shares above 0% and below 100%, 1 to 3,600 seconds)',
      '形如 "answered>=80%@20s" 或 "answered>=80%@20s,abandon<=5%"（比例大于 0% 且小于 100%，秒数 1 至 3600）',
    );
  return abandon === undefined ? { share, seconds } : { share, seconds, abandonShare: abandon };
}

/** "isa" or "lagged-sipp" → how the hotline's agents are planned. */
export function parseHotlineMethod(text: string): HotlineMethod {
  if (text === 'isa') return 'isa';
  if (text === 'lagged-sipp') return 'laggedSipp';
  throw new ParameterError('--hotline-method', text, '"isa" or "lagged-sipp"', '"isa" 或 "lagged-sipp"');
}

/** The flags of `hallflow plan` that say how the plan is made (as parseArgs gives them). */
export interface PlanFlags {
  target?: string;
  reps?: string;
  seed?: string;
  workers?: string;
  shrinkage?: string;
  'kiosk-target'?: string;
  'back-office-target'?: string;
  'hotline-target'?: string;
  'hotline-method'?: string;
  'no-frontier'?: boolean;
  'no-kiosks'?: boolean;
  'no-staggered'?: boolean;
  'no-back-office'?: boolean;
  'no-hotline'?: boolean;
}

/** What the plan is made with (makePlan's options but for progress, cancelling and the time). */
export type PlanSettings = Omit<PlanOptions, 'onProgress' | 'cancelled' | 'madeAt'>;

/**
 * The plan's settings and worker threads from its flags; `planSettings({})` gives `hallflow plan`'s
 * defaults. Throws a ParameterError naming the first wrong flag (for `--target`, `param` is
 * "target" and the message says what is wrong in the target).
 */
export function planSettings(flags: PlanFlags): { settings: PlanSettings; workers: WorkerCount } {
  const kioskTarget = parseKioskTarget(flags['kiosk-target'] ?? PLAN_DEFAULTS.kioskTarget);
  const backOfficeTarget = parseBackOfficeTarget(flags['back-office-target'] ?? PLAN_DEFAULTS.backOfficeTarget);
  const hotlineTarget = parseHotlineTarget(flags['hotline-target'] ?? PLAN_DEFAULTS.hotlineTarget);
  const hotlineMethod = parseHotlineMethod(flags['hotline-method'] ?? 'isa');
  const targets = parseTarget(flags.target ?? PLAN_DEFAULTS.target);
  const replications = intFlag('reps', flags.reps, PLAN_DEFAULTS.replications, 2, 100000);
  const seed = intFlag('seed', flags.seed, PLAN_DEFAULTS.seed, 0, Number.MAX_SAFE_INTEGER);
  const workers = workersFlag(flags.workers);
  const shrinkage = intFlag('shrinkage', flags.shrinkage, 0, 0, 90) / 100;
  return {
    settings: {
      targets,
      replications,
      seed,
      shrinkage,
      kioskTarget,
      backOfficeTarget,
      frontier: !flags['no-frontier'],
      kiosks: !flags['no-kiosks'],
      staggered: !flags['no-staggered'],
      backOffice: !flags['no-back-office'],
      hotlineTarget,
      hotlineMethod,
      hotline: !flags['no-hotline'],
    },
    workers,
  };
}

/** The plan's progress on stderr, one line rewritten in place, when stderr is a terminal. */
function showProgress(p: PlanProgress): void {
  if (process.stderr.isTTY)
    process.stderr.write(`\r\x1b[K${(100 * p.fraction).toFixed(0).padStart(3)}%  ${p.stage} ${p.detail}`);
}

/**
 * Makes the plan in a pool of `workers` threads (0: in this thread; 'auto': this thread and a
 * worker thread per further core, since a plan runs many simulations, long enough to repay
 * them), showing progress on stderr; Ctrl-C cancels it (PlanCancelled is thrown: a plan from a
 * partial run is never returned).
 */
export async function makePlanForCli(scenario: Scenario, settings: PlanSettings, workers: WorkerCount): Promise<Plan> {
  const pool =
    workers === 'auto' ? createCliPool(availableParallelism()) : workers > 0 ? createNodePool(workers) : null;
  const simulate: Simulate = pool ? poolSimulate(pool) : simulateInThread;
  const onSigint = () => pool?.cancel();
  process.once('SIGINT', onSigint);
  try {
    const plan = await makePlan(scenario, simulate, { ...settings, onProgress: showProgress });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    return plan;
  } finally {
    process.off('SIGINT', onSigint);
    pool?.destroy();
  }
}

/**
 * The exit code of a plan that failed, the reason on stderr: cancelled with Ctrl-C
 * (CANCELLED_EXIT_CODE, nothing written), a replication that failed (1). Anything else is thrown again.
 */
export function planFailure(command: string, e: unknown, what = { en: 'no plan printed', zh: '未输出规划' }): number {
  if (e instanceof PlanCancelled) {
    console.error(`\nhallflow ${command}: cancelled, ${what.en} / 已取消，${what.zh}`);
    return CANCELLED_EXIT_CODE;
  }
  if (e instanceof ReplicationError) {
    console.error(`hallflow ${command}: ${e.message}`);
    return 1;
  }
  throw e;
}
