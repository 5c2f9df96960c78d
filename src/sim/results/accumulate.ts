/**
 * Merging as results arrive (issue 15): replications are added in whatever order they finish,
 * folded into running sums (ResultFold, merge.ts) in replication order, and dropped; only their
 * scalars are kept (ReplicationScalars: the metrics, a few hundred numbers, which early stopping,
 * `--json`'s perReplication and paired comparisons need). Peak memory is then the sums (about
 * three replications' series) plus the results waiting for a predecessor, however many
 * replications run.
 *
 * Why replication order and a reorder buffer, not folding each as it comes: floating-point sums
 * depend on their order, and the merged result must not depend on the number of workers or on
 * which finished first. A result that arrives before a lower replication waits for it; a pool
 * hands replications out in order, so few wait (about two per worker). The result is exactly
 * `mergeResults` of the same replications (merge-stream.test.ts).
 */
import { ParameterError } from '../errors.ts';
import type { ReplicationResult } from '../hall/results.ts';
import { ResultFold, type MergedResult } from './merge.ts';

/** What is kept of a replication once folded. */
export interface ReplicationScalars {
  replication: number;
  seed: number;
  metrics: Record<string, number>;
  /**
   * Taxpayers served within the target wait and taxpayers who joined a window line, over the
   * whole period (the sums of the replication's group load, in cell order); null without one.
   */
  load: { within: number; joined: number } | null;
}

const total = (a: Float64Array): number => {
  // In index order from 0, as merge-group-load.ts sums a replication's cells into `hallAll`.
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
};

export function scalarsOf(r: ReplicationResult): ReplicationScalars {
  return {
    replication: r.replication,
    seed: r.seed,
    metrics: r.metrics,
    load: r.groupLoad ? { within: total(r.groupLoad.within), joined: total(r.groupLoad.joined) } : null,
  };
}

export class ResultAccumulator {
  private readonly level: number;
  /** The replication folded next (a pool's start at 0; any others wait until `finish`). */
  private next = 0;
  /** Replications from here on are left out (an early stop). */
  private end = Infinity;
  /** Replications from here on wait, for now (until an early-stop rule has been checked there). */
  private gate = Infinity;
  private readonly waiting = new Map<number, ReplicationResult>();
  private fold: ResultFold | null = null;
  private seed: number | null = null;
  private finished = false;

  constructor(level = 0.95) {
    this.level = level;
  }

  /** Replications added (folded or waiting). */
  get size(): number {
    return (this.fold?.replications ?? 0) + this.waiting.size;
  }

  /** Results added and not yet folded (each waits for a lower replication). */
  get waitingCount(): number {
    return this.waiting.size;
  }

  /** Adds a replication's result, in any order: kept until it is folded, then dropped. */
  add(r: ReplicationResult): void {
    if (this.finished) throw new Error('ResultAccumulator: add after finish');
    if (r.replication < this.next || this.waiting.has(r.replication))
      throw new ParameterError('results', r.replication, 'each replication once', '每次重复运行只出现一次');
    if (r.replication >= this.end)
      throw new ParameterError(
        'results',
        r.replication,
        `a replication below ${this.end}, where the run stopped`,
        `低于 ${this.end} 的重复运行（运行已在此停止）`,
      );
    this.seed ??= r.seed;
    if (r.seed !== this.seed)
      throw new ParameterError(
        'results',
        r.seed,
        `results of one seed (${this.seed})`,
        `同一随机种子（${this.seed}）的结果`,
      );
    this.waiting.set(r.replication, r);
    this.drain();
  }

  /**
   * Folds only replications below `k` for now; the rest wait until a later call raises it. A
   * pool with an early-stop rule calls this as the rule is checked, so that nothing past the k
   * it stops at has been folded.
   */
  foldBelow(k: number): void {
    this.gate = k;
    this.drain();
  }

  /**
   * Leaves out replication `k` and every later one (the stop rule was met with k replications):
   * those waiting are dropped, later ones refused. Nothing past k may have been folded already
   * (see foldBelow).
   */
  limit(k: number): void {
    if (this.next > k) throw new Error(`ResultAccumulator: replications up to ${this.next - 1} are folded, past ${k}`);
    this.end = Math.min(this.end, k);
    for (const r of [...this.waiting.keys()]) if (r >= k) this.waiting.delete(r);
  }

  /**
   * The merged result of every replication added (those waiting for a lower one that never came,
   * after a cancel, are folded in order after the others). Ends the accumulator.
   */
  finish(): MergedResult {
    if (this.finished) throw new Error('ResultAccumulator: finished twice');
    this.finished = true;
    for (const r of [...this.waiting.keys()].sort((a, b) => a - b)) this.put(this.waiting.get(r)!);
    this.waiting.clear();
    if (!this.fold) throw new ParameterError('results', 0, 'at least one replication', '至少一次重复运行');
    return this.fold.finish(this.level);
  }

  private drain(): void {
    for (
      let w = this.waiting.get(this.next);
      w !== undefined && this.next < this.gate;
      w = this.waiting.get(this.next)
    ) {
      this.waiting.delete(this.next);
      this.put(w);
      this.next++;
    }
  }

  private put(r: ReplicationResult): void {
    this.fold ??= new ResultFold(r);
    this.fold.add(r);
  }
}
