/**
 * The page's worker pool held by something other than the what-if runs (a comparison, a staffing
 * plan), in one place: automatic re-runs are switched off and any what-if run is cancelled
 * first, the run bar says who holds the pool while it does (`heldBy`), and afterwards, also after
 * a failure or a cancel, both are restored, and the current scenario is run again if it changed
 * meanwhile or its run was cut short.
 */
import type { Scenario } from '../../sim/scenario/index.ts';

/** The part of the run store holding the pool touches (the tests pass a stand-in). */
export interface WhatIfRuns {
  auto: boolean;
  /** What holds the pool besides the what-if runs (the run bar waits). */
  heldBy: 'compare' | 'plan' | null;
  status: string;
  resultScenario: Scenario | null;
  cancel(): void;
  schedule(s: Scenario): void;
}

export async function holdPool<T>(
  runs: WhatIfRuns,
  owner: 'compare' | 'plan',
  current: () => { scenario: Scenario; valid: boolean },
  work: () => Promise<T>,
): Promise<T> {
  const auto = runs.auto;
  const interrupted = runs.status === 'running';
  runs.auto = false;
  runs.cancel();
  runs.heldBy = owner;
  try {
    return await work();
  } finally {
    runs.heldBy = null;
    runs.auto = auto;
    const now = current();
    const stale = runs.resultScenario === null || JSON.stringify(runs.resultScenario) !== JSON.stringify(now.scenario);
    if (auto && now.valid && (interrupted || stale)) runs.schedule(now.scenario);
  }
}
