/**
 * Early stopping: run until the confidence interval of a chosen measure is narrow enough, or
 * the replication cap is reached.
 *
 * Deterministic whatever the number of workers: the rule is checked on replications 0..k−1 for
 * k = minReplications, minReplications + 1, ... in order, as soon as all of them have finished,
 * and the run stops at the first k that meets it. Replications beyond k that happened to finish
 * are left out.
 */
import { ParameterError, integer, positive } from '../sim/errors.ts';
import type { ReplicationResult } from '../sim/hall/results.ts';
import { tHalfWidth } from '../sim/math/student-t.ts';

export interface StopRule {
  /** A metric name, e.g. 'wait.all.mean'. */
  metric: string;
  /** Stop when the half-width of its confidence interval is at most this. */
  halfWidth: number;
  /** Confidence level. Default 0.95. */
  level?: number;
  /** Never stop before this many replications. Default 10. */
  minReplications?: number;
  /** With two scenarios: the difference (second − first) instead of the first's value. Default false. */
  difference?: boolean;
}

export function checkStopRule(rule: StopRule): void {
  if (typeof rule.metric !== 'string' || rule.metric === '')
    throw new ParameterError(
      'stop.metric',
      rule.metric,
      'a metric name such as wait.all.mean',
      '指标名称，例如 wait.all.mean',
    );
  positive('stop.halfWidth', rule.halfWidth);
  const level = rule.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new ParameterError('stop.level', level, 'a number in (0, 1)', '0 到 1 之间的数');
  integer('stop.minReplications', rule.minReplications ?? 10, 2);
}

/** State carried between checks: how far the prefix has been checked. */
export interface StopState {
  checked: number;
}

/** What the rule reads of a replication: its metrics (a result, or the scalars kept of it). */
type HasMetrics = Pick<ReplicationResult, 'metrics'>;

/**
 * The k (replications per scenario) at which to stop, or −1 to go on. `results[s][r]` is
 * replication r of scenario s, undefined while it runs.
 */
export function firstStop(results: (HasMetrics | undefined)[][], rule: StopRule, state: StopState): number {
  const min = rule.minReplications ?? 10;
  const level = rule.level ?? 0.95;
  let prefix = 0;
  while (results.every((rs) => rs[prefix] !== undefined)) prefix++;
  const values: number[] = [];
  for (let r = 0; r < prefix; r++) values.push(value(results, r, rule));
  for (let k = Math.max(min, state.checked + 1); k <= prefix; k++) {
    state.checked = k;
    const xs = values.slice(0, k);
    if (xs.some((x) => !Number.isFinite(x))) continue;
    const mean = xs.reduce((a, b) => a + b, 0) / k;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1));
    if (tHalfWidth(level, k, sd) <= rule.halfWidth) return k;
  }
  return -1;
}

function value(results: (HasMetrics | undefined)[][], r: number, rule: StopRule): number {
  const a = results[0][r]!.metrics[rule.metric];
  if (!rule.difference || results.length < 2) return a ?? NaN;
  const b = results[1][r]!.metrics[rule.metric];
  return a === undefined || b === undefined ? NaN : b - a;
}
