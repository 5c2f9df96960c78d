import { describe, expect, it } from 'vitest';
import { normalCdf } from '../math/normal.ts';
import {
  digamma,
  gammaCdf,
  gammaP,
  invert,
  ksCritical,
  ksDistance,
  lognormalCdf,
  moments,
  tInterval,
  trigamma,
  wilson,
} from './stats.ts';

describe('history statistics helpers', () => {
  it('Wilson interval: textbook values', () => {
    // 5 of 10 at 95%: 0.2366 to 0.7634 (Newcombe 1998, table I).
    const a = wilson(5, 10, 0.95);
    expect(a.lower).toBeCloseTo(0.2366, 4);
    expect(a.upper).toBeCloseTo(0.7634, 4);
    // 0 of 20: lower bound 0, upper 0.1611.
    const b = wilson(0, 20, 0.95);
    expect(b.lower).toBe(0);
    expect(b.upper).toBeCloseTo(0.1611, 4);
  });

  it('t interval of a mean', () => {
    // n = 10, sd 2: half-width t(0.975, 9) · 2/√10 = 2.262157 · 0.632456 = 1.430714
    const ci = tInterval(5, 2, 10, 0.95);
    expect(ci.upper - 5).toBeCloseTo(1.430714, 5);
  });

  it('regularised incomplete gamma against closed forms', () => {
    for (const x of [0.01, 0.3, 1, 2.5, 7, 30]) {
      expect(gammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 13);
      // P(1/2, x) = erf(√x) = 2Φ(√(2x)) − 1
      expect(gammaP(0.5, x)).toBeCloseTo(2 * normalCdf(Math.sqrt(2 * x)) - 1, 12);
      // P(2, x) = 1 − e^{−x}(1 + x)
      expect(gammaP(2, x)).toBeCloseTo(1 - Math.exp(-x) * (1 + x), 13);
    }
    // Gamma(shape 3, scale 2) median 5.348120627 (R: qgamma(0.5, 3, scale = 2)).
    expect(gammaCdf(5.348120627, 3, 2)).toBeCloseTo(0.5, 9);
    expect(lognormalCdf(Math.exp(1.5), 1.5, 0.7)).toBeCloseTo(0.5, 14);
  });

  it('digamma and trigamma', () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 12);
    expect(digamma(0.5)).toBeCloseTo(-1.9635100260214235, 12);
    expect(digamma(10)).toBeCloseTo(2.251752589066721, 12);
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 11);
    expect(trigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 10);
  });

  it('Kolmogorov–Smirnov distance, continuous and rounded', () => {
    // Uniform(0,1) cdf against {0.1, 0.4, 0.9}: max(|1/3 − 0.1|, |0.4 − 1/3|, |2/3 − 0.4|, |0.9 −
    // 2/3|, |1 − 0.9|) = 0.2667
    const u = (x: number) => Math.min(1, Math.max(0, x));
    expect(ksDistance(Float64Array.from([0.1, 0.4, 0.9]), u)).toBeCloseTo(0.26667, 5);
    // Whole minutes against a rounded exponential: data exactly at the model's probabilities gives 0.
    const F = (x: number) => 1 - Math.exp(-x / 4);
    const counts = [0, 1, 2, 3].map((k) => F(k + 0.5) - F(Math.max(0, k - 0.5)));
    const n = 100000;
    const data: number[] = [];
    counts.forEach((p, k) => {
      for (let i = 0; i < Math.round(p * n); i++) data.push(k);
    });
    const d = ksDistance(Float64Array.from(data), F, 1);
    expect(d).toBeLessThan(0.6); // the tail beyond 3 minutes is missing: the distance is F's tail
    expect(d).toBeCloseTo(1 - F(3.5), 3);
    expect(ksCritical(100)).toBeCloseTo(1.358 / (10 + 0.12 + 0.011), 12);
  });

  it('inverts a small matrix and computes moments', () => {
    const inv = invert(Float64Array.from([4, 2, 2, 3]), 2)!;
    // [[4,2],[2,3]]⁻¹ = 1/8 · [[3,−2],[−2,4]]
    expect([...inv]).toEqual([0.375, -0.25, -0.25, 0.5].map((x) => expect.closeTo(x, 14)));
    expect(invert(Float64Array.from([1, 2, 2, 4]), 2)).toBeNull();
    const m = moments(Float64Array.from([1, 2, 3, 4]));
    expect(m.mean).toBe(2.5);
    expect(m.sd).toBeCloseTo(Math.sqrt(5 / 3), 14);
    expect(m.m3).toBeCloseTo(0, 14);
    expect(m.m4).toBeCloseTo((1.5 ** 4 * 2 + 0.5 ** 4 * 2) / 4, 14);
  });
});
