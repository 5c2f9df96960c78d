/**
 * Simulation runs for the page, in the worker pool: the current result, progress and time left,
 * cancel, and what-if re-runs.
 *
 * What-if: after an edit (a moment's pause, so typing is not a run per keystroke) the scenario is
 * run at once with a few replications and drawn, then refined with the full number in the
 * background; a newer edit cancels both. The pool merges results as they arrive (a millisecond or
 * so each), so the page never spends a long task on them.
 *
 * The effect of a change: the value of each key figure in each replication (run-values.ts, from
 * the scalars the pool keeps of each), and was-now.ts decides which result is "was" and whether a
 * was → now is on screen. Status flags say only what holds for the result on screen.
 */
import { RESULTS_LOAD } from '../../sim/hall/group-load.ts';
import type { MergedResult } from '../../sim/results/merge.ts';
import type { Scenario } from '../../sim/scenario/index.ts';
import type { Progress, RunOutcome } from '../../workers/pool.ts';
import { getPool } from '../pool-client.ts';
import { failureFromError, type RunFailure } from '../run-failure.ts';
import type { ChangeEffect } from './change-effect.ts';
import { pageKeptResults, type KeptResults } from './kept-results.ts';
import type { KeptResult } from './result-keep.ts';
import { PAGE_RUN } from './run-defaults.ts';
import { runValues, snapshotOf } from './run-values.ts';
import { scenario } from './scenario.svelte.ts';
import { START, onCancelled, onFailed, onFull, onPreliminary, shownEffect, type WasNow } from './was-now.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** Replications of the quick first pass of a what-if run. */
export const QUICK_REPLICATIONS = 4;
/** Pause after the last edit before re-running, milliseconds. */
export const EDIT_PAUSE_MS = 120;

export class RunStore {
  replications = $state<number>(PAGE_RUN.replications);
  seed = $state<number>(PAGE_RUN.seed);
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
  /** Replications behind the shown result. */
  shownReplications = $state(0);
  /**
   * The shown result is short of the replications its run asked for and no run is completing it
   * (cancelled or failed).
   */
  partial = $state(false);
  /** A quick first look of the running run is on screen, and the full pass refines it. */
  refining = $state(false);
  /** Why the last run failed (shown in the run bar, in the current language), or null. */
  failure: RunFailure | null = $state(null);
  /** The scenario of the run that failed: the failure is told only while it is the current one. */
  failedScenario: Scenario | null = $state.raw(null);
  /** Which result is "was", and the effect of the last change (was-now.ts). */
  change: WasNow = $state.raw(START);
  /** What holds the pool besides the what-if runs (a comparison, a staffing plan): the run bar waits for it. */
  heldBy: 'compare' | 'plan' | null = $state(null);
  /** Bumped when a result is shown (tests and views can wait on it). */
  version = $state(0);
  /**
   * The result on screen is a kept one (result-keep.ts), made by the build or in this browser; null
   * when run on this visit.
   */
  fromKept: KeptResult['origin'] | null = $state(null);

  readonly #kept: KeptResults;

  #generation = 0;
  /** The generation whose run was cancelled (a cancel between two passes must stop the next). */
  #cancelled = -1;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the shown result is a full pass that ran to the end. */
  #shownComplete = false;

  constructor(kept: KeptResults = pageKeptResults()) {
    this.#kept = kept;
  }

  /** A look-up begun before the page mounts (`lookUp`), taken by `start`. */
  #looking: { text: string; seed: number; replications: number; found: Promise<KeptResult | null> } | null = null;

  /** Begins looking for the kept result of `s` (main.ts, while the page mounts); `start` takes it. */
  lookUp(s: Scenario): void {
    const text = JSON.stringify(s);
    this.#looking = {
      text,
      seed: this.seed,
      replications: this.replications,
      found: this.#kept.find(text, this.seed, this.replications),
    };
  }

  /**
   * The page's first result: the kept one when this scenario ran before with the same seed and
   * replications (a reload, or the demo's built-in result), else a run. Does nothing when a run
   * or an edit's re-run started meanwhile.
   */
  async start(s: Scenario, lineage = scenario.lineage): Promise<void> {
    const generation = this.#generation;
    const text = JSON.stringify(s);
    const seed = this.seed;
    const replications = this.replications;
    const p = this.#looking;
    this.#looking = null;
    const found = await (p !== null && p.text === text && p.seed === seed && p.replications === replications
      ? p.found
      : this.#kept.find(text, seed, replications));
    if (generation !== this.#generation || this.#timer !== null || this.heldBy !== null) return;
    if (found === null || seed !== this.seed || replications !== this.replications) return this.run(s, true, lineage);
    ++this.#generation;
    this.merged = found.merged;
    this.resultScenario = s;
    this.shownReplications = found.merged.replications;
    this.#shownComplete = true;
    this.partial = false;
    this.refining = false;
    this.stage = null;
    this.progress = null;
    this.failure = null;
    this.fromKept = found.origin;
    this.change = onFull(this.change, snapshotOf({ lineage, scenario: s, text, seed }, found.values, found.merged));
    this.status = 'done';
    this.version++;
  }

  /**
   * Runs now: a quick pass, then the full number of replications. `lineage` is the scenario
   * family of `s` (callers run the current scenario, so the default is its family).
   */
  async run(s: Scenario, quickFirst = true, lineage = scenario.lineage): Promise<void> {
    if (this.heldBy !== null) return;
    const generation = ++this.#generation;
    const pool = getPool();
    pool.cancel();
    this.status = 'running';
    this.failure = null;
    this.failedScenario = null;
    this.refining = false;
    const full = this.replications;
    const seed = this.seed;
    const text = JSON.stringify(s);
    const passes = quickFirst && full > QUICK_REPLICATIONS ? [QUICK_REPLICATIONS, full] : [full];
    try {
      for (const reps of passes) {
        this.stage = reps === full ? 'full' : 'quick';
        this.progress = null; // the last pass's count must not stand beside this pass's label
        const outcome: RunOutcome = await pool.run(
          { scenarios: [s], seed, replications: reps, groupLoad: RESULTS_LOAD },
          (p) => {
            if (generation === this.#generation) this.progress = p;
          },
        );
        if (generation !== this.#generation) return; // a newer run took over
        const cancelled = outcome.status === 'cancelled' || this.#cancelled === generation;
        const merged = outcome.merged[0];
        if (merged !== null) {
          const complete = reps === full && outcome.status !== 'cancelled';
          const values = complete ? runValues(outcome.scalars[0]) : null;
          this.merged = merged;
          this.fromKept = null;
          this.resultScenario = s;
          this.shownReplications = merged.replications;
          this.#shownComplete = complete;
          this.partial = false; // a first look being refined, or settled below
          this.refining = !cancelled && !complete;
          this.change =
            values !== null
              ? onFull(this.change, snapshotOf({ lineage, scenario: s, text, seed }, values, merged))
              : onPreliminary(this.change, {
                  kind: outcome.status === 'cancelled' ? 'partial' : 'quick',
                  lineage,
                  scenario: text,
                  seed,
                  replications: full,
                });
          this.version++;
          // The next visit shows it at once (kept-results.ts); a refusal only means it runs again.
          if (values !== null) void this.#kept.keep(text, seed, full, merged, values);
        }
        if (cancelled) {
          // Whichever pass was stopped: what is shown may be short of the replications asked for.
          this.#settle();
          this.change = onCancelled(this.change);
          this.status = 'cancelled';
          return;
        }
      }
      this.#settle();
      this.status = 'done';
    } catch (e) {
      if (generation !== this.#generation) return;
      // A crashed worker or a failing replication: the run bar says so and the last result
      // stays on screen; the scenario itself is saved, so nothing is lost.
      this.#settle();
      this.change = onFailed(this.change);
      this.failure = failureFromError(e);
      this.failedScenario = s;
      this.status = 'error';
    }
  }

  /** A run is over: nothing refines the shown result any more. */
  #settle(): void {
    this.stage = null;
    this.refining = false;
    this.partial = this.merged !== null && !this.#shownComplete;
  }

  /** The effect of the last change, when `merged` is the result on screen it belongs to; else null. */
  effectFor(merged: MergedResult): ChangeEffect | null {
    return merged === this.merged ? shownEffect(this.change) : null;
  }

  /** Re-runs shortly after an edit (what-if), if automatic re-runs are on. */
  schedule(s: Scenario, lineage = scenario.lineage): void {
    if (!this.auto) return;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.run(s, true, lineage);
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
