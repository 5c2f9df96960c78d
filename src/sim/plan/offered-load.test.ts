import { describe, expect, it } from 'vitest';
import { distribution, type DistributionSpec } from '../engine/distributions.ts';
import { Rng } from '../engine/rng.ts';
import { laggedRates, limitedMean, offeredLoadAt, offeredLoadByInterval, serviceLag } from './offered-load.ts';

/** E[min(S, u)] by simulation, with the half-width of its 99.9% confidence interval. */
function sampled(spec: DistributionSpec, u: number, n = 200_000): { mean: number; halfWidth: number } {
  const d = distribution(spec);
  const rng = Rng.stream(7, 0, 'test');
  let s = 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const x = Math.min(d.sample(rng), u);
    s += x;
    ss += x * x;
  }
  const mean = s / n;
  const sd = Math.sqrt(ss / n - mean * mean);
  return { mean, halfWidth: (3.29 * sd) / Math.sqrt(n) };
}

describe('limited mean E[min(S, u)]', () => {
  const specs: DistributionSpec[] = [
    { kind: 'exponential', mean: 5 },
    { kind: 'deterministic', value: 4 },
    { kind: 'uniform', min: 2, max: 8 },
    { kind: 'lognormal', mean: 6, cv: 0.8 },
    { kind: 'erlang', mean: 6, k: 3 },
    { kind: 'gamma', mean: 6, cv: 0.6 },
    { kind: 'triangular', min: 1, mode: 3, max: 10 },
    { kind: 'normal', mean: 5, sd: 3 },
    { kind: 'empirical', values: [1, 2, 2, 7, 12] },
    {
      kind: 'mixture',
      components: [
        { weight: 2, dist: { kind: 'exponential', mean: 3 } },
        { weight: 1, dist: { kind: 'lognormal', mean: 12, cv: 0.5 } },
      ],
    },
  ];
  for (const spec of specs) {
    it(`${spec.kind}: agrees with simulation at several u, and tends to the mean`, () => {
      const G = limitedMean(spec);
      for (const u of [0.5, 2, 5, 9, 20]) {
        const s = sampled(spec, u);
        // Exact forms sit inside the simulation's 99.9% interval; the sampled fallback adds its
        // own error of the same order (2^16 draws), hence twice the half-width for those.
        const exact = [
          'exponential',
          'deterministic',
          'uniform',
          'lognormal',
          'erlang',
          'empirical',
          'mixture',
        ].includes(spec.kind);
        expect(Math.abs(G(u) - s.mean)).toBeLessThanOrEqual((exact ? 1 : 2) * s.halfWidth + 1e-12);
      }
      expect(G(0)).toBe(0);
      expect(G(-1)).toBe(0);
      expect(G(1e6)).toBeCloseTo(distribution(spec).mean, 2);
    });
  }

  it('empirical is exact', () => {
    const G = limitedMean({ kind: 'empirical', values: [1, 2, 2, 7, 12] });
    expect(G(3)).toBeCloseTo((1 + 2 + 2 + 3 + 3) / 5, 14);
    expect(G(100)).toBeCloseTo(24 / 5, 14);
  });
});

describe('offered load m(t)', () => {
  it('matches the periodic solution for a sinusoidal rate and exponential service', () => {
    // λ(t) = a + b·sin(ωt), μ = 1/5: m(t) = a/μ + b(μ sin ωt − ω cos ωt)/(μ² + ω²).
    const a = 2;
    const b = 1.2;
    const omega = (2 * Math.PI) / 120;
    const mu = 1 / 5;
    const width = 0.25;
    const n = Math.round(1200 / width);
    // Each step holds the exact average of λ over it.
    const rates = Float64Array.from(
      { length: n },
      (_, k) => a + (b * (Math.cos(omega * k * width) - Math.cos(omega * (k + 1) * width))) / (omega * width),
    );
    const G = limitedMean({ kind: 'exponential', mean: 1 / mu });
    for (const t of [900, 917, 941.5, 1003, 1111]) {
      const exact = a / mu + (b * (mu * Math.sin(omega * t) - omega * Math.cos(omega * t))) / (mu * mu + omega * omega);
      expect(offeredLoadAt({ start: 0, width, rates }, G, t)).toBeCloseTo(exact, 3);
    }
  });

  it('is λ·E[S] under a constant rate once the start is far behind, and λ·G(t) before', () => {
    const spec: DistributionSpec = { kind: 'lognormal', mean: 8, cv: 1.2 };
    const G = limitedMean(spec);
    const r = { start: 0, width: 30, rates: new Float64Array(40).fill(0.5) };
    expect(offeredLoadAt(r, G, 10)).toBeCloseTo(0.5 * G(10), 12);
    expect(offeredLoadAt(r, G, 1199)).toBeCloseTo(0.5 * 8, 2);
  });

  it('averages m over each interval: the ramp at opening, the tail after a drop', () => {
    const G = limitedMean({ kind: 'deterministic', value: 10 });
    // 1 per minute for two 30-minute intervals, then nothing.
    const r = { start: 0, width: 30, rates: [1, 1, 0] };
    const { mean, peak } = offeredLoadByInterval(r, G);
    // m(t) = min(t, 10) on the first interval: mean (50 + 200)/30, peak 10.
    expect(mean[0]).toBeCloseTo(250 / 30, 10);
    expect(peak[0]).toBeCloseTo(10, 12);
    expect(mean[1]).toBeCloseTo(10, 10);
    // After the drop: m(60 + s) = 10 − s for s < 10, then 0: mean 50/30.
    expect(mean[2]).toBeCloseTo(50 / 30, 10);
  });
});

describe('lagged rates', () => {
  it('shifts the step rate by the lag, averaging exactly over partly covered intervals', () => {
    const r = { start: 0, width: 30, rates: [0, 6, 3, 0] };
    expect(Array.from(laggedRates(r, 0))).toEqual([0, 6, 3, 0]);
    expect(Array.from(laggedRates(r, 30))).toEqual([0, 0, 6, 3]);
    const l = laggedRates(r, 10);
    expect(l[1]).toBeCloseTo(4, 12); // 20 min of 6, 10 min of 0
    expect(l[2]).toBeCloseTo(4, 12); // 10 min of 6, 20 min of 3
    expect(l[3]).toBeCloseTo(1, 12);
  });

  it('uses the mean residual handling time as the lag', () => {
    expect(serviceLag({ kind: 'exponential', mean: 6 })).toBeCloseTo(6, 12);
    expect(serviceLag({ kind: 'deterministic', value: 6 })).toBeCloseTo(3, 12);
    expect(serviceLag({ kind: 'lognormal', mean: 6, cv: 0.5 })).toBeCloseTo((6 * 1.25) / 2, 12);
  });
});
