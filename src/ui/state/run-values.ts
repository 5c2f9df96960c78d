/**
 * What a finished run leaves behind for the next one to be compared with: the value of every key
 * figure in every replication (from the scalars the pool keeps of each: the results themselves
 * are merged as they arrive and dropped), and what the key figures showed beside them (the
 * intervals meeting the target, the target itself).
 *
 * The whole period's share within target is kept as its two counts per replication (served
 * within the target, joined a line: the sums of the replication's `groupLoad`, accumulate.ts's
 * `load`), so that a comparison pools them exactly as attainment.ts does for the key figure.
 */
import { attainment, uniformTargets, type Attainment } from '../../sim/results/attainment.ts';
import { DEFAULTS, type Scenario } from '../../sim/scenario/index.ts';
import type { MergedResult } from '../../sim/results/merge.ts';
import type { ReplicationResult } from '../../sim/hall/results.ts';
import { scalarsOf, type ReplicationScalars } from '../../sim/results/accumulate.ts';

/**
 * The key figures compared (kpis.ts ids) and the replication metric behind each (the share within
 * target: the counts below).
 */
export const KEY_METRICS = {
  'wait-mean': 'wait.all.mean',
  'wait-p90': 'wait.all.p90',
  utilisation: 'windows.all.utilisation',
  abandoned: 'count.abandoned',
  'on-time': 'cases.onTimeShare',
} as const;

export type KeyMetricId = keyof typeof KEY_METRICS;

export interface RunValues {
  /** Replication numbers, ascending (each replication's seed follows from the run's seed and it). */
  replications: number[];
  /** Per key figure, its value in each replication (null where the replication has none, e.g. no case answered). */
  metrics: Record<KeyMetricId, (number | null)[]>;
  /**
   * Per replication: taxpayers served within the target wait, and taxpayers who joined a window
   * line; null without `groupLoad`.
   */
  within: number[] | null;
  joined: number[] | null;
}

/** A full, complete run as the key figures showed it. */
export interface RunSnapshot {
  /** Which scenario family it belongs to (ScenarioStore.lineage): runs of different families are not compared. */
  lineage: number;
  /** The scenario's JSON text. */
  scenario: string;
  seed: number;
  values: RunValues;
  /** Intervals meeting the target share (attainment.ts), or null without the counts. */
  intervals: Attainment['intervals'] | null;
  target: { waitMinutes: number; share: number };
}

/** The values of `results`, or of the scalars kept of them (any order; they are sorted by replication number). */
export function runValues(results: readonly (ReplicationScalars | ReplicationResult)[]): RunValues {
  const sorted = results.map((r) => ('load' in r ? r : scalarsOf(r))).sort((a, b) => a.replication - b.replication);
  const metrics = Object.fromEntries(
    Object.entries(KEY_METRICS).map(([id, key]) => [
      id,
      sorted.map((r) => (Object.hasOwn(r.metrics, key) ? r.metrics[key] : null)),
    ]),
  ) as RunValues['metrics'];
  const loads = sorted.every((r) => r.load !== null);
  return {
    replications: sorted.map((r) => r.replication),
    metrics,
    within: loads ? sorted.map((r) => r.load!.within) : null,
    joined: loads ? sorted.map((r) => r.load!.joined) : null,
  };
}

/** The snapshot of a full run: its values (`runValues`, taken before merging) and its merged result. */
export function snapshotOf(
  run: { lineage: number; scenario: Scenario; text: string; seed: number },
  values: RunValues,
  merged: MergedResult,
): RunSnapshot {
  // The target as the key figures use it (resolve.ts: the scenario's, else the default).
  const t = run.scenario.target ?? DEFAULTS.target;
  const target = { waitMinutes: t.waitMinutes, share: t.share };
  return {
    lineage: run.lineage,
    scenario: run.text,
    seed: run.seed,
    values,
    intervals: merged.groupLoad ? attainment(merged.groupLoad, uniformTargets(target.share)).intervals : null,
    target,
  };
}
