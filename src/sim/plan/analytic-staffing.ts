/**
 * Analytic staffing per interval: the stationary formulas (Erlang C without abandonment, Erlang A
 * with exponential patience) applied interval by interval to a load, and the reverse (windows →
 * service level). Three ways to choose the load of an interval:
 *
 * - SIPP (stationary independent period by period): the interval's own arrival rate;
 * - lagged SIPP: the rate seen through the mean residual handling time, λ(t − E[S](1 + c²)/2);
 * - modified offered load (MOL): the infinite-server offered load m(t) averaged over the interval,
 *   computed for the actual handling-time distribution (offered-load.ts), in place of λ/μ.
 *
 * Service levels. "Within T" is measured over every taxpayer who joins a window line: those
 * served within T, over all who joined (giving up counts as a failure). It is the definition of
 * the hall model's `wait.*.withinTarget`, and Erlang A's `ofAll`. Without abandonment (Erlang C)
 * every arrival is eventually served and the two definitions agree: 1 − C·e^{−(cμ−λ)T}.
 *
 * Overload is reported, never hidden: an interval whose load reaches the windows on offer
 * without abandonment is `unstable` (no steady state: its wait is Infinity and its service level
 * 0), and the required count is always one that is stable.
 */
import { ParameterError, nonNegative, positive } from '../errors.ts';
import { answeredWithin, erlangA } from '../analytic/erlang-a.ts';
import { mmc } from '../analytic/erlang.ts';

/** What an interval's staffing must achieve. */
export interface StaffingTarget {
  /** Share of those joining the line served within `waitMinutes` (0 < share < 1). */
  share: number;
  waitMinutes: number;
  /** Optional cap on the mean wait (minutes), over those served. */
  meanWaitMinutes?: number;
  /** Optional cap on the share who give up waiting. */
  abandonShare?: number;
  /** Highest occupancy (busy / open) allowed, e.g. 0.85; default 1 (no cap). */
  occupancyCap?: number;
}

export interface QueueModel {
  /** Mean handling time, minutes. */
  meanService: number;
  /** Mean patience, minutes (exponential); null: nobody gives up (Erlang C). */
  meanPatience: number | null;
}

/** The service a number of windows gives an interval's load. */
export interface IntervalLevel {
  windows: number;
  /** Offered load in windows (Erlangs). */
  load: number;
  /** False when the load reaches the windows and nobody gives up: no steady state. */
  stable: boolean;
  /** Share of those joining served within T. */
  withinTarget: number;
  /** P(a taxpayer must wait at all). */
  pWait: number;
  /** Mean wait of those served, minutes (Infinity when unstable). */
  meanWait: number;
  /** Share who give up (0 without abandonment). */
  abandon: number;
  /** Busy / open windows. */
  occupancy: number;
}

/** The service level of `windows` windows facing `load` Erlangs (an interval in steady state). */
export function levelFor(
  load: number,
  windows: number,
  model: QueueModel,
  target: Pick<StaffingTarget, 'waitMinutes'>,
): IntervalLevel {
  nonNegative('load', load);
  positive('meanService', model.meanService);
  if (!Number.isInteger(windows) || windows < 0)
    throw new ParameterError('windows', windows, 'a whole number >= 0', '不小于 0 的整数');
  const mu = 1 / model.meanService;
  const lambda = load * mu;
  const T = target.waitMinutes;
  if (load === 0)
    return { windows, load, stable: true, withinTarget: 1, pWait: 0, meanWait: 0, abandon: 0, occupancy: 0 };
  if (windows === 0) {
    // Nobody is served: everyone waits until they give up (or for ever).
    return {
      windows,
      load,
      stable: model.meanPatience !== null,
      withinTarget: 0,
      pWait: 1,
      meanWait: Infinity,
      abandon: model.meanPatience !== null ? 1 : 0,
      occupancy: 0,
    };
  }
  if (model.meanPatience === null) {
    const q = mmc(lambda, mu, windows);
    if (!q.stable)
      return { windows, load, stable: false, withinTarget: 0, pWait: 1, meanWait: Infinity, abandon: 0, occupancy: 1 };
    return {
      windows,
      load,
      stable: true,
      withinTarget: 1 - q.waitExceeds(T),
      pWait: q.pWait,
      meanWait: q.meanWait,
      abandon: 0,
      occupancy: q.utilisation,
    };
  }
  const theta = 1 / model.meanPatience;
  const a = erlangA(lambda, mu, windows, theta);
  return {
    windows,
    load,
    stable: true,
    withinTarget: answeredWithin(lambda, mu, windows, theta, T).ofAll,
    pWait: a.pWait,
    meanWait: a.meanWaitServed,
    abandon: a.pAbandon,
    occupancy: a.utilisation,
  };
}

/** Whether a level meets every part of the target. */
export function meets(level: IntervalLevel, target: StaffingTarget): boolean {
  if (!level.stable) return false;
  if (level.withinTarget < target.share) return false;
  if (target.meanWaitMinutes !== undefined && level.meanWait > target.meanWaitMinutes) return false;
  if (target.abandonShare !== undefined && level.abandon > target.abandonShare) return false;
  if (level.load > 0 && level.load / level.windows > (target.occupancyCap ?? 1)) return false;
  return true;
}

/** Windows beyond which the search gives up (a load this large is a data error). */
const MAX_WINDOWS = 100_000;

/**
 * The fewest windows whose steady state meets the target, and the level they give. Starts from
 * the load (never fewer than the occupancy cap allows) and walks up: every measure improves with
 * each window added.
 */
export function requiredWindows(load: number, model: QueueModel, target: StaffingTarget): IntervalLevel {
  checkTarget(target);
  if (load === 0) return levelFor(0, 0, model, target);
  const cap = target.occupancyCap ?? 1;
  let c = Math.max(1, Math.ceil(load / cap - 1e-9));
  for (; c <= MAX_WINDOWS; c++) {
    const level = levelFor(load, c, model, target);
    if (meets(level, target)) return level;
  }
  throw new ParameterError(
    'load',
    load,
    `a load that ${MAX_WINDOWS} windows can serve`,
    `${MAX_WINDOWS} 个窗口可承担的负荷`,
  );
}

export function checkTarget(t: StaffingTarget): void {
  if (!(t.share > 0 && t.share < 1))
    throw new ParameterError(
      'target.share',
      t.share,
      'a share between 0 and 1 (exclusive)',
      '0 到 1 之间（不含端点）的比例',
    );
  nonNegative('target.waitMinutes', t.waitMinutes);
  if (t.meanWaitMinutes !== undefined) nonNegative('target.meanWaitMinutes', t.meanWaitMinutes);
  if (t.abandonShare !== undefined && !(t.abandonShare >= 0 && t.abandonShare <= 1)) {
    throw new ParameterError('target.abandonShare', t.abandonShare, 'a share from 0 to 1', '0 到 1 之间的比例');
  }
  if (t.occupancyCap !== undefined && !(t.occupancyCap > 0 && t.occupancyCap <= 1)) {
    throw new ParameterError(
      'target.occupancyCap',
      t.occupancyCap,
      'a share above 0 and at most 1',
      '大于 0 且不超过 1 的比例',
    );
  }
}

/**
 * Windows to roster when a share of rostered staff is absent (leave, training, breaks beyond
 * the schedule): ⌈required / (1 − shrinkage)⌉.
 */
export function withShrinkage(required: number, shrinkage: number): number {
  if (!(shrinkage >= 0 && shrinkage < 1))
    throw new ParameterError(
      'shrinkage',
      shrinkage,
      'a share from 0 up to (not including) 1',
      '0（含）到 1（不含）之间的比例',
    );
  return Math.max(0, Math.ceil(required / (1 - shrinkage) - 1e-9));
}
