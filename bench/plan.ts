/**
 * The capacity planner's speed (issue 6): the Iterative Staffing Algorithm for one filing day of
 * the demo hall at 30-minute intervals, 200 replications per iteration, in the worker-thread pool
 * (2 workers on this machine) and in this thread (target: at most 5 s). Measured, not asserted.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../src/sim/scenario/index.ts';
import { iterativeStaffing } from '../src/sim/plan/isa.ts';
import { simulateInThread } from '../src/sim/results/simulate.ts';
import { staffHours } from '../src/sim/plan/staffing.ts';
import { parseTarget } from '../src/sim/plan/target.ts';
import { createCliPool, createNodePool } from '../src/workers/node-pool.ts';
import { poolSimulate } from '../src/workers/pool-simulate.ts';

export interface PlanFigures {
  replicationsPerIteration: number;
  iterations: number;
  poolSeconds: number;
  inThreadSeconds: number;
  /** The command line's pool: this thread and one worker thread. */
  cliPoolSeconds: number;
  windowHours: number;
}

export async function benchPlan(log: (...a: unknown[]) => void, workerScript: URL): Promise<PlanFigures> {
  const demo = JSON.parse(
    readFileSync(fileURLToPath(new URL('../data/scenarios/demo-hall.json', import.meta.url)), 'utf8'),
  ) as Scenario;
  // Monday 2 March 2026: a filing-period day.
  const day: Scenario = { ...demo, calendar: { ...demo.calendar, startDate: '2026-03-02', days: 1 } };
  const targets = parseTarget('wait<=15min@90%');
  const REPS = 200;
  const pool = createNodePool(2, workerScript);
  try {
    const simulate = poolSimulate(pool);
    await simulate({ scenario: day, replications: 40, seed: 1 }); // start and warm the workers
    let t0 = performance.now();
    const plan = await iterativeStaffing({ scenario: day, targets, simulate, replications: REPS, seed: 5 });
    const poolSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    await iterativeStaffing({ scenario: day, targets, simulate: simulateInThread, replications: REPS, seed: 5 });
    const inThreadSeconds = (performance.now() - t0) / 1000;
    const cli = createCliPool(2, workerScript);
    let cliPoolSeconds: number;
    try {
      const simulateCli = poolSimulate(cli);
      await simulateCli({ scenario: day, replications: 40, seed: 1 });
      t0 = performance.now();
      await iterativeStaffing({ scenario: day, targets, simulate: simulateCli, replications: REPS, seed: 5 });
      cliPoolSeconds = (performance.now() - t0) / 1000;
    } finally {
      cli.destroy();
    }
    const hours = staffHours(plan.staffing, 30, { ordinary: 0, filing: 1, deadline: 0 }).total;
    log(`  ISA, one filing day, ${REPS} replications per iteration: ${plan.iterations.length} iterations`);
    log(`  2 worker threads                ${poolSeconds.toFixed(2)} s   (target <= 5 s)`);
    log(`  in this thread                  ${inThreadSeconds.toFixed(2)} s`);
    log(`  this thread + 1 worker (CLI)    ${cliPoolSeconds.toFixed(2)} s   (target <= 1.5 s, issue 15)`);
    log(`  staffing found                  ${hours} window-hours (converged: ${plan.converged})`);
    return {
      replicationsPerIteration: REPS,
      iterations: plan.iterations.length,
      poolSeconds,
      inThreadSeconds,
      cliPoolSeconds,
      windowHours: hours,
    };
  } finally {
    pool.destroy();
  }
}
