import { describe, expect, it } from 'vitest';
import stdlibT from '@stdlib/stats-base-dists-t-quantile';
import stdlibZ from '@stdlib/stats-base-dists-normal-quantile';
import { ParameterError } from '../errors.ts';
import { normalCdf, normalQuantile } from './normal.ts';
import { incompleteBeta, logGamma, tCdf, tQuantile } from './student-t.ts';

describe('normalCdf', () => {
  it('matches reference values', () => {
    const cases: [number, number][] = [
      [0, 0.5],
      [0.5, 0.6914624612740131],
      [1, 0.8413447460685429],
      [2, 0.9772498680518208],
      [2.5, 0.9937903346742238],
      [-3, 0.0013498980316300945],
      [-5, 2.866515718791939e-7],
      [-10, 7.619853024160526e-24],
    ];
    for (const [x, phi] of cases) {
      expect(Math.abs(normalCdf(x) - phi)).toBeLessThan(1e-15);
      expect(Math.abs(normalCdf(x) / phi - 1)).toBeLessThan(1e-12);
    }
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
  });

  it('agrees with Simpson integration of the density across the method switch', () => {
    const density = (t: number): number => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
    const steps = 2000;
    for (const x of [-3.5, -2.83, -2.82, -1, 0.3, 2.82, 2.83, 4]) {
      // Φ(x) = 1/2 + ∫_0^x φ.
      const h = x / steps;
      let sum = density(0) + density(x);
      for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h);
      expect(normalCdf(x)).toBeCloseTo(0.5 + (sum * h) / 3, 13);
    }
  });

  it('is symmetric', () => {
    for (const x of [0.1, 1.7, 2.9, 6]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 15);
  });
});

describe('normalQuantile', () => {
  it("inverts Φ: Wichura's AS 241 values (Python's statistics.NormalDist) to 1e-12", () => {
    // @stdlib is off by 4e-7 at p = 1e-12 (its Φ of its own answer is 0.99998e-12), so the
    // reference here is AS 241, accurate to about 1e-16.
    const cases: [number, number][] = [
      [1e-12, -7.034483825301132],
      [1e-6, -4.753424308822899],
      [0.001, -3.090232306167813],
      [0.025, -1.9599639845400538],
      [0.3, -0.5244005127080407],
      [0.5, 0],
      [0.7, 0.5244005127080407],
      [0.975, 1.9599639845400536],
      [0.995, 2.5758293035489],
      [0.999999, 4.753424308817089],
    ];
    for (const [p, z] of cases)
      expect(Math.abs(normalQuantile(p) - z), `p=${p}`).toBeLessThan(1e-12 * Math.max(1, Math.abs(z)));
    expect(Math.abs(normalQuantile(0.3) - stdlibZ(0.3, 0, 1))).toBeLessThan(1e-14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(() => normalQuantile(0)).toThrow(ParameterError);
    expect(() => normalQuantile(NaN)).toThrow(ParameterError);
  });
});

describe('Student t', () => {
  it('matches printed tables', () => {
    // Two-sided critical values from standard tables.
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157, 6);
    expect(tQuantile(0.995, 2)).toBeCloseTo(9.924843, 6);
    expect(tQuantile(0.995, 29)).toBeCloseTo(2.756386, 6);
    expect(tQuantile(0.975, 120)).toBeCloseTo(1.97993, 6);
    expect(tQuantile(0.025, 9)).toBeCloseTo(-2.262157, 6);
  });

  it('matches @stdlib over a grid of probabilities and degrees of freedom', () => {
    for (const df of [1, 2, 3, 4.5, 7, 19, 29, 99, 999, 1e5]) {
      for (const p of [1e-6, 0.005, 0.025, 0.1, 0.5, 0.6, 0.9, 0.975, 0.995, 0.999999]) {
        const want = stdlibT(p, df);
        const got = tQuantile(p, df);
        const tol = df <= 1000 ? 1e-12 : 1e-9;
        expect(Math.abs(got - want), `df=${df} p=${p}: ${got} vs ${want}`).toBeLessThanOrEqual(
          tol * Math.max(1, Math.abs(want)),
        );
      }
    }
  });

  it('its CDF inverts the quantile, and ln Γ and I_x(a, b) have their known values', () => {
    for (const df of [3, 10, 50])
      for (const p of [0.01, 0.4, 0.99]) expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    // I_x(1, 1) = x; I_x(2, 1) = x².
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(incompleteBeta(0.3, 2, 1)).toBeCloseTo(0.09, 14);
  });

  it('rejects bad arguments', () => {
    expect(() => tQuantile(1, 5)).toThrow(/p: got 1/);
    expect(() => tQuantile(0.5, 0)).toThrow(/df: got 0/);
    expect(() => tQuantile(0.5, NaN)).toThrow(/df/);
  });
});
