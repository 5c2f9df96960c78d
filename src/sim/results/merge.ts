/**
 * Merging replications: every metric becomes a mean with a Student-t confidence interval across
 * replications; series are averaged cell by cell (waits over the replications that had taxpayers
 * in that cell, with their own intervals); the ledgers are those of the lowest replication.
 *
 * Replications are folded in one at a time (ResultFold), so that a run need not keep them all:
 * the series of each are added to running sums (fold.ts) and dropped, and only its scalar
 * metrics are kept (a metric's interval is computed over those at the end, in two passes, as
 * always). The output depends only on the set of replications, never on the order they arrive
 * in: they are folded in replication order (floating-point sums are not associative), sorted
 * here or put back in order as they arrive (ResultAccumulator, accumulate.ts), so 1, 2 or 8
 * workers give bit-identical merged results.
 */
import { ParameterError } from '../errors.ts';
import type { DaySeries, ReplicationResult } from '../hall/results.ts';
import { DAY_TYPES, type DayType } from '../scenario/index.ts';
import { GroupLoadFold, type MergedGroupLoad } from './merge-group-load.ts';
import { HOTLINE_SERIES, type HotlineSeries } from '../hall/hotline-results.ts';
import { MeanFold, criticalT } from './fold.ts';

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
  return { mean, halfWidth: criticalT(level, n - 1) * Math.sqrt(ss / (n - 1) / n), n };
}

/** Every metric's estimate over the replications' metrics (given in replication order). */
export function mergeMetrics(
  metrics: readonly Record<string, number>[],
  level: number,
): Record<string, MetricEstimate> {
  // Each metric's values in the order of `metrics`, gathered in one pass over every replication's
  // entries (asking every replication for every key was most of a merge's time on short runs).
  const values = new Map<string, number[]>();
  for (const m of metrics)
    for (const k in m) {
      const vals = values.get(k);
      if (vals) vals.push(m[k]);
      else values.set(k, [m[k]]);
    }
  const out: Record<string, MetricEstimate> = {};
  for (const k of [...values.keys()].sort()) out[k] = meanHalfWidth(values.get(k)!, level);
  return out;
}

const PROFILE_SERIES = ['tickets', 'waitMean', 'waitP90', 'queue', 'busy', 'open'] as const;
const INTERVAL_SERIES = [
  'tickets',
  'waitMean',
  'waitP90',
  'queue',
  'busy',
  'open',
  'kioskQueue',
  'kioskBusy',
  'kioskUp',
] as const;
const WAITS = new Set<string>(['waitMean', 'waitP90']);

type Folds<K extends string> = Record<K, MeanFold>;

const folds = <K extends string>(keys: readonly K[], cells: number, masked = (_k: K) => false): Folds<K> =>
  Object.fromEntries(keys.map((k) => [k, new MeanFold(cells, masked(k))])) as Folds<K>;

const finishAll = <K extends string>(f: Folds<K>, level: number): Record<K, MergedSeries> =>
  Object.fromEntries(Object.entries<MeanFold>(f).map(([k, v]) => [k, v.finish(level)])) as Record<K, MergedSeries>;

/**
 * Replications folded one at a time, in the order added (callers add them in replication order;
 * the first added is the lowest: its ledgers are kept). Nothing of a replication is kept but its
 * metrics.
 */
export class ResultFold {
  /** What the merged result takes from the first replication (not the whole of it: its series are large). */
  private readonly first: {
    seed: number;
    replication: number;
    intervals: Pick<ReplicationResult['intervals'], 'intervalMinutes' | 'intervalsPerDay' | 'days'>;
    profileDays: Record<DayType, number>;
    binMinutes: number;
    ledgers: ReplicationResult['ledgers'];
  };
  private readonly metrics: Record<string, number>[] = [];
  private readonly intervals: Folds<(typeof INTERVAL_SERIES)[number]>;
  private readonly kioskSites: { id: string; folds: Folds<'queue' | 'busy' | 'up'> }[];
  private readonly hotline: Folds<keyof HotlineSeries> | null;
  private readonly days: Folds<keyof DaySeries>;
  private readonly profiles: Record<DayType, Folds<(typeof PROFILE_SERIES)[number]>>;
  private readonly waitShares: MeanFold;
  /** Null once a replication without it was added. */
  private groupLoad: GroupLoadFold | null;
  private events = 0;

  constructor(first: ReplicationResult) {
    const iv = first.intervals;
    this.first = {
      seed: first.seed,
      replication: first.replication,
      intervals: { intervalMinutes: iv.intervalMinutes, intervalsPerDay: iv.intervalsPerDay, days: iv.days },
      profileDays: Object.fromEntries(DAY_TYPES.map((t) => [t, first.profiles[t].days])) as Record<DayType, number>,
      binMinutes: first.waitDistribution.binMinutes,
      ledgers: first.ledgers,
    };
    const cells = iv.tickets.length;
    this.intervals = folds(INTERVAL_SERIES, cells, (k) => WAITS.has(k));
    this.kioskSites = (iv.kioskSites ?? []).map((site) => ({
      id: site.id,
      folds: folds(['queue', 'busy', 'up'] as const, site.queue.length),
    }));
    this.hotline = iv.hotline ? folds(HOTLINE_SERIES, iv.hotline[HOTLINE_SERIES[0]].length) : null;
    const dayKeys = Object.keys(first.days) as (keyof DaySeries)[];
    this.days = folds(dayKeys, first.days.tickets.length, (k) => WAITS.has(k));
    this.profiles = Object.fromEntries(
      DAY_TYPES.map((type) => [type, folds(PROFILE_SERIES, first.profiles[type].tickets.length, (k) => WAITS.has(k))]),
    ) as ResultFold['profiles'];
    this.waitShares = new MeanFold(first.waitDistribution.shares.length);
    this.groupLoad = first.groupLoad ? new GroupLoadFold(first.groupLoad) : null;
  }

  get replications(): number {
    return this.metrics.length;
  }

  add(r: ReplicationResult): void {
    this.metrics.push(r.metrics);
    const iv = r.intervals;
    for (const k of INTERVAL_SERIES) this.intervals[k].add(iv[k], WAITS.has(k) ? iv.waitCount : undefined);
    this.kioskSites.forEach((site, j) => {
      const s = iv.kioskSites[j];
      site.folds.queue.add(s.queue);
      site.folds.busy.add(s.busy);
      site.folds.up.add(s.up);
    });
    if (this.hotline) for (const k of HOTLINE_SERIES) this.hotline[k].add(iv.hotline![k]);
    for (const k of Object.keys(this.days) as (keyof DaySeries)[])
      this.days[k].add(r.days[k], WAITS.has(k) ? r.days.served : undefined);
    for (const type of DAY_TYPES) {
      const p = r.profiles[type];
      for (const k of PROFILE_SERIES) this.profiles[type][k].add(p[k], WAITS.has(k) ? p.waitCount : undefined);
    }
    this.waitShares.add(r.waitDistribution.shares);
    if (this.groupLoad) {
      if (r.groupLoad) this.groupLoad.add(r.groupLoad);
      else this.groupLoad = null;
    }
    this.events += r.events;
  }

  finish(level = 0.95): MergedResult {
    const first = this.first;
    const iv = first.intervals;
    const intervals = finishAll(this.intervals, level);
    return {
      kind: 'hallflow.merged',
      version: 1,
      seed: first.seed,
      replications: this.metrics.length,
      level,
      metrics: mergeMetrics(this.metrics, level),
      intervals: {
        intervalMinutes: iv.intervalMinutes,
        intervalsPerDay: iv.intervalsPerDay,
        days: iv.days,
        ...intervals,
        kioskSites: this.kioskSites.map((site) => ({ id: site.id, ...finishAll(site.folds, level) })),
        hotline: this.hotline ? finishAll(this.hotline, level) : null,
      },
      days: finishAll(this.days, level),
      profiles: Object.fromEntries(
        DAY_TYPES.map((type) => [type, { days: first.profileDays[type], ...finishAll(this.profiles[type], level) }]),
      ) as MergedResult['profiles'],
      waitDistribution: { binMinutes: first.binMinutes, shares: this.waitShares.finish(level) },
      ledgers: first.ledgers,
      ledgerReplication: first.replication,
      ...(this.groupLoad ? { groupLoad: this.groupLoad.finish(level) } : {}),
      events: this.events,
    };
  }
}

/** Merges replications given in any order (sorted by replication number before any arithmetic). */
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
  const fold = new ResultFold(results[0]);
  for (const r of results) fold.add(r);
  return fold.finish(level);
}
