/**
 * Paired comparison of scenarios run with the same seeds (common random numbers): for each
 * main measure, the mean of each scenario and the mean difference against the first scenario
 * with its Student-t confidence interval over the paired replications. The pairing removes most
 * of the replication-to-replication noise both share, so small differences show.
 */
import type { ReplicationResult } from '../sim/hall/results.ts';
import { meanInterval } from './differences.ts';

/** The measures compared by default. */
export const MAIN_MEASURES = [
  'wait.all.mean',
  'wait.all.p90',
  'wait.all.withinTarget',
  'count.served.window',
  'count.abandoned',
  'count.balked',
  'windows.all.utilisation',
  'windows.overtimeMinutes',
  'windows.staffMinutes',
  'cases.onTimeShare',
  'cases.workingDays.mean',
] as const;

export interface PairedDifference {
  metric: string;
  /** Mean of each scenario (over the paired replications). */
  means: number[];
  /** Scenario s minus scenario 0, for s >= 1 (index s − 1). */
  differences: { mean: number; halfWidth: number | null; n: number }[];
}

/** What a comparison reads of a replication: its number and metrics (a result, or the scalars kept of it). */
export type Paired = Pick<ReplicationResult, 'replication' | 'metrics'>;

/**
 * Keeps, for every scenario, exactly the replications whose number finished for all of them,
 * sorted by number. After a cancel each scenario holds whichever replications had finished, so
 * position r in one list need not be replication r in another: pairs must share their seeds.
 */
export function alignReplications<R extends Paired>(results: readonly (readonly R[])[]): R[][] {
  if (results.length === 0) return [];
  const common = results
    .map((rs) => new Set(rs.map((r) => r.replication)))
    .reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
  return results.map((rs) => rs.filter((r) => common.has(r.replication)).sort((a, b) => a.replication - b.replication));
}

/**
 * `results[s]`: the replications of scenario s. Replication r of every scenario is paired with
 * replication r of the others (same seeds); replications missing from any scenario are left out.
 */
export function pairedDifferences(
  input: readonly (readonly Paired[])[],
  metrics: readonly string[] = MAIN_MEASURES,
  level = 0.95,
): PairedDifference[] {
  const out: PairedDifference[] = [];
  const results = alignReplications(input);
  const n = results.length === 0 ? 0 : results[0].length;
  for (const metric of metrics) {
    // Only replications where every scenario has the measure are paired.
    const rows: number[][] = [];
    for (let r = 0; r < n; r++) {
      const row = results.map((rs) => rs[r].metrics[metric]);
      if (row.every((x) => x !== undefined)) rows.push(row as number[]);
    }
    if (rows.length === 0) continue;
    const means = results.map((_, s) => rows.reduce((a, row) => a + row[s], 0) / rows.length);
    const differences = results.slice(1).map((_, i) =>
      meanInterval(
        rows.map((row) => row[i + 1] - row[0]),
        level,
      ),
    );
    out.push({ metric, means, differences });
  }
  return out;
}
