/**
 * The planner's simulations on the worker pool: each request runs its replications in the
 * workers with the per-group load recorded, merged as they arrive. A cancelled run stops the plan
 * (a plan built on a partial simulation would look sure of numbers it is not).
 */
import { groupLoadOption, type Simulate } from '../sim/results/simulate.ts';
import type { Progress, WorkerPool } from './pool.ts';

export class PlanCancelled extends Error {
  override readonly name = 'PlanCancelled';
  constructor() {
    super('The plan was cancelled.');
  }
}

export function poolSimulate(pool: WorkerPool, onProgress?: (p: Progress) => void): Simulate {
  return async (request) => {
    const { scenario, replications, seed } = request;
    const out = await pool.run(
      { scenarios: [scenario], seed, replications, ledgers: false, groupLoad: groupLoadOption(request) },
      onProgress,
    );
    const merged = out.merged[0];
    if (out.status === 'cancelled' || merged === null) throw new PlanCancelled();
    return merged;
  };
}
