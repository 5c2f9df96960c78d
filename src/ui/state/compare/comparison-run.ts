/**
 * Running a comparison on the page's worker pool, which the what-if runs share: automatic
 * re-runs are switched off and any what-if run is cancelled first, and afterwards automatic
 * re-runs are restored (and the current scenario re-run if it changed meanwhile or its run was
 * cut short). The outcome's replications are paired by replication number and compared.
 */
import type { Scenario } from '../../../sim/scenario/scenario.ts';
import { MAIN_MEASURES, alignReplications, pairedDifferences, type PairedDifference } from '../../../workers/compare.ts';
import type { Progress, RunOutcome, RunRequest } from '../../../workers/pool.ts';

/** The part of the run store a comparison touches. */
export interface WhatIfRuns {
  auto: boolean;
  /** What holds the pool besides the what-if runs (the run bar waits). */
  heldBy: 'compare' | 'plan' | null;
  status: string;
  resultScenario: Scenario | null;
  cancel(): void;
  schedule(s: Scenario): void;
}

export interface ComparisonResult {
  status: RunOutcome['status'];
  /** Replications asked for, per scenario. */
  asked: number;
  /** Replications paired (finished for every scenario). */
  paired: number;
  seed: number;
  elapsedSeconds: number;
  measures: readonly string[];
  rows: PairedDifference[];
}

export async function runComparison(
  pool: { run(request: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome> },
  runs: WhatIfRuns,
  request: { scenarios: Scenario[]; seed: number; replications: number },
  onProgress: (p: Progress) => void,
  current: () => { scenario: Scenario; valid: boolean },
): Promise<ComparisonResult> {
  const auto = runs.auto;
  const interrupted = runs.status === 'running';
  runs.auto = false;
  runs.cancel();
  runs.heldBy = 'compare';
  try {
    // Ledgers are not needed: replication 0 would otherwise carry them for every scenario.
    const outcome = await pool.run({ ...request, ledgers: false }, onProgress);
    const aligned = alignReplications(outcome.results);
    const paired = aligned.length > 0 ? aligned[0].length : 0;
    return {
      status: outcome.status,
      asked: request.replications,
      paired,
      seed: request.seed,
      elapsedSeconds: outcome.elapsedSeconds,
      measures: MAIN_MEASURES,
      rows: paired > 0 ? pairedDifferences(aligned, MAIN_MEASURES) : [],
    };
  } finally {
    runs.heldBy = null;
    runs.auto = auto;
    const now = current();
    const stale = runs.resultScenario === null || JSON.stringify(runs.resultScenario) !== JSON.stringify(now.scenario);
    if (auto && now.valid && (interrupted || stale)) runs.schedule(now.scenario);
  }
}
