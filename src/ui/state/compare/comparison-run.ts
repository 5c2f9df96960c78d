/**
 * Running a comparison on the page's worker pool, which the what-if runs share (holdPool: the
 * what-if runs wait, and resume after). The outcome's replications are paired by replication
 * number and compared.
 */
import type { Scenario } from '../../../sim/scenario/index.ts';
import {
  MAIN_MEASURES,
  alignReplications,
  pairedDifferences,
  type PairedDifference,
} from '../../../workers/compare.ts';
import type { Progress, RunOutcome, RunRequest } from '../../../workers/pool.ts';
import { holdPool, type WhatIfRuns } from '../hold-pool.ts';

export type { WhatIfRuns };

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
  return holdPool(runs, 'compare', current, async () => {
    // Only the metrics are compared: nothing is merged, and no ledgers are kept.
    const outcome = await pool.run({ ...request, ledgers: false, merge: false }, onProgress);
    const aligned = alignReplications(outcome.scalars);
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
  });
}
