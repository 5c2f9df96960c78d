/**
 * What crosses the boundary between the pool (on the page or the CLI's main thread) and its
 * workers (Web Workers or worker threads). Plain data: scenarios, replication numbers, results
 * whose typed arrays are transferred, not copied.
 */
import type { GroupLoadOptions } from '../sim/hall/group-load.ts';
import type { ReplicationResult } from '../sim/hall/results.ts';
import type { Scenario } from '../sim/scenario/index.ts';

/** One replication to run. */
export interface Task {
  /** Which scenario: sent once per worker with `load`, then named. */
  scenarioKey: string;
  seed: number;
  replication: number;
  /** Keep the ledgers (case rows etc.) in the result; otherwise they are left empty. */
  ledgers: boolean;
  /** Record the planner's per-group load. */
  groupLoad?: boolean | GroupLoadOptions;
  /** Report the share of days done to the progress listener, under this id (0 = no reports). */
  progressId: number;
}

/** A replication failed: enough to reproduce it (`hallflow simulate FILE --seed S --replication R`). */
export interface TaskFailure {
  ok: false;
  replication: number;
  seed: number;
  message: string;
  stack?: string;
}

/** `ms`: time the worker spent in the replication itself (the rest of a task is the pool's overhead). */
export type TaskOutcome = { ok: true; result: ReplicationResult; ms: number } | TaskFailure;

/** The object a worker exposes through Comlink. */
export interface ReplicationWorkerApi {
  /** Keeps a scenario under a key (validated and resolved once in this worker). */
  load(scenarioKey: string, scenario: Scenario): void;
  /** Forgets a scenario. */
  unload(scenarioKey: string): void;
  /**
   * Sets the progress listener (a Comlink proxy), once per worker: a proxy per call would open
   * a message channel per replication.
   */
  listen(listener: (progressId: number, fraction: number) => void): void;
  /** Runs one replication. (Its result is merged where it arrives, as it arrives: pool.ts.) */
  run(task: Task): TaskOutcome;
}
