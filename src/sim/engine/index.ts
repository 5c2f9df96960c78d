/**
 * The discrete-event kernel: no DOM, no worker API, no clock, no Math.random.
 * Everything a model needs, from one import.
 */
export { EventCalendar } from './calendar.ts';
export { Simulator, type Handler } from './simulator.ts';
export { Rng } from './rng.ts';
export { distribution, type Distribution, type DistributionSpec } from './distributions.ts';
export {
  PiecewiseRate,
  PoissonArrivals,
  BatchArrivals,
  batchSize,
  type BatchSpec,
  type BatchSize,
} from './arrivals.ts';
export { WaitingLine } from './waiting-line.ts';
export { KeyedLine } from './keyed-line.ts';
export {
  ServerPool,
  Outcome,
  type CapacityStep,
  type PoolOptions,
  type PoolIntervals,
  type PoolIntervalCounts,
} from './pool.ts';
export { CustomerIds } from './customers.ts';
export { Tally } from './stats/tally.ts';
export { TimeWeighted } from './stats/time-weighted.ts';
export { LogHistogram } from './stats/histogram.ts';
export { IntervalGrid, IntervalCounts, IntervalLevel } from './stats/intervals.ts';
export { quantileSorted } from './stats/quantile.ts';
export { estimate, covers, ReplicationSeries, type Estimate } from './stats/replications.ts';
