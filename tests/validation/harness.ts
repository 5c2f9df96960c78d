/**
 * A queueing model assembled from the kernel's parts, for validation against theory.
 *
 * Measures are customer averages over the taxpayers who *arrive* in [warmup, horizon): the run
 * goes on past the horizon (arrivals continue, so the system stays in its steady state) until
 * every one of them has left, so no customer is cut off by the end of the run and every
 * measure is an honest per-replication average. Replications are independent (their own
 * streams), which makes the Student-t interval across replications valid.
 */
import {
  CustomerIds,
  Outcome,
  PiecewiseRate,
  PoissonArrivals,
  Rng,
  ServerPool,
  Simulator,
  distribution,
  type CapacityStep,
  type DistributionSpec,
} from '../../src/sim/engine/index.ts';

export interface QueueModel {
  /** Arrivals per minute (constant) or a piecewise-constant rate. */
  arrivalRate: number | PiecewiseRate;
  /** Priority classes (0 first) with their share of arrivals and service time. */
  classes: { share: number; service: DistributionSpec }[];
  servers: number | CapacityStep[];
  waitingRoom?: number;
  patience?: DistributionSpec;
  warmup: number;
  horizon: number;
  /** Stop generating arrivals at this time (default: never). */
  arrivalsUntil?: number;
}

export interface RepResult {
  arrivals: number;
  served: number;
  abandoned: number;
  blocked: number;
  balked: number;
  /** Mean wait of tagged customers who were served. */
  meanWaitServed: number;
  /** Mean time in queue over all tagged arrivals (abandoners until they leave; blocked 0). */
  meanWaitAll: number;
  /** Share of tagged arrivals who had to wait (among those not blocked or balked). */
  pWait: number;
  pAbandon: number;
  pBlock: number;
  meanWaitByClass: number[];
  /** Time-average busy servers / open servers over [warmup, horizon]. */
  utilisation: number;
  /** Conservation errors seen (must be 0): pool identity and tagged outcomes. */
  imbalance: number;
  events: number;
  /** Arrival times (only when `recordArrivals`). */
  arrivalTimes?: number[];
}

export function replicate(model: QueueModel, seed: number, rep: number, recordArrivals = false): RepResult {
  const sim = new Simulator();
  const rate = typeof model.arrivalRate === 'number' ? PiecewiseRate.constant(model.arrivalRate) : model.arrivalRate;
  const arrivals = new PoissonArrivals(rate, Rng.stream(seed, rep, 'arrivals'));
  const classRng = Rng.stream(seed, rep, 'class');
  const serviceRng = Rng.stream(seed, rep, 'service');
  const patienceRng = Rng.stream(seed, rep, 'patience');
  const services = model.classes.map((c, i) => distribution(c.service, `classes[${i}].service`));
  const cumulative: number[] = [];
  model.classes.reduce((acc, c) => (cumulative.push(acc + c.share), acc + c.share), 0);
  const patience = model.patience ? distribution(model.patience, 'patience') : null;
  const until = model.arrivalsUntil ?? Infinity;

  const ids = new CustomerIds();
  let arrivedAt = new Float64Array(256);
  let tagged = new Uint8Array(256);
  let clsOf = new Int32Array(256);
  let taggedPresent = 0;
  const r = { arrivals: 0, served: 0, abandoned: 0, blocked: 0, balked: 0, waited: 0, waitServed: 0, waitAll: 0 };
  const byClassSum = model.classes.map(() => 0);
  const byClassN = model.classes.map(() => 0);
  const times: number[] = [];

  const pool = new ServerPool(sim, {
    capacity: model.servers,
    classes: model.classes.length,
    waitingRoom: model.waitingRoom ?? Infinity,
    onStart: (c, _server, wait) => {
      if (!tagged[c]) return;
      r.waitServed += wait;
      r.waitAll += wait;
      if (wait > 0) r.waited++;
      byClassSum[clsOf[c]] += wait;
      byClassN[clsOf[c]]++;
    },
    onLeave: (c, outcome) => {
      if (tagged[c]) {
        taggedPresent--;
        if (outcome === Outcome.served) r.served++;
        else if (outcome === Outcome.abandoned) {
          r.abandoned++;
          r.waitAll += sim.now - arrivedAt[c];
          r.waited++;
        } else if (outcome === Outcome.blocked) r.blocked++;
        else r.balked++;
      }
      ids.release(c);
    },
  });

  const arrive = sim.register(() => {
    const c = ids.alloc();
    if (c >= arrivedAt.length) {
      const n = arrivedAt.length * 2;
      arrivedAt = grow(arrivedAt, new Float64Array(n));
      tagged = grow(tagged, new Uint8Array(n));
      clsOf = grow(clsOf, new Int32Array(n));
    }
    const u = classRng.next();
    let k = 0;
    while (k < cumulative.length - 1 && u >= cumulative[k]) k++;
    const isTagged = sim.now >= model.warmup && sim.now < model.horizon;
    arrivedAt[c] = sim.now;
    tagged[c] = isTagged ? 1 : 0;
    clsOf[c] = k;
    if (isTagged) {
      r.arrivals++;
      taggedPresent++;
      if (recordArrivals) times.push(sim.now);
    }
    // Draw every attribute whatever happens to the customer, so streams stay aligned.
    const s = services[k].sample(serviceRng);
    const p = patience ? patience.sample(patienceRng) : Infinity;
    pool.arrive(c, k, s, p);
    const next = arrivals.next(sim.now);
    if (next < until) sim.schedule(next, arrive);
  });
  const first = arrivals.next(0);
  if (first < until) sim.schedule(first, arrive);

  sim.run(model.warmup);
  pool.resetStats();
  sim.run(model.horizon);
  const busy = pool.busyIntegral();
  const open = pool.openServers.integral(sim.now);
  // Let the tagged customers finish; arrivals go on so that they see the same system.
  const step = Math.max(1, (model.horizon - model.warmup) / 100);
  while (taggedPresent > 0 && sim.calendar.size > 0) sim.run(sim.now + step);

  const poolBalance =
    pool.presentAtReset +
    pool.arrived -
    (pool.completed + pool.abandoned + pool.balked + pool.blocked + pool.waiting + pool.busy);
  const taggedBalance = r.arrivals - (r.served + r.abandoned + r.blocked + r.balked) - taggedPresent;
  const admitted = r.arrivals - r.blocked - r.balked;
  return {
    arrivals: r.arrivals,
    served: r.served,
    abandoned: r.abandoned,
    blocked: r.blocked,
    balked: r.balked,
    meanWaitServed: r.served > 0 ? r.waitServed / r.served : 0,
    meanWaitAll: r.arrivals > 0 ? r.waitAll / r.arrivals : 0,
    pWait: admitted > 0 ? r.waited / admitted : 0,
    pAbandon: r.arrivals > 0 ? r.abandoned / r.arrivals : 0,
    pBlock: r.arrivals > 0 ? r.blocked / r.arrivals : 0,
    meanWaitByClass: byClassSum.map((s, i) => (byClassN[i] > 0 ? s / byClassN[i] : 0)),
    utilisation: open > 0 ? busy / open : 0,
    imbalance: Math.abs(poolBalance) + Math.abs(taggedBalance) + taggedPresent,
    events: sim.eventsFired,
    arrivalTimes: recordArrivals ? times : undefined,
  };
}

/** Replications 0..n−1 under one seed. */
export function replications(model: QueueModel, seed: number, n: number): RepResult[] {
  return Array.from({ length: n }, (_, rep) => replicate(model, seed, rep));
}

/** One measure across replications. */
export function column(results: RepResult[], pick: (r: RepResult) => number): Float64Array {
  return Float64Array.from(results, pick);
}

function grow<T extends Float64Array | Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
