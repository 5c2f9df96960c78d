/**
 * The M/M/c queue on the kernel, checked against Erlang C: the first page's model and the
 * benchmark's workload. Poisson arrivals at `arrivalRate`, exponential service at
 * `serviceRate` per server, `servers` servers, FIFO, unlimited waiting room, no abandonment.
 *
 * One replication runs [0, horizon] minutes and discards the warm-up [0, warmup) from every
 * statistic, so that the start from an empty hall does not bias the steady-state estimates.
 */
import { mmc } from '../analytic/index.ts';
import { ParameterError, integer, nonNegative, positive } from '../errors.ts';
import {
  CustomerIds,
  PiecewiseRate,
  PoissonArrivals,
  Rng,
  ServerPool,
  Simulator,
  distribution,
  estimate,
} from '../engine/index.ts';
import type { Estimate } from '../engine/index.ts';

export type { Estimate };

export interface MMcParams {
  /** λ, arrivals per minute. */
  arrivalRate: number;
  /** μ, services per minute per server (1 / mean service time). */
  serviceRate: number;
  /** c. */
  servers: number;
  /** Length of a replication, minutes. */
  horizon: number;
  /** Initial period left out of the statistics, minutes (< horizon). */
  warmup: number;
  replications: number;
  seed: number;
}

export interface MMcReplication {
  /** Mean wait in queue of customers who started service after the warm-up. */
  meanWait: number;
  /** Share of those customers who waited at all. */
  pWait: number;
  /** Time-average busy servers / c after the warm-up. */
  utilisation: number;
  /** Customers who started service after the warm-up. */
  customers: number;
  /** Events fired in the whole replication. */
  events: number;
  /** Conservation: arrivals after warm-up + present at warm-up − (completed + still present). */
  imbalance: number;
}

export interface MMcReport {
  params: MMcParams;
  simulated: { meanWait: Estimate; pWait: Estimate; utilisation: Estimate };
  theory: { stable: boolean; meanWait: number; pWait: number; utilisation: number };
  customers: number;
  events: number;
}

/** Largest expected number of arrivals in one replication (keeps a page from freezing). */
const MAX_ARRIVALS = 2e7;

export function checkMMcParams(p: MMcParams): void {
  if (p === null || typeof p !== 'object') throw new ParameterError('params', p, 'an object', '对象');
  positive('arrivalRate', p.arrivalRate);
  positive('serviceRate', p.serviceRate);
  integer('servers', p.servers, 1);
  if (p.servers > 10000)
    throw new ParameterError('servers', p.servers, 'an integer from 1 to 10000', '1 到 10000 之间的整数');
  positive('horizon', p.horizon);
  nonNegative('warmup', p.warmup);
  if (!(p.warmup < p.horizon))
    throw new ParameterError(
      'warmup',
      p.warmup,
      `a time < horizon (${p.horizon})`,
      `小于 horizon（${p.horizon}）的时间`,
    );
  if (p.arrivalRate * p.horizon > MAX_ARRIVALS) {
    throw new ParameterError(
      'horizon',
      p.horizon,
      `at most ${MAX_ARRIVALS / p.arrivalRate} minutes at this arrival rate (${MAX_ARRIVALS} arrivals)`,
      `在此到达率下不超过 ${MAX_ARRIVALS / p.arrivalRate} 分钟（${MAX_ARRIVALS} 次到达）`,
    );
  }
  integer('replications', p.replications, 2);
  if (p.replications > 10000)
    throw new ParameterError('replications', p.replications, 'an integer from 2 to 10000', '2 到 10000 之间的整数');
  integer('seed', p.seed, 0);
  if (!Number.isSafeInteger(p.seed))
    throw new ParameterError('seed', p.seed, 'an integer in [0, 2^53)', '0 到 2^53 之间的整数');
}

/** The model, built and ready to run (the caller drives `sim.run`). */
export function createMMc(p: MMcParams, replication: number): { sim: Simulator; pool: ServerPool } {
  checkMMcParams(p);
  const sim = new Simulator();
  const arrivals = new PoissonArrivals(
    PiecewiseRate.constant(p.arrivalRate),
    Rng.stream(p.seed, replication, 'arrivals'),
  );
  const serviceRng = Rng.stream(p.seed, replication, 'service');
  const service = distribution({ kind: 'exponential', mean: 1 / p.serviceRate });
  const ids = new CustomerIds();
  const pool = new ServerPool(sim, {
    name: 'mmc',
    capacity: p.servers,
    onLeave: (c) => ids.release(c),
  });
  // The next arrival is never before now and always finite (the rate is constant and > 0), so
  // it needs none of `schedule`'s checks; leaving them out also leaves V8 room to inline the
  // random draws and the calendar into this handler (it inlines only so much into a function).
  const arrive = sim.register(() => {
    pool.arrive(ids.alloc(), 0, service.sample(serviceRng), Infinity);
    sim.scheduleTrusted(arrivals.next(sim.now), arrive, 0);
  });
  sim.schedule(arrivals.next(0), arrive);
  return { sim, pool };
}

/** One replication; deterministic in (params, replication). */
export function simulateMMc(p: MMcParams, replication: number): MMcReplication {
  const { sim, pool } = createMMc(p, replication);
  if (p.warmup > 0) {
    sim.run(p.warmup);
    pool.resetStats();
  }
  sim.run(p.horizon);
  const util = pool.meanBusy() ?? 0;
  const present = pool.waiting + pool.busy;
  return {
    meanWait: pool.waits.mean ?? 0,
    pWait: pool.started > 0 ? pool.waitedCount / pool.started : 0,
    utilisation: util / p.servers,
    customers: pool.started,
    events: sim.eventsFired,
    imbalance: pool.presentAtReset + pool.arrived - (pool.completed + present),
  };
}

/** Replications 0..n−1 and the Erlang C values they should agree with. */
export function runMMcExperiment(p: MMcParams): MMcReport {
  checkMMcParams(p);
  const wait = new Float64Array(p.replications);
  const pw = new Float64Array(p.replications);
  const util = new Float64Array(p.replications);
  let customers = 0;
  let events = 0;
  for (let r = 0; r < p.replications; r++) {
    const rep = simulateMMc(p, r);
    wait[r] = rep.meanWait;
    pw[r] = rep.pWait;
    util[r] = rep.utilisation;
    customers += rep.customers;
    events += rep.events;
  }
  const theory = mmc(p.arrivalRate, p.serviceRate, p.servers);
  return {
    params: { ...p },
    simulated: { meanWait: estimate(wait), pWait: estimate(pw), utilisation: estimate(util) },
    theory: {
      stable: theory.stable,
      meanWait: theory.meanWait,
      pWait: theory.pWait,
      utilisation: Math.min(1, theory.utilisation),
    },
    customers,
    events,
  };
}
