import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import { distribution, type DistributionSpec } from './distributions.ts';
import { Rng } from './rng.ts';
import { meanCi, normalQuantile } from '../../../tests/support/stats.ts';

/** Mean and CV that theory gives for each spec, computed here independently of the code. */
const cases: { spec: DistributionSpec; mean: number; cv: number }[] = [
  { spec: { kind: 'exponential', mean: 4 }, mean: 4, cv: 1 },
  { spec: { kind: 'deterministic', value: 2.5 }, mean: 2.5, cv: 0 },
  { spec: { kind: 'uniform', min: 1, max: 5 }, mean: 3, cv: 4 / Math.sqrt(12) / 3 },
  // Triangular(0, 2, 8): mean 10/3, variance (0+64+4-0-0-16)/18 = 52/18.
  { spec: { kind: 'triangular', min: 0, mode: 2, max: 8 }, mean: 10 / 3, cv: Math.sqrt(52 / 18) / (10 / 3) },
  { spec: { kind: 'lognormal', mean: 5, cv: 0.8 }, mean: 5, cv: 0.8 },
  { spec: { kind: 'gamma', mean: 3, cv: 0.5 }, mean: 3, cv: 0.5 },
  { spec: { kind: 'gamma', mean: 3, cv: 2 }, mean: 3, cv: 2 }, // shape 1/4 < 1
  { spec: { kind: 'erlang', mean: 6, k: 3 }, mean: 6, cv: 1 / Math.sqrt(3) },
  { spec: { kind: 'erlang', mean: 6, k: 25 }, mean: 6, cv: 0.2 },
  { spec: { kind: 'empirical', values: [1, 2, 2, 7] }, mean: 3, cv: Math.sqrt((4 + 1 + 1 + 16) / 4) / 3 },
  // Mixture 0.25·Det(2) + 0.75·Exp(mean 4): mean 3.5, E[X²] = 0.25·4 + 0.75·32 = 25.
  {
    spec: {
      kind: 'mixture',
      components: [
        { weight: 1, dist: { kind: 'deterministic', value: 2 } },
        { weight: 3, dist: { kind: 'exponential', mean: 4 } },
      ],
    },
    mean: 3.5,
    cv: Math.sqrt(25 - 12.25) / 3.5,
  },
];

describe('distributions report their exact mean and CV', () => {
  for (const c of cases) {
    it(`${JSON.stringify(c.spec)}`, () => {
      const d = distribution(c.spec);
      expect(d.mean).toBeCloseTo(c.mean, 12);
      expect(d.cv).toBeCloseTo(c.cv, 12);
    });
  }

  it('normal truncated at zero: moments by numerical integration of the density', () => {
    const mu = 1;
    const sd = 2;
    // Integrate x·φ and x²·φ over [0, mu + 12 sd] with Simpson's rule.
    const phi = (x: number) => Math.exp(-0.5 * ((x - mu) / sd) ** 2);
    const n = 20000;
    const hi = mu + 12 * sd;
    const h = hi / n;
    let z = 0;
    let m1 = 0;
    let m2 = 0;
    for (let i = 0; i <= n; i++) {
      const x = i * h;
      const w = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
      z += w * phi(x);
      m1 += w * x * phi(x);
      m2 += w * x * x * phi(x);
    }
    const mean = m1 / z;
    const cv = Math.sqrt(m2 / z - mean * mean) / mean;
    const d = distribution({ kind: 'normal', mean: mu, sd });
    expect(d.mean).toBeCloseTo(mean, 7);
    expect(d.cv).toBeCloseTo(cv, 7);
  });
});

describe('samples agree with the reported mean and CV (99% confidence intervals)', () => {
  const all: DistributionSpec[] = [
    ...cases.map((c) => c.spec),
    { kind: 'normal', mean: 1, sd: 2 },
    { kind: 'normal', mean: -3, sd: 1 },
  ];
  for (const spec of all) {
    it(`${JSON.stringify(spec)}`, () => {
      const d = distribution(spec);
      const rng = Rng.stream(11, 0, JSON.stringify(spec));
      const n = 200000;
      const xs = new Float64Array(n);
      let bad = 0;
      for (let i = 0; i < n; i++) {
        const x = d.sample(rng);
        if (!(x >= 0 && Number.isFinite(x))) bad++;
        xs[i] = x;
      }
      expect(bad).toBe(0);
      const m = meanCi(xs, 0.99);
      if (d.cv === 0) {
        expect(m.mean).toBe(d.mean);
        return;
      }
      expect(m.lower).toBeLessThanOrEqual(d.mean);
      expect(m.upper).toBeGreaterThanOrEqual(d.mean);
      // The variance: E[(X − mean)²] against (cv·mean)², with a CLT interval on the squares.
      const sq = xs.map((x) => (x - d.mean) ** 2);
      const v = meanCi(sq, 0.99);
      const target = (d.cv * d.mean) ** 2;
      expect(v.lower).toBeLessThanOrEqual(target);
      expect(v.upper).toBeGreaterThanOrEqual(target);
    });
  }

  it('the exponential passes a Kolmogorov–Smirnov test (1% level)', () => {
    const d = distribution({ kind: 'exponential', mean: 2 });
    const rng = Rng.stream(3, 0, 'ks');
    const n = 20000;
    const xs = Float64Array.from({ length: n }, () => d.sample(rng)).sort();
    let dmax = 0;
    for (let i = 0; i < n; i++) {
      const f = 1 - Math.exp(-xs[i] / 2);
      dmax = Math.max(dmax, Math.abs(f - i / n), Math.abs(f - (i + 1) / n));
    }
    // Asymptotic critical value at 1%: 1.628 / sqrt(n).
    expect(dmax).toBeLessThan(1.628 / Math.sqrt(n));
  });

  it('the empirical distribution resamples only observed values, each equally often', () => {
    const d = distribution({ kind: 'empirical', values: [1, 2, 3, 4] });
    const rng = Rng.stream(3, 0, 'emp');
    const counts = new Map<number, number>();
    const n = 40000;
    for (let i = 0; i < n; i++) {
      const x = d.sample(rng);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4]);
    const z = normalQuantile(0.995);
    for (const c of counts.values()) expect(Math.abs(c / n - 0.25)).toBeLessThan(z * Math.sqrt((0.25 * 0.75) / n));
  });
});

describe('bad parameters are rejected with the parameter named', () => {
  const bad: [DistributionSpec, RegExp][] = [
    [{ kind: 'exponential', mean: 0 }, /d\.mean: got 0/],
    [{ kind: 'exponential', mean: -1 }, /d\.mean: got -1/],
    [{ kind: 'exponential', mean: NaN }, /d\.mean: got NaN/],
    [{ kind: 'exponential', mean: Infinity }, /d\.mean: got Infinity/],
    [{ kind: 'deterministic', value: -1 }, /d\.value/],
    [{ kind: 'deterministic', value: NaN }, /d\.value/],
    [{ kind: 'uniform', min: 3, max: 3 }, /d\.max/],
    [{ kind: 'uniform', min: -1, max: 3 }, /d\.min/],
    [{ kind: 'uniform', min: 0, max: Infinity }, /d\.max/],
    [{ kind: 'triangular', min: 0, mode: 9, max: 8 }, /d\.mode/],
    [{ kind: 'triangular', min: 2, mode: 2, max: 1 }, /d\.max/],
    [{ kind: 'normal', mean: 1, sd: 0 }, /d\.sd/],
    [{ kind: 'normal', mean: -100, sd: 1 }, /d\.mean/],
    [{ kind: 'normal', mean: NaN, sd: 1 }, /d\.mean/],
    [{ kind: 'lognormal', mean: 5, cv: 0 }, /d\.cv: got 0/],
    [{ kind: 'lognormal', mean: 5, cv: -0.5 }, /d\.cv/],
    [{ kind: 'lognormal', mean: 0, cv: 1 }, /d\.mean/],
    [{ kind: 'gamma', mean: 5, cv: 0 }, /d\.cv/],
    [{ kind: 'gamma', mean: 5, cv: NaN }, /d\.cv/],
    [{ kind: 'erlang', mean: 5, k: 0 }, /d\.k/],
    [{ kind: 'erlang', mean: 5, k: 1.5 }, /d\.k/],
    [{ kind: 'empirical', values: [] }, /d\.values/],
    [{ kind: 'empirical', values: [1, -2] }, /d\.values\[1\]/],
    [{ kind: 'empirical', values: [1, NaN] }, /d\.values\[1\]/],
    [{ kind: 'mixture', components: [] }, /d\.components/],
    [{ kind: 'mixture', components: [{ weight: 0, dist: { kind: 'exponential', mean: 1 } }] }, /d\.components/],
    [
      { kind: 'mixture', components: [{ weight: 1, dist: { kind: 'exponential', mean: -1 } }] },
      /d\.components\[0\]\.dist\.mean/,
    ],
    [{ kind: 'weibull' } as unknown as DistributionSpec, /d\.kind/],
  ];
  for (const [spec, message] of bad) {
    it(
      JSON.stringify(spec, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)),
      () => {
        let err: unknown;
        try {
          distribution(spec, 'd');
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(ParameterError);
        expect((err as ParameterError).message).toMatch(message);
        expect((err as ParameterError).messageZh).toContain('允许');
      },
    );
  }

  it('rejects a missing spec', () => {
    expect(() => distribution(null as unknown as DistributionSpec, 'd')).toThrow(ParameterError);
  });
});
