/**
 * The status lines of the run bar, each shown only while it holds:
 *  - progress while a run goes on: "first look" during the quick pass, "refining" only while a
 *    first look of this run is on screen, else plain "running";
 *  - after a cancel: "partial result of n replications" only when the result on screen is short
 *    of its run's replications, else that the earlier result is still shown;
 *  - a failure only while the scenario that failed is the current one (after an edit it no longer
 *    describes anything on screen);
 *  - "n replications (s)" after a run that finished, or that the result is an identical earlier
 *    run's, kept (result-keep.ts);
 *  - that a comparison or a plan holds the workers, while it does;
 *  - "fix the scenario's problems" while there are any, else "the scenario changed since this
 *    result" while the result on screen is of another scenario and nothing is running.
 */
import type { Scenario } from '../../sim/scenario/index.ts';
import type { Progress } from '../../workers/pool.ts';
import type { RunFailure } from '../run-failure.ts';

export interface RunBarState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  stage: 'quick' | 'full' | null;
  /** A first look of the running run is on screen. */
  refining: boolean;
  progress: Progress | null;
  /** The result on screen is short of its run's replications, and no run completes it. */
  partial: boolean;
  shownReplications: number;
  /** The result on screen is a kept one, not run on this visit: made by the build, or in this browser. */
  fromKept: 'build' | 'browser' | null;
  failure: RunFailure | null;
  /** The scenario of the failed run is the current one. */
  failureCurrent: boolean;
  heldBy: 'compare' | 'plan' | null;
  /** The current scenario has no problems. */
  valid: boolean;
  /** A result is on screen and it is of another scenario than the current one. */
  stale: boolean;
}

export type RunBarLine =
  | { kind: 'progress'; pass: 'quick' | 'refining' | 'running'; progress: Progress | null }
  | { kind: 'partial'; replications: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; failure: RunFailure | null }
  | { kind: 'done'; replications: number; seconds: number }
  | { kind: 'kept'; origin: 'build' | 'browser'; replications: number }
  | { kind: 'held'; by: 'compare' | 'plan' }
  | { kind: 'invalid' }
  | { kind: 'stale' };

export function runBarLines(s: RunBarState): RunBarLine[] {
  const out: RunBarLine[] = [];
  if (s.status === 'running') {
    out.push({
      kind: 'progress',
      pass: s.stage === 'quick' ? 'quick' : s.refining ? 'refining' : 'running',
      progress: s.progress,
    });
  } else if (s.status === 'cancelled') {
    out.push(s.partial ? { kind: 'partial', replications: s.shownReplications } : { kind: 'cancelled' });
  } else if (s.status === 'error') {
    if (s.failureCurrent) out.push({ kind: 'failed', failure: s.failure });
  } else if (s.status === 'done' && s.fromKept !== null) {
    out.push({ kind: 'kept', origin: s.fromKept, replications: s.shownReplications });
  } else if (s.status === 'done' && s.progress) {
    out.push({
      kind: 'done',
      replications: s.shownReplications,
      seconds: Math.round(s.progress.elapsedSeconds * 10) / 10,
    });
  }
  if (s.heldBy !== null) out.push({ kind: 'held', by: s.heldBy });
  if (!s.valid) out.push({ kind: 'invalid' });
  else if (s.stale && s.status !== 'running') out.push({ kind: 'stale' });
  return out;
}

/** Whether `a` is the scenario `b` (the same object, or the same content after an undo). */
export function sameScenario(a: Scenario | null, b: Scenario): boolean {
  return a !== null && (a === b || JSON.stringify(a) === JSON.stringify(b));
}
