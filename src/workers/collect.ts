/**
 * What a run keeps of its replications as they finish, in the pool and in the command line's own
 * thread alike: each replication's scalars (its metrics: what early stopping, `--json`'s
 * perReplication and paired comparisons read) and, per scenario, the merged result so far
 * (ResultAccumulator: the series folded as they arrive, then dropped), so that memory does not
 * grow with the replications. With a stop rule, the first k that meets it (early-stop.ts), and
 * nothing at or past k is folded: results wait until the rule has been checked up to them.
 */
import type { ReplicationResult } from '../sim/hall/results.ts';
import { ResultAccumulator, scalarsOf, type ReplicationScalars } from '../sim/results/accumulate.ts';
import type { MergedResult } from '../sim/results/merge.ts';
import { firstStop, type StopRule, type StopState } from './early-stop.ts';

export interface Collected {
  /** Per scenario, the scalars of the replications that count, sorted by replication. */
  scalars: ReplicationScalars[][];
  /** Per scenario, their merged result (null when none finished, or when not merging). */
  merged: (MergedResult | null)[];
  /** Replications per scenario (for a stop, the k that met the rule; else the fewest finished). */
  replications: number;
}

export class RunCollector {
  private readonly scalars: (ReplicationScalars | undefined)[][];
  private readonly merging: ResultAccumulator[] | null;
  private readonly state: StopState = { checked: 0 };
  /** The k the stop rule was met at, or −1. */
  stoppedAt = -1;

  constructor(
    scenarios: number,
    private readonly replications: number,
    private readonly stop: StopRule | undefined,
    merge: boolean,
  ) {
    this.scalars = Array.from({ length: scenarios }, () => []);
    this.merging = merge ? this.scalars.map(() => new ResultAccumulator()) : null;
    if (stop) this.merging?.forEach((a) => a.foldBelow(this.safe(stop)));
  }

  /**
   * A finished replication of scenario `s` (kept only until folded). `checkStop`: whether the stop
   * rule still applies (not once the run is cancelled).
   */
  add(s: number, result: ReplicationResult, checkStop = true): void {
    this.scalars[s][result.replication] = scalarsOf(result);
    const stop = this.stop;
    if (stop && this.stoppedAt < 0 && checkStop) {
      const k = firstStop(this.scalars, stop, this.state);
      if (k >= 0 && k < this.replications) {
        this.stoppedAt = k;
        this.merging?.forEach((a) => a.limit(k));
      } else this.merging?.forEach((a) => a.foldBelow(this.safe(stop)));
    }
    if (this.merging && (this.stoppedAt < 0 || result.replication < this.stoppedAt)) this.merging[s].add(result);
  }

  /** Replications below this are in whatever k the rule may still stop at. */
  private safe(stop: StopRule): number {
    return Math.max(stop.minReplications ?? 10, this.state.checked + 1);
  }

  /** What the run ends with (once: it finishes the merging). */
  collect(): Collected {
    const k = this.stoppedAt;
    const scalars = this.scalars.map((rs) =>
      (k >= 0 ? rs.slice(0, k) : rs).filter((x): x is ReplicationScalars => x !== undefined),
    );
    return {
      scalars,
      merged: this.scalars.map((_, s) => {
        const a = this.merging?.[s];
        return a && a.size > 0 ? a.finish() : null;
      }),
      replications: k >= 0 ? k : Math.min(...scalars.map((r) => r.length)),
    };
  }
}
