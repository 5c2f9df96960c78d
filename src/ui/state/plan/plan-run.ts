/**
 * Making a plan on the page's worker pool, which the what-if runs share (holdPool, as a
 * comparison does: the run bar waits while the plan holds the pool, and the what-if runs resume
 * after, also after a failure or a cancel).
 *
 * Cancel: the store cancels the pool, so the running simulation ends as cancelled and
 * `poolSimulate` throws PlanCancelled; a cancel that falls between two simulations is caught by
 * the guard around every simulation. Either way the outcome is "cancelled" and no plan: a plan
 * built on cut-short simulations would look sure of numbers it is not.
 */
import type { Scenario } from '../../../sim/scenario/index.ts';
import { makePlan, type Plan, type PlanOptions } from '../../../sim/plan/recommendation.ts';
import type { Simulate } from '../../../sim/results/simulate.ts';
import { PlanCancelled } from '../../../workers/pool-simulate.ts';
import { holdPool, type WhatIfRuns } from '../hold-pool.ts';

export type PlanRunOutcome = { status: 'done'; plan: Plan } | { status: 'cancelled' };

export interface PlanRunDeps {
  /** The simulations (the pool's, through poolSimulate). */
  simulate: Simulate;
  runs: WhatIfRuns;
  /** The scenario being edited now, read when the plan ends. */
  current: () => { scenario: Scenario; valid: boolean };
  /** Whether Cancel was pressed. */
  cancelled: () => boolean;
  /** Counts each simulation as it starts (for the progress line). */
  onSimulation?: (n: number) => void;
  /** The planner (a stand-in in tests). */
  make?: typeof makePlan;
}

export async function runPlan(
  deps: PlanRunDeps,
  scenario: Scenario,
  options: Omit<PlanOptions, 'cancelled'>,
): Promise<PlanRunOutcome> {
  const { runs, cancelled } = deps;
  let simulations = 0;
  const guarded: Simulate = async (request) => {
    if (cancelled()) throw new PlanCancelled();
    deps.onSimulation?.(++simulations);
    const merged = await deps.simulate(request);
    if (cancelled()) throw new PlanCancelled();
    return merged;
  };
  return holdPool(runs, 'plan', deps.current, async (): Promise<PlanRunOutcome> => {
    try {
      const plan = await (deps.make ?? makePlan)(scenario, guarded, { ...options, cancelled });
      // A plan whose later stages were skipped because Cancel came is no plan either.
      return cancelled() ? { status: 'cancelled' } : { status: 'done', plan };
    } catch (e) {
      if (e instanceof PlanCancelled || cancelled()) return { status: 'cancelled' };
      throw e;
    }
  });
}
