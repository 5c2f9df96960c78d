/**
 * The figures above the ledgers, counted from the ledger of the one replication shown (so they
 * match its rows), and the matching averages over all replications from the merged result.
 */
import type { Stage } from '../../../sim/hall/cases.ts';
import { STAGES } from '../../../sim/hall/cases.ts';
import type { MergedResult, MetricEstimate } from '../../../sim/results/merge.ts';
import type { OvertimeLedgerRow } from '../../../sim/hall/results.ts';
import type { LedgerCase } from './case-rows.ts';
import { totalMinutes } from './overtime.ts';

export interface LedgerSummary {
  accepted: number;
  answered: number;
  onTime: number;
  /** onTime / answered (as the `cases.onTimeShare` metric); null when none was answered. */
  onTimeShare: number | null;
  overdueByStage: Record<Stage, number>;
  overdue: number;
  /** Not answered by the end of the run. */
  open: number;
  overtimeMinutes: number;
  /** Windows with any overtime. */
  overtimeWindows: number;
}

export function ledgerSummary(cases: readonly LedgerCase[], overtime: readonly OvertimeLedgerRow[]): LedgerSummary {
  const overdueByStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  let answered = 0;
  let onTime = 0;
  let overdue = 0;
  for (const c of cases) {
    if (c.answered !== null) answered++;
    if (c.status === 'onTime') onTime++;
    if (c.overdueStage !== null) overdueByStage[c.overdueStage]++;
    if (c.status === 'overdue') overdue++;
  }
  return {
    accepted: cases.length,
    answered,
    onTime,
    onTimeShare: answered > 0 ? onTime / answered : null,
    overdueByStage,
    overdue,
    open: cases.length - answered,
    overtimeMinutes: totalMinutes(overtime),
    overtimeWindows: new Set(overtime.map((r) => `${r.group}\u0000${r.window}`)).size,
  };
}

/** The averages over replications of the same figures (absent metrics are null). */
export interface LedgerAverages {
  accepted: MetricEstimate | null;
  onTimeShare: MetricEstimate | null;
  overdue: MetricEstimate | null;
  open: MetricEstimate | null;
  overtimeMinutes: MetricEstimate | null;
}

export function ledgerAverages(merged: Pick<MergedResult, 'metrics'>): LedgerAverages {
  const m = (k: string) => merged.metrics[k] ?? null;
  return {
    accepted: m('cases.accepted'),
    onTimeShare: m('cases.onTimeShare'),
    overdue: m('cases.overdue'),
    open: m('cases.openAtEnd'),
    overtimeMinutes: m('windows.overtimeMinutes'),
  };
}
