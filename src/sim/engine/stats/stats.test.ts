import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../errors.ts';
import { Rng } from '../rng.ts';
import { LogHistogram } from './histogram.ts';
import { IntervalCounts, IntervalGrid, IntervalLevel } from './intervals.ts';
import { quantileSorted } from './quantile.ts';
import { ReplicationSeries, estimate } from './replications.ts';
import { Tally } from './tally.ts';
import { TimeWeighted } from './time-weighted.ts';

describe('Tally', () => {
  it('matches direct two-pass formulas and merges exactly', () => {
    const rng = Rng.stream(1, 0, 'tally');
    const xs = Array.from({ length: 1001 }, () => 1e6 + rng.normal()); // large offset: Welford stays accurate
    const t = new Tally('x', true);
    xs.forEach((x) => t.add(x));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
    expect(t.mean!).toBeCloseTo(mean, 8);
    expect(t.variance!).toBeCloseTo(v, 6);
    expect(t.min).toBe(Math.min(...xs));
    expect(t.max).toBe(Math.max(...xs));
    const a = new Tally();
    const b = new Tally();
    xs.forEach((x, i) => (i < 300 ? a : b).add(x));
    a.merge(b);
    expect(a.count).toBe(1001);
    expect(a.mean!).toBeCloseTo(mean, 8);
    expect(a.variance!).toBeCloseTo(v, 6);
    const sorted = [...xs].sort((p, q) => p - q);
    expect(t.quantile(0.5)).toBe(sorted[500]);
  });

  it('reports null when empty and rejects NaN and Infinity', () => {
    const t = new Tally('wait');
    expect([t.mean, t.variance, t.min, t.max]).toEqual([null, null, null, null]);
    expect(() => t.add(NaN)).toThrow(/wait: got NaN/);
    expect(() => t.add(Infinity)).toThrow(ParameterError);
    expect(() => t.add(-Infinity)).toThrow(ParameterError);
    expect(t.count).toBe(0);
    expect(() => t.quantile(0.5)).toThrow(/keepValues/);
  });
});

describe('quantileSorted', () => {
  it('interpolates like R type 7', () => {
    // R: quantile(c(1,2,3,4,10), c(0.1, 0.5, 0.9)) = 1.4, 3.0, 7.6
    expect(quantileSorted([1, 2, 3, 4, 10], 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileSorted([1, 2, 3, 4, 10], 0.5)).toBe(3);
    expect(quantileSorted([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 12);
    expect(() => quantileSorted([], 0.5)).toThrow(ParameterError);
    expect(() => quantileSorted([1], 1.5)).toThrow(ParameterError);
  });
});

describe('TimeWeighted', () => {
  it('integrates a step function and resets keeping the level', () => {
    const q = new TimeWeighted('q');
    q.update(2, 3); // 0 on [0,2)
    q.update(5, 1); // 3 on [2,5)
    expect(q.integral(10)).toBe(9 + 5);
    expect(q.mean(10)).toBe(1.4);
    expect([q.min, q.max]).toEqual([0, 3]);
    q.reset(10);
    expect(q.mean(20)).toBe(1);
    expect(q.mean(10)).toBeNull();
    expect(() => q.update(9, 1)).toThrow(ParameterError);
    expect(() => q.update(11, NaN)).toThrow(ParameterError);
  });
});

describe('LogHistogram', () => {
  it('gives quantiles within its stated relative error of the exact ones', () => {
    const rng = Rng.stream(2, 0, 'hist');
    const h = new LogHistogram(0.01);
    const xs: number[] = [];
    for (let i = 0; i < 50000; i++) {
      const x = i % 5 === 0 ? 0 : -10 * Math.log(rng.nextOpen());
      xs.push(x);
      h.add(x);
    }
    xs.sort((a, b) => a - b);
    for (const p of [0.1, 0.3, 0.5, 0.9, 0.99]) {
      // The histogram's lower quantile is the order statistic of rank floor(p(n−1)).
      const exact = xs[Math.floor(p * (xs.length - 1))];
      const got = h.quantile(p)!;
      if (exact === 0) expect(got).toBe(0);
      else expect(Math.abs(got - exact) / exact).toBeLessThanOrEqual(0.01 + 1e-12);
    }
    expect(h.fractionAbove(0)).toBeCloseTo(0.8, 12);
  });

  it('merges by adding counts', () => {
    const a = new LogHistogram();
    const b = new LogHistogram();
    const c = new LogHistogram();
    [1, 2, 3].forEach((x) => (a.add(x), c.add(x)));
    [4, 5].forEach((x) => (b.add(x), c.add(x)));
    a.merge(b);
    expect(Array.from(a.counts)).toEqual(Array.from(c.counts));
    expect(a.quantile(0.5)).toBe(c.quantile(0.5));
    expect(() => a.merge(new LogHistogram(0.02))).toThrow(ParameterError);
    expect(() => a.add(-1)).toThrow(ParameterError);
    expect(() => a.add(NaN)).toThrow(ParameterError);
  });
});

describe('intervals', () => {
  it('splits a level exactly across interval edges and counts by time', () => {
    const g = new IntervalGrid(0, 30, 4);
    const lvl = new IntervalLevel(g);
    lvl.update(25, 4); // 4 from 10:25...
    lvl.update(35, 0); // ...to 10:35
    lvl.update(70, 2);
    lvl.close(120);
    expect(Array.from(lvl.area)).toEqual([20, 20, 40, 60]);
    expect(Array.from(lvl.means())).toEqual([20 / 30, 20 / 30, 40 / 30, 2]);
    const c = new IntervalCounts(g);
    [0, 29.9, 30, 119.99, 120, -1].forEach((t) => c.add(t));
    expect(Array.from(c.values)).toEqual([2, 1, 0, 1]);
    expect(() => new IntervalGrid(0, 0, 4)).toThrow(/intervals\.width/);
    expect(() => new IntervalGrid(0, 15, 0)).toThrow(/intervals\.count/);
  });
});

describe('across replications', () => {
  it('gives the Student-t interval (t(0.975, 9) = 2.262157 from tables)', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const e = estimate(xs, 0.95);
    const sd = Math.sqrt(82.5 / 9);
    expect(e.mean).toBe(5.5);
    expect(e.sd).toBeCloseTo(sd, 12);
    expect(e.halfWidth).toBeCloseTo((2.262157 * sd) / Math.sqrt(10), 5);
    expect(() => estimate([1])).toThrow(/replications: got 1/);
    expect(() => estimate([1, NaN])).toThrow(ParameterError);
    expect(() => estimate([1, 2], 1)).toThrow(/level/);
  });

  it('merges replications into bit-identical results whatever the order', () => {
    const rng = Rng.stream(3, 0, 'merge');
    const values = Array.from({ length: 40 }, () => rng.normal() * 1e3 + rng.next() * 1e-9);
    const orders = [values.map((_, i) => i), values.map((_, i) => 39 - i), values.map((_, i) => (i * 7) % 40)];
    const results = orders.map((order) => {
      // Split into three parts received in this order, merged pairwise.
      const parts = [new ReplicationSeries(), new ReplicationSeries(), new ReplicationSeries()];
      order.forEach((r, k) => parts[k % 3].add(r, values[r]));
      return parts[2].merge(parts[0]).merge(parts[1]).estimate(0.99);
    });
    expect(results[1]).toStrictEqual(results[0]);
    expect(results[2]).toStrictEqual(results[0]);
    const s = new ReplicationSeries();
    s.add(0, 1);
    expect(() => s.add(0, 2)).toThrow(/replication/);
    expect(() => s.add(1, Infinity)).toThrow(ParameterError);
  });
});
