/**
 * `runReplication(scenario, { seed, replication })`: the contract the workers, the CLI and the
 * planner rely on. Pure and deterministic: the same scenario, seed and replication give a
 * bit-identical result on any thread. An invalid scenario is never run: it throws a
 * ScenarioError listing every problem.
 */
import { integer } from '../errors.ts';
import type { GroupLoadOptions } from './group-load.ts';
import { HallRun } from './hall-run.ts';
import { resolveScenario } from './resolve.ts';
import { buildResult, type ReplicationResult } from './results.ts';
import { type Problem, type Scenario, validateScenario } from '../scenario/index.ts';

export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(readonly problems: Problem[]) {
    super(
      `The scenario has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message.en}`).join('\n')}`,
    );
  }
}

const valid = new WeakSet<object>();

/** Validates once per scenario object; throws ScenarioError with every problem. */
export function assertValid(scenario: unknown): asserts scenario is Scenario {
  if (typeof scenario === 'object' && scenario !== null && valid.has(scenario)) return;
  const problems = validateScenario(scenario);
  if (problems.length > 0) throw new ScenarioError(problems);
  valid.add(scenario as object);
}

export interface ReplicationOptions {
  seed: number;
  replication: number;
  /** Told the share of simulated days done, after each day (for progress on long runs). */
  onProgress?: (fraction: number) => void;
  /** Also record the per-group, per-interval load the capacity planner staffs against (`result.groupLoad`). */
  groupLoad?: boolean | GroupLoadOptions;
  /** Also record the ticketing system's log (`result.ticketLog`): one row per ticket. */
  ticketLog?: boolean;
}

export function runReplication(scenario: Scenario, options: ReplicationOptions): ReplicationResult {
  integer('seed', options.seed, 0);
  integer('replication', options.replication, 0);
  assertValid(scenario);
  const run = new HallRun(resolveScenario(scenario), options.seed, options.replication, {
    groupLoad: options.groupLoad,
    ticketLog: options.ticketLog,
  });
  run.run(options.onProgress);
  const result = buildResult(run);
  run.release();
  return result;
}
