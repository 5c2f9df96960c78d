import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import { BatchArrivals, PiecewiseRate, PoissonArrivals, batchSize, type BatchSpec } from './arrivals.ts';
import { Rng } from './rng.ts';
import { meanCi } from '../../../tests/support/stats.ts';

describe('PiecewiseRate', () => {
  const r = new PiecewiseRate([10, 20, 30], [2, 0, 5]);
  it('is 0 before the first breakpoint and holds the last rate after the last one', () => {
    expect(r.rateAt(9.99)).toBe(0);
    expect(r.rateAt(10)).toBe(2);
    expect(r.rateAt(25)).toBe(0);
    expect(r.rateAt(1000)).toBe(5);
  });
  it('integrates exactly across pieces', () => {
    expect(r.integral(0, 40)).toBe(2 * 10 + 0 + 5 * 10);
    expect(r.integral(15, 32)).toBe(2 * 5 + 5 * 2);
    expect(r.integral(5, 5)).toBe(0);
  });
  it('rejects unordered breakpoints, negative or NaN rates and length mismatches', () => {
    expect(() => new PiecewiseRate([0, 10, 10], [1, 1, 1])).toThrow(/rate\.times\[2\]/);
    expect(() => new PiecewiseRate([0, 10], [1, -1])).toThrow(/rate\.rates\[1\]: got -1/);
    expect(() => new PiecewiseRate([0], [NaN])).toThrow(/rate\.rates\[0\]: got NaN/);
    expect(() => new PiecewiseRate([0], [Infinity])).toThrow(ParameterError);
    expect(() => new PiecewiseRate([0, 1], [1])).toThrow(/rate\.times/);
    expect(() => new PiecewiseRate([], [])).toThrow(ParameterError);
    expect(() => new PiecewiseRate([NaN], [1])).toThrow(/rate\.times\[0\]/);
  });
});

describe('non-homogeneous Poisson arrivals', () => {
  // 3/min on [0, 10), nothing on [10, 20) (lunch), 0.5/min on [20, 60), then closed.
  const rate = new PiecewiseRate([0, 10, 20, 60], [3, 0, 0.5, 0]);
  // 20,000 replications: with 4,000 the first piece's mean sat at z = 2.6 (a 1% event; 200 other
  // seeds gave z-scores with mean 0.02 and variance 0.99, so the generator is unbiased).
  const reps = 20000;
  const counts = {
    a: new Float64Array(reps),
    lunch: new Float64Array(reps),
    c: new Float64Array(reps),
    around: new Float64Array(reps),
  };
  let after = 0;
  for (let r = 0; r < reps; r++) {
    const gen = new PoissonArrivals(rate, Rng.stream(5, r, 'arrivals'));
    let t = gen.next(0);
    while (t < Infinity) {
      if (t < 10) counts.a[r]++;
      else if (t < 20) counts.lunch[r]++;
      else if (t < 60) counts.c[r]++;
      else after++;
      if (t >= 8 && t < 22) counts.around[r]++;
      t = gen.next(t);
    }
  }

  it('gives Poisson counts with mean Λ in each piece (mean and variance inside 99% intervals)', () => {
    for (const [xs, lam] of [
      [counts.a, 30],
      [counts.c, 20],
      [counts.around, 3 * 2 + 0.5 * 2], // a window across two rate changes
    ] as const) {
      const m = meanCi(xs, 0.99);
      expect(m.lower).toBeLessThanOrEqual(lam);
      expect(m.upper).toBeGreaterThanOrEqual(lam);
      // Poisson: variance equals the mean. Var(s²) ≈ (μ4 − σ⁴(n−3)/(n−1))/n with μ4 = λ(1 + 3λ).
      const v = meanCi(xs, 0.99).sd ** 2;
      const se = Math.sqrt((lam * (1 + 3 * lam) - (lam * lam * (reps - 3)) / (reps - 1)) / reps);
      expect(Math.abs(v - lam)).toBeLessThan(2.576 * se);
    }
  });

  it('never arrives when the rate is zero, and ends when the last rate is zero', () => {
    expect(counts.lunch.every((x) => x === 0)).toBe(true);
    expect(after).toBe(0);
  });

  it('is the same sequence for the same stream and a different one for another replication', () => {
    const seq = (rep: number) => {
      const g = new PoissonArrivals(rate, Rng.stream(5, rep, 'arrivals'));
      const out: number[] = [];
      for (let t = g.next(0); t < Infinity; t = g.next(t)) out.push(t);
      return out;
    };
    expect(seq(1)).toEqual(seq(1));
    expect(seq(2)).not.toEqual(seq(1));
  });

  it('starts at the first breakpoint when asked before it', () => {
    const g = new PoissonArrivals(new PiecewiseRate([100], [1]), Rng.stream(1, 0, 'x'));
    expect(g.next(0)).toBeGreaterThanOrEqual(100);
  });

  it('takes a constant rate by its shortcut exactly as by the walk, and draws nothing for rate 0', () => {
    // From before the start the walk runs; from the start on, the shortcut. Same draw, same time.
    const walked = new PoissonArrivals(new PiecewiseRate([10], [2]), Rng.stream(1, 0, 'x')).next(3);
    const direct = new PoissonArrivals(new PiecewiseRate([10], [2]), Rng.stream(1, 0, 'x')).next(10);
    expect(walked).toBe(direct);
    expect(direct).toBe(10 - Math.log(Rng.stream(1, 0, 'x').nextOpen()) / 2);
    const rng = Rng.stream(1, 0, 'y');
    const none = new PoissonArrivals(PiecewiseRate.constant(0), rng);
    expect([none.next(0), none.next(5)]).toEqual([Infinity, Infinity]);
    expect(rng.next()).toBe(Rng.stream(1, 0, 'y').next()); // the stream is untouched
  });
});

describe('batch arrivals', () => {
  it('fixed, geometric and discrete sizes have the stated means', () => {
    const rng = Rng.stream(9, 0, 'batch');
    const n = 100000;
    const cases: [BatchSpec, number][] = [
      [{ kind: 'fixed', size: 3 }, 3],
      [{ kind: 'geometric', mean: 2.5 }, 2.5],
      [{ kind: 'discrete', values: [1, 2, 4], weights: [2, 1, 1] }, 2],
    ];
    for (const [spec, mean] of cases) {
      const b = batchSize(spec);
      expect(b.mean).toBeCloseTo(mean, 12);
      const xs = Float64Array.from({ length: n }, () => b.sample(rng));
      expect(xs.every((x) => Number.isInteger(x) && x >= 1)).toBe(true);
      if (spec.kind === 'fixed') continue;
      const m = meanCi(xs, 0.99);
      expect(m.lower).toBeLessThanOrEqual(mean);
      expect(m.upper).toBeGreaterThanOrEqual(mean);
    }
  });

  it('groups arrive at Poisson epochs', () => {
    const gen = new BatchArrivals(
      PiecewiseRate.constant(2),
      batchSize({ kind: 'fixed', size: 2 }),
      Rng.stream(1, 0, 'e'),
      Rng.stream(1, 0, 's'),
    );
    let t = 0;
    let people = 0;
    let groups = 0;
    while ((t = gen.next(t)) < 1000) {
      groups++;
      people += gen.size();
    }
    expect(people).toBe(2 * groups);
  });

  it('rejects bad batch specs', () => {
    expect(() => batchSize({ kind: 'fixed', size: 0 })).toThrow(/batch\.size/);
    expect(() => batchSize({ kind: 'geometric', mean: 0.5 })).toThrow(/batch\.mean/);
    expect(() => batchSize({ kind: 'discrete', values: [1, 2], weights: [1] })).toThrow(/batch\.weights/);
    expect(() => batchSize({ kind: 'discrete', values: [0], weights: [1] })).toThrow(/batch\.values\[0\]/);
    expect(() => batchSize({ kind: 'discrete', values: [1], weights: [0] })).toThrow(ParameterError);
  });
});
