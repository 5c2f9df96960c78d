/**
 * M_t/M/∞ with a stepped arrival rate: starting empty, the number in system N(t) is exactly
 * Poisson with mean m(t) = ∫₀ᵗ λ(s)·e^{−μ(t−s)} ds (Eick, Massey & Whitt, 1993), so both its mean
 * and its variance equal m(t). The servers are "infinite" (more than ever needed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  covers,
  estimate,
  PiecewiseRate,
  PoissonArrivals,
  Rng,
  ServerPool,
  Simulator,
  CustomerIds,
  distribution,
} from '../../src/sim/engine/index.ts';
import { normalQuantile } from '../support/stats.ts';
import { SUITE_SEED } from '../support/seed.ts';

const breaks = [0, 60, 120];
const rates = [2, 10, 1];
const mu = 1 / 15;

/** m(t) for the piecewise-constant rate and exponential service, integrated piece by piece. */
function offeredLoad(t: number): number {
  let m = 0;
  for (let i = 0; i < breaks.length; i++) {
    const a = breaks[i];
    const b = Math.min(i + 1 < breaks.length ? breaks[i + 1] : Infinity, t);
    if (b <= a) continue;
    m += (rates[i] / mu) * (Math.exp(-mu * (t - b)) - Math.exp(-mu * (t - a)));
  }
  return m;
}

describe('M_t/M/∞ with a stepped arrival rate', () => {
  const times = [30, 59, 75, 119, 130, 180];
  const reps = 3000;
  const counts = times.map(() => new Float64Array(reps));
  let waitingSeen = 0;
  beforeAll(() => {
    for (let rep = 0; rep < reps; rep++) {
      const sim = new Simulator();
      const arrivals = new PoissonArrivals(
        new PiecewiseRate(breaks, rates),
        Rng.stream(SUITE_SEED, rep, 'mt-arrivals'),
      );
      const srng = Rng.stream(SUITE_SEED, rep, 'mt-service');
      const service = distribution({ kind: 'exponential', mean: 1 / mu });
      const ids = new CustomerIds();
      const pool = new ServerPool(sim, { capacity: 100000, onLeave: (c) => ids.release(c) });
      const k = sim.register(() => {
        pool.arrive(ids.alloc(), 0, service.sample(srng), Infinity);
        sim.schedule(arrivals.next(sim.now), k);
      });
      sim.schedule(arrivals.next(0), k);
      times.forEach((t, i) =>
        sim.at(t, () => {
          counts[i][rep] = pool.busy + pool.waiting;
          waitingSeen += pool.waiting;
        }),
      );
      sim.run(times[times.length - 1]);
    }
  });

  it('mean number in system at chosen times equals m(t) (99% intervals)', () => {
    times.forEach((t, i) => {
      const e = estimate(counts[i], 0.99);
      const m = offeredLoad(t);
      expect(
        covers(e, m),
        `t=${t}: m(t)=${m.toFixed(4)}, simulated ${e.mean.toFixed(4)} ± ${e.halfWidth.toFixed(4)}`,
      ).toBe(true);
    });
  });

  it('variance equals the mean, as for a Poisson count (99% normal-approximation band)', () => {
    times.forEach((t, i) => {
      const m = offeredLoad(t);
      const s2 = estimate(counts[i]).sd ** 2;
      // Var(s²) ≈ (μ4 − σ⁴(n−3)/(n−1))/n with μ4 = m(1 + 3m) for a Poisson(m) count.
      const se = Math.sqrt((m * (1 + 3 * m) - (m * m * (reps - 3)) / (reps - 1)) / reps);
      expect(Math.abs(s2 - m), `t=${t}: variance ${s2.toFixed(3)} vs mean ${m.toFixed(3)}`).toBeLessThan(
        normalQuantile(0.995) * se,
      );
    });
  });

  it('nobody waits when servers are unlimited', () => {
    expect(waitingSeen).toBe(0);
  });
});
