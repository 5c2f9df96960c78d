/**
 * Simulation runs for the page, in the worker pool: the current result, progress and time left,
 * cancel, and what-if re-runs.
 *
 * What-if: after an edit (a moment's pause, so typing is not a run per keystroke) the scenario is
 * run at once with a few replications and drawn, then refined with the full number in the
 * background; a newer edit cancels both. Results are merged in a worker, so the page never spends
 * a long task on them.
 */
import { RESULTS_LOAD } from '../../sim/hall/group-load.ts';
import type { MergedResult } from '../../sim/hall/merge.ts';
import type { Scenario } from '../../sim/hall/scenario.ts';
import type { Progress, RunOutcome } from '../../workers/pool.ts';
import { getPool } from '../pool-client.ts';
import { failureFromError, type RunFailure } from '../run-failure.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** Replications of the quick first pass of a what-if run. */
export const QUICK_REPLICATIONS = 4;
/** Pause after the last edit before re-running, milliseconds. */
export const EDIT_PAUSE_MS = 120;

class RunStore {
  replications = $state(20);
  seed = $state(20261126);
  /** Re-run after every valid edit. */
  auto = $state(true);
  status: RunStatus = $state('idle');
  /** 'quick' while the first few replications run, 'full' while refining. */
  stage: 'quick' | 'full' | null = $state(null);
  progress: Progress | null = $state(null);
  /** The latest merged result (raw: typed arrays are not made reactive proxies). */
  merged: MergedResult | null = $state.raw(null);
  /** The scenario that result belongs to. */
  resultScenario: Scenario | null = $state.raw(null);
  /** Replications behind the shown result, and whether it is the full count. */
  shownReplications = $state(0);
  partial = $state(false);
  /** Why the last run failed (shown in the run bar, in the current language), or null. */
  failure: RunFailure | null = $state(null);
  /** What holds the pool besides the what-if runs (a comparison, a staffing plan): the run bar waits for it. */
  heldBy: 'compare' | 'plan' | null = $state(null);
  /** Bumped when a result is shown (tests and views can wait on it). */
  version = $state(0);

  #generation = 0;
  /** The generation whose run was cancelled (a cancel between two passes must stop the next). */
  #cancelled = -1;
  #timer: ReturnType<typeof setTimeout> | null = null;

  /** Runs now: a quick pass, then the full number of replications. */
  async run(s: Scenario, quickFirst = true): Promise<void> {
    if (this.heldBy !== null) return;
    const generation = ++this.#generation;
    const pool = getPool();
    pool.cancel();
    this.status = 'running';
    this.failure = null;
    this.progress = null;
    const full = this.replications;
    const passes = quickFirst && full > QUICK_REPLICATIONS ? [QUICK_REPLICATIONS, full] : [full];
    try {
      for (const reps of passes) {
        this.stage = reps === full ? 'full' : 'quick';
        const outcome: RunOutcome = await pool.run({ scenarios: [s], seed: this.seed, replications: reps, groupLoad: RESULTS_LOAD }, (p) => {
          if (generation === this.#generation) this.progress = p;
        });
        if (generation !== this.#generation) return; // a newer run took over
        if (outcome.results[0].length > 0) {
          const merged = await pool.merge(outcome.results[0]);
          if (generation !== this.#generation) return;
          this.merged = merged;
          this.resultScenario = s;
          this.shownReplications = merged.replications;
          this.partial = outcome.status === 'cancelled';
          this.version++;
        }
        if (outcome.status === 'cancelled' || this.#cancelled === generation) {
          // What is shown is short of the replications asked for, whichever pass was stopped.
          this.partial = true;
          this.status = 'cancelled';
          this.stage = null;
          return;
        }
      }
      this.status = 'done';
      this.stage = null;
    } catch (e) {
      if (generation !== this.#generation) return;
      this.status = 'error';
      this.stage = null;
      // A crashed worker or a failing replication: the run bar says so and the last result
      // stays on screen; the scenario itself is saved, so nothing is lost.
      this.failure = failureFromError(e);
    }
  }

  /** Re-runs shortly after an edit (what-if), if automatic re-runs are on. */
  schedule(s: Scenario): void {
    if (!this.auto) return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.run(s);
    }, EDIT_PAUSE_MS);
  }

  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.status === 'running') {
      this.#cancelled = this.#generation;
      getPool().cancel();
    }
  }
}

export const runs = new RunStore();
