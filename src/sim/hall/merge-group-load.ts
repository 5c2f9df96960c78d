/**
 * Merging the planner's per-group load (group-load.ts) across replications: counts become means
 * per replication, the in-system histograms are summed, and the share served within the target
 * gets a confidence interval as a ratio estimator (Σ within / Σ joined over replications, with
 * the delta-method variance s²(w − R·j) / (n·j̄²)), at the level of a cell, of a day type per
 * group, of an interval for the whole hall and of a day type for the whole hall.
 *
 * Replications are taken in the order given (merge.ts sorts them by number), so the result does
 * not depend on the order they finished in.
 */
import { tQuantile } from '../math/student-t.ts';
import type { GroupLoad } from './group-load.ts';
import { DAY_TYPES, type DayType } from './scenario.ts';

export interface ShareEstimate {
  /** Σ within / Σ joined (1 where nobody joined). */
  mean: Float64Array;
  /** Confidence half-width (0 with fewer than two replications or nobody joined). */
  halfWidth: Float64Array;
  /** Mean joiners per replication. */
  joined: Float64Array;
}

export interface MergedGroupLoad {
  groups: string[];
  intervals: number;
  intervalMinutes: number;
  open: number;
  bins: number;
  days: Record<DayType, number>;
  replications: number;
  /** Means per replication, per cell (group, day type, interval). */
  joined: Float64Array;
  served: Float64Array;
  within: Float64Array;
  abandoned: Float64Array;
  waitSum: Float64Array;
  serviceSum: Float64Array;
  presence: Float64Array;
  /** Sums over replications, cells × bins. */
  inSystem: Float64Array;
  /** Share served within the target: per cell; per group and day type; per day type and interval (all groups); per day type (all groups); the whole period (one value). */
  share: { cell: ShareEstimate; groupDay: ShareEstimate; hallInterval: ShareEstimate; hallDay: ShareEstimate; hallAll: ShareEstimate };
}

/** Ratio estimates for `cells` aggregates; `key(c)` maps a base cell to its aggregate (or −1). */
function ratio(loads: readonly GroupLoad[], base: number, cells: number, key: (c: number) => number, level: number): ShareEstimate {
  const n = loads.length;
  const w = loads.map(() => new Float64Array(cells));
  const j = loads.map(() => new Float64Array(cells));
  loads.forEach((l, r) => {
    for (let c = 0; c < base; c++) {
      const k = key(c);
      if (k < 0) continue;
      w[r][k] += l.within[c];
      j[r][k] += l.joined[c];
    }
  });
  const mean = new Float64Array(cells);
  const halfWidth = new Float64Array(cells);
  const joined = new Float64Array(cells);
  const t = n >= 2 ? tQuantile(1 - (1 - level) / 2, n - 1) : 0;
  for (let k = 0; k < cells; k++) {
    let sw = 0;
    let sj = 0;
    for (let r = 0; r < n; r++) {
      sw += w[r][k];
      sj += j[r][k];
    }
    joined[k] = sj / n;
    if (sj === 0) {
      mean[k] = 1;
      continue;
    }
    const R = sw / sj;
    mean[k] = R;
    if (n < 2) continue;
    let ss = 0;
    for (let r = 0; r < n; r++) ss += (w[r][k] - R * j[r][k]) ** 2;
    const jbar = sj / n;
    halfWidth[k] = t * Math.sqrt(ss / (n - 1) / n) / jbar;
  }
  return { mean, halfWidth, joined };
}

export function mergeGroupLoads(loads: readonly GroupLoad[], level: number): MergedGroupLoad {
  const first = loads[0];
  const n = loads.length;
  const cells = first.joined.length;
  const T = DAY_TYPES.length;
  const I = first.intervals;
  const G = first.groups.length;
  const meanOf = (pick: (l: GroupLoad) => Float64Array) => {
    const out = new Float64Array(cells);
    for (const l of loads) {
      const a = pick(l);
      for (let c = 0; c < cells; c++) out[c] += a[c];
    }
    for (let c = 0; c < cells; c++) out[c] /= n;
    return out;
  };
  const inSystem = new Float64Array(first.inSystem.length);
  for (const l of loads) for (let i = 0; i < inSystem.length; i++) inSystem[i] += l.inSystem[i];
  return {
    groups: first.groups,
    intervals: I,
    intervalMinutes: first.intervalMinutes,
    open: first.open,
    bins: first.bins,
    days: first.days,
    replications: n,
    joined: meanOf((l) => l.joined),
    served: meanOf((l) => l.served),
    within: meanOf((l) => l.within),
    abandoned: meanOf((l) => l.abandoned),
    waitSum: meanOf((l) => l.waitSum),
    serviceSum: meanOf((l) => l.serviceSum),
    presence: meanOf((l) => l.presence),
    inSystem,
    share: {
      cell: ratio(loads, cells, cells, (c) => c, level),
      // cell = (g·T + d)·I + k
      groupDay: ratio(loads, cells, G * T, (c) => Math.floor(c / I), level),
      hallInterval: ratio(loads, cells, T * I, (c) => (Math.floor(c / I) % T) * I + (c % I), level),
      hallDay: ratio(loads, cells, T, (c) => Math.floor(c / I) % T, level),
      hallAll: ratio(loads, cells, 1, () => 0, level),
    },
  };
}
