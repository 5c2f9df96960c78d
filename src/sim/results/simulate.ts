/**
 * How the planner and the history backtest run simulations: a function from (scenario, replications, seed) to a merged
 * result with the per-group load. The CLI and the app pass one backed by the worker pool; tests
 * and small plans use `simulateInThread`. Keeping it a plain function keeps `src/sim/plan` free
 * of threads (ARCHITECTURE.md: sim never touches Worker).
 */
import type { GroupLoadOptions } from '../hall/group-load.ts';
import type { MergedResult } from './merge.ts';
import { ResultAccumulator } from './accumulate.ts';
import { runReplication } from '../hall/run.ts';
import type { DayType, Scenario } from '../scenario/index.ts';

/**
 * What a simulation records of the per-group load: 'full' (the default) with the histograms of
 * the number each joiner found, which the Iterative Staffing Algorithm and the trim and repair
 * passes read; 'counts' without them (joiners, handling, waits: the analytic methods and the
 * staggered options need no more); 'none' (the kiosk and back-office searches read the
 * hall's metrics only). Less is faster to run, move between threads and merge.
 */
export type LoadDetail = 'full' | 'counts' | 'none';

export interface SimulateRequest {
  scenario: Scenario;
  replications: number;
  seed: number;
  /** The wait that counts as "within target", per day type (default: the scenario's target). */
  waitMinutes?: Record<DayType, number>;
  /** Default 'full'. */
  load?: LoadDetail;
}

/** Runs replications 0 … n−1 with the per-group load recorded and merges them. */
export type Simulate = (request: SimulateRequest) => Promise<MergedResult>;

/** The replication option for a request's load detail (false: none recorded). */
export function groupLoadOption(request: Pick<SimulateRequest, 'waitMinutes' | 'load'>): false | GroupLoadOptions {
  const load = request.load ?? 'full';
  if (load === 'none') return false;
  return {
    ...(request.waitMinutes ? { waitMinutes: request.waitMinutes } : {}),
    ...(load === 'counts' ? { inSystem: false } : {}),
  };
}

/** In this thread, each replication folded in as it finishes (memory does not grow with them). */
export const simulateInThread: Simulate = async (request) => {
  const merged = new ResultAccumulator();
  const groupLoad = groupLoadOption(request);
  for (let replication = 0; replication < request.replications; replication++) {
    const r = runReplication(request.scenario, { seed: request.seed, replication, groupLoad });
    r.ledgers = { cases: [], overtime: [], timeOff: [] };
    merged.add(r);
  }
  return merged.finish();
};

/**
 * The same simulations, each run once: a request equal to an earlier one (same scenario,
 * replications, seed, target waits and load detail) gets the earlier result, which is what it
 * would have computed (the simulation is deterministic in these). The plan asks twice for some:
 * the trim and repair passes start by simulating the staffing the Iterative Staffing Algorithm
 * simulated last. `onRun` hears each request that is really run. Results are shared, so callers
 * must not change them (none does).
 */
export function memoSimulate(simulate: Simulate, onRun?: (request: SimulateRequest) => void): Simulate {
  const seen = new Map<string, Promise<MergedResult>>();
  return (request) => {
    const key = JSON.stringify([
      request.replications,
      request.seed,
      request.waitMinutes ?? null,
      request.load ?? 'full',
      request.scenario,
    ]);
    const hit = seen.get(key);
    if (hit) return hit;
    onRun?.(request);
    const run = simulate(request);
    seen.set(key, run);
    // A failed or cancelled run is not kept: asking again runs it again.
    run.catch(() => seen.delete(key));
    return run;
  };
}
