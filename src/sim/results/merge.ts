/**
 * Merging replications: every metric becomes a mean with a Student-t confidence interval across
 * replications; series are averaged cell by cell (waits over the replications that had taxpayers
 * in that cell, with their own intervals); the ledgers are those of the lowest replication.
 *
 * The output depends only on the set of replications, never on the order they arrive in:
 * results are sorted by replication number before any arithmetic (floating-point sums are not
 * associative), so 1, 2 or 8 workers give bit-identical merged results.
 */
import { ParameterError } from '../errors.ts';
import { tCritical } from '../math/student-t.ts';
import type { DayProfile, DaySeries, IntervalSeries, ReplicationResult } from '../hall/results.ts';
import { DAY_TYPES, type DayType } from '../scenario/index.ts';
import { mergeGroupLoads, type MergedGroupLoad } from './merge-group-load.ts';
import { HOTLINE_SERIES, type HotlineSeries } from '../hall/hotline-results.ts';

export interface MetricEstimate {
  mean: number;
  /** Half-width of the confidence interval; null with fewer than two replications. */
  halfWidth: number | null;
  /** Replications that had this metric (a wait by type needs taxpayers of that type). */
  n: number;
}

export interface MergedSeries {
  mean: Float64Array;
  /** Confidence half-width per cell (0 where fewer than two replications had data). */
  halfWidth: Float64Array;
}

export interface MergedResult {
  kind: 'hallflow.merged';
  version: 1;
  seed: number;
  replications: number;
  level: number;
  metrics: Record<string, MetricEstimate>;
  intervals: {
    intervalMinutes: number;
    intervalsPerDay: number;
    days: number;
    tickets: MergedSeries;
    waitMean: MergedSeries;
    waitP90: MergedSeries;
    queue: MergedSeries;
    busy: MergedSeries;
    open: MergedSeries;
    kioskQueue: MergedSeries;
    kioskBusy: MergedSeries;
    kioskUp: MergedSeries;
    /** Per kiosk site, in the scenario's order. */
    kioskSites: { id: string; queue: MergedSeries; busy: MergedSeries; up: MergedSeries }[];
    /** The 12366 hotline's calls and agents per interval (null without a hotline). */
    hotline: Record<keyof HotlineSeries, MergedSeries> | null;
  };
  days: Record<keyof DaySeries, MergedSeries>;
  /** The average day of each day type, merged cell by cell. */
  profiles: Record<
    DayType,
    {
      days: number;
      tickets: MergedSeries;
      waitMean: MergedSeries;
      waitP90: MergedSeries;
      queue: MergedSeries;
      busy: MergedSeries;
      open: MergedSeries;
    }
  >;
  /** Shares of the served by wait bin (mean over replications). */
  waitDistribution: { binMinutes: number; shares: MergedSeries };
  ledgers: ReplicationResult['ledgers'];
  /** The replication the ledgers come from. */
  ledgerReplication: number;
  /** The planner's per-group load, when every replication recorded it. */
  groupLoad?: MergedGroupLoad;
  events: number;
}

/** Mean and half-width of values (in the given order, which callers fix). */
function meanHalfWidth(values: number[], level: number): MetricEstimate {
  const n = values.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  if (n < 2) return { mean, halfWidth: null, n };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return { mean, halfWidth: tCritical(level, n - 1) * Math.sqrt(ss / (n - 1) / n), n };
}

/**
 * Cell-wise mean and half-width across replications; `present(rep, i)` says whether rep has data
 * in cell i. Sums run replication by replication over whole arrays (no per-cell arrays): a few
 * hundred replications of a month merge in tens of milliseconds, in replication order.
 */
function mergeSeries(
  arrays: Float64Array[],
  level: number,
  present?: (rep: number, i: number) => boolean,
): MergedSeries {
  const cells = arrays[0].length;
  const n = new Float64Array(cells);
  const mean = new Float64Array(cells);
  const halfWidth = new Float64Array(cells);
  for (let k = 0; k < arrays.length; k++) {
    const a = arrays[k];
    for (let i = 0; i < cells; i++) {
      if (present && !present(k, i)) continue;
      n[i]++;
      mean[i] += a[i];
    }
  }
  for (let i = 0; i < cells; i++) if (n[i] > 0) mean[i] /= n[i];
  for (let k = 0; k < arrays.length; k++) {
    const a = arrays[k];
    for (let i = 0; i < cells; i++) {
      if (present && !present(k, i)) continue;
      const d = a[i] - mean[i];
      halfWidth[i] += d * d;
    }
  }
  const t = new Map<number, number>();
  for (let i = 0; i < cells; i++) {
    const m = n[i];
    if (m < 2) {
      halfWidth[i] = 0;
      continue;
    }
    let q = t.get(m);
    if (q === undefined) t.set(m, (q = tCritical(level, m - 1)));
    halfWidth[i] = q * Math.sqrt(halfWidth[i] / (m - 1) / m);
  }
  return { mean, halfWidth };
}

export function mergeResults(input: readonly ReplicationResult[], level = 0.95): MergedResult {
  if (input.length === 0) throw new ParameterError('results', 0, 'at least one replication', '至少一次重复运行');
  const results = [...input].sort((a, b) => a.replication - b.replication);
  for (let i = 1; i < results.length; i++) {
    if (results[i].replication === results[i - 1].replication) {
      throw new ParameterError('results', results[i].replication, 'each replication once', '每次重复运行只出现一次');
    }
    if (results[i].seed !== results[0].seed)
      throw new ParameterError(
        'results',
        results[i].seed,
        `results of one seed (${results[0].seed})`,
        `同一随机种子（${results[0].seed}）的结果`,
      );
  }
  const keys = new Set<string>();
  for (const r of results) for (const k of Object.keys(r.metrics)) keys.add(k);
  const metrics: Record<string, MetricEstimate> = {};
  for (const k of [...keys].sort()) {
    const vals: number[] = [];
    for (const r of results) if (Object.hasOwn(r.metrics, k)) vals.push(r.metrics[k]);
    metrics[k] = meanHalfWidth(vals, level);
  }
  const iv = results.map((r) => r.intervals);
  const series = (pick: (s: IntervalSeries) => Float64Array) => mergeSeries(iv.map(pick), level);
  const withWaits = (pick: (s: IntervalSeries) => Float64Array) =>
    mergeSeries(iv.map(pick), level, (k, i) => iv[k].waitCount[i] > 0);
  const dayKeys = Object.keys(results[0].days) as (keyof DaySeries)[];
  const days = Object.fromEntries(
    dayKeys.map((k) => [
      k,
      k === 'waitMean' || k === 'waitP90'
        ? mergeSeries(
            results.map((r) => r.days[k]),
            level,
            (rep, i) => results[rep].days.served[i] > 0,
          )
        : mergeSeries(
            results.map((r) => r.days[k]),
            level,
          ),
    ]),
  ) as Record<keyof DaySeries, MergedSeries>;
  return {
    kind: 'hallflow.merged',
    version: 1,
    seed: results[0].seed,
    replications: results.length,
    level,
    metrics,
    intervals: {
      intervalMinutes: iv[0].intervalMinutes,
      intervalsPerDay: iv[0].intervalsPerDay,
      days: iv[0].days,
      tickets: series((s) => s.tickets),
      waitMean: withWaits((s) => s.waitMean),
      waitP90: withWaits((s) => s.waitP90),
      queue: series((s) => s.queue),
      busy: series((s) => s.busy),
      open: series((s) => s.open),
      kioskQueue: series((s) => s.kioskQueue),
      kioskBusy: series((s) => s.kioskBusy),
      kioskUp: series((s) => s.kioskUp),
      kioskSites: (iv[0].kioskSites ?? []).map((site, j) => ({
        id: site.id,
        queue: series((s) => s.kioskSites[j].queue),
        busy: series((s) => s.kioskSites[j].busy),
        up: series((s) => s.kioskSites[j].up),
      })),
      hotline: iv[0].hotline
        ? (Object.fromEntries(HOTLINE_SERIES.map((k) => [k, series((s) => s.hotline![k])])) as Record<
            keyof HotlineSeries,
            MergedSeries
          >)
        : null,
    },
    days,
    profiles: Object.fromEntries(
      DAY_TYPES.map((type) => {
        const ps = results.map((r) => r.profiles[type]);
        const waits = (pick: (p: DayProfile) => Float64Array) =>
          mergeSeries(ps.map(pick), level, (k, i) => ps[k].waitCount[i] > 0);
        return [
          type,
          {
            days: ps[0].days,
            tickets: mergeSeries(
              ps.map((p) => p.tickets),
              level,
            ),
            waitMean: waits((p) => p.waitMean),
            waitP90: waits((p) => p.waitP90),
            queue: mergeSeries(
              ps.map((p) => p.queue),
              level,
            ),
            busy: mergeSeries(
              ps.map((p) => p.busy),
              level,
            ),
            open: mergeSeries(
              ps.map((p) => p.open),
              level,
            ),
          },
        ];
      }),
    ) as MergedResult['profiles'],
    waitDistribution: {
      binMinutes: results[0].waitDistribution.binMinutes,
      shares: mergeSeries(
        results.map((r) => r.waitDistribution.shares),
        level,
      ),
    },
    ledgers: results[0].ledgers,
    ledgerReplication: results[0].replication,
    ...(results.every((r) => r.groupLoad)
      ? {
          groupLoad: mergeGroupLoads(
            results.map((r) => r.groupLoad!),
            level,
          ),
        }
      : {}),
    events: results.reduce((a, r) => a + r.events, 0),
  };
}
