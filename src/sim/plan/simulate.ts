/**
 * How the planner runs simulations: a function from (scenario, replications, seed) to a merged
 * result with the per-group load. The CLI and the app pass one backed by the worker pool; tests
 * and small plans use `simulateInThread`. Keeping it a plain function keeps `src/sim/plan` free
 * of threads (ARCHITECTURE.md: sim never touches Worker).
 */
import { mergeResults, type MergedResult } from '../hall/merge.ts';
import { runReplication } from '../hall/run.ts';
import type { DayType, Scenario } from '../hall/scenario.ts';

export interface SimulateRequest {
  scenario: Scenario;
  replications: number;
  seed: number;
  /** The wait that counts as "within target", per day type (default: the scenario's target). */
  waitMinutes?: Record<DayType, number>;
}

/** Runs replications 0 … n−1 with the per-group load recorded and merges them. */
export type Simulate = (request: SimulateRequest) => Promise<MergedResult>;

export const simulateInThread: Simulate = async ({ scenario, replications, seed, waitMinutes }) => {
  const results = [];
  for (let replication = 0; replication < replications; replication++) {
    const r = runReplication(scenario, { seed, replication, groupLoad: { waitMinutes } });
    r.ledgers = { cases: [], overtime: [], timeOff: [] };
    results.push(r);
  }
  return mergeResults(results);
};
