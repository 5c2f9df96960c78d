/**
 * The options and result shapes of a ServerPool, and the check of its capacity schedule (a file
 * of their own so that pool.ts holds the pool's mechanics).
 */
import { ParameterError, integer } from '../errors.ts';
import type { ServerPool } from './pool.ts';
import type { IntervalCounts, IntervalGrid, IntervalLevel } from './stats/intervals.ts';

/** How a customer left the pool. */
export const Outcome = { served: 0, abandoned: 1, balked: 2, blocked: 3, evicted: 4 } as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

export interface CapacityStep {
  /** From this time on... */
  time: number;
  /** ...this many servers are open. */
  count: number;
}

export interface PoolOptions {
  /** Used in error messages. */
  name?: string;
  /** Open servers: a constant, or steps (times strictly increasing; 0 open before the first). */
  capacity: number | CapacityStep[];
  /** Priority classes (0 = most urgent). Default 1. */
  classes?: number;
  /**
   * 'priority' (default): `cls` is a priority class, FIFO within a class. 'key': `cls` is an
   * integer key (for example a deadline day), smallest first, FIFO among equal keys.
   */
  order?: 'priority' | 'key';
  /** Most customers allowed to wait (not counting those in service). Default Infinity. */
  waitingRoom?: number;
  /** Balking rule, asked only when the customer would have to wait. */
  balk?: ((pool: ServerPool, customer: number, cls: number) => boolean) | null;
  /** Called when a customer starts service on `server` after waiting `wait`. */
  onStart?: ((customer: number, server: number, wait: number) => void) | null;
  /** Called when a customer leaves the pool, with how it left. */
  onLeave?: ((customer: number, outcome: Outcome) => void) | null;
  /** Keep a histogram of waits (for quantiles). Default false. */
  histogram?: boolean;
  /**
   * Keep the summary statistics (wait tallies, time-weighted queue length). Default true. A model
   * that keeps its own records and needs only the per-interval series turns them off: two tally
   * updates and a level update less per customer.
   */
  summary?: boolean;
  /** Waits above this threshold are counted (`waitsOver`), e.g. 15 minutes. Default 0. */
  waitThreshold?: number;
  /** Collect per-interval series on this grid. */
  intervals?: IntervalGrid | null;
  /** With `intervals`, also count arrivals, starts, waits and abandonments by interval. Default true. */
  intervalCounts?: boolean;
}

/** Per-interval counts; waits and arrivals are attributed to the arrival interval. */
export interface PoolIntervalCounts {
  arrivals: IntervalCounts;
  /** Customers who started service, by arrival interval. */
  started: IntervalCounts;
  waitSum: IntervalCounts;
  /** Customers who started service after waiting more than `waitThreshold`. */
  waitsOver: IntervalCounts;
  abandoned: IntervalCounts;
}

/** Per-interval series of a pool: time-average levels, and counts unless turned off. */
export interface PoolIntervals {
  queue: IntervalLevel;
  busy: IntervalLevel;
  /** Staffed servers: open plus closing ones still finishing a customer. */
  open: IntervalLevel;
  counts: PoolIntervalCounts | null;
}

export function checkCapacity(name: string, capacity: number | CapacityStep[], now: number): CapacityStep[] {
  if (typeof capacity === 'number') return [{ time: now, count: integer(`${name}.capacity`, capacity, 0) }];
  if (!Array.isArray(capacity) || capacity.length === 0) {
    throw new ParameterError(
      `${name}.capacity`,
      capacity,
      'a server count or a non-empty list of {time, count} steps',
      '服务台数量，或非空的 {time, count} 时段列表',
    );
  }
  return capacity.map((s, i) => {
    const p = `${name}.capacity[${i}]`;
    if (s === null || typeof s !== 'object')
      throw new ParameterError(p, s, 'a {time, count} step', '形如 {time, count} 的时段');
    if (!Number.isFinite(s.time)) throw new ParameterError(`${p}.time`, s.time, 'a finite time', '有限的时间');
    if (i > 0 && !(s.time > capacity[i - 1].time)) {
      throw new ParameterError(
        `${p}.time`,
        s.time,
        `a time after the previous step (${capacity[i - 1].time})`,
        `晚于前一时段（${capacity[i - 1].time}）的时间`,
      );
    }
    integer(`${p}.count`, s.count, 0);
    return { time: s.time, count: s.count };
  });
}
