/**
 * What a leadership report is built from (issue 12): the scenario, its latest run (merged), its
 * plan if there is one, the history import it was fitted from if any, and how the run was made
 * (so anyone can reproduce it). The app fills it from its stores; `hallflow report` from files.
 */
import type { MergedResult } from '../../sim/results/merge.ts';
import type { Scenario } from '../../sim/scenario/index.ts';
import type { Plan } from '../../sim/plan/recommendation.ts';

export interface ReportHistory {
  /** The imported file's name. */
  file: string;
  /** Rows read, and rows rejected (each reported with its line at import). */
  rows: number;
  rejected: number;
}

export interface ReportInput {
  scenario: Scenario;
  /** The run the figures come from: it must be of `scenario`. */
  merged: MergedResult;
  /** The staffing plan made for `scenario`, or null (the report then says no plan was made). */
  plan: Plan | null;
  history: ReportHistory | null;
  /** When the report was made (ISO 8601), the run's seed and replications. */
  made: { at: string; seed: number; replications: number };
}
