import { describe, expect, it } from 'vitest';
import { distribution, type DistributionSpec } from '../../sim/engine/distributions.ts';
import { schemas } from '../../sim/scenario/index.ts';
import { DIST_KINDS, DIST_PARAMS, convertDistribution, describeDistribution, kindOf } from './distribution.ts';

describe('distribution editor logic', () => {
  it('offers every family the spec allows', () => {
    const options = (
      schemas.distributionSpec as unknown as { options: { shape: { kind: { value: string } } }[] }
    ).options.map((o) => o.shape.kind.value);
    expect([...DIST_KINDS].sort()).toEqual([...options].sort());
  });

  it('reports the engine’s own mean and CV, or null for a spec that is not valid', () => {
    expect(describeDistribution({ kind: 'lognormal', mean: 5, cv: 0.8 })).toEqual({ mean: 5, cv: 0.8 });
    expect(describeDistribution({ kind: 'exponential', mean: 3 })).toEqual({ mean: 3, cv: 1 });
    const u = describeDistribution({ kind: 'uniform', min: 2, max: 4 })!;
    expect(u.mean).toBe(3);
    expect(u.cv).toBeCloseTo(2 / Math.sqrt(12) / 3, 12);
    const e = describeDistribution({ kind: 'empirical', values: [1, 2, 3, 6] })!;
    expect(e.mean).toBe(3);
    expect(describeDistribution({ kind: 'uniform', min: 4, max: 2 })).toBeNull();
    expect(describeDistribution({ kind: 'lognormal', mean: 0, cv: 1 })).toBeNull();
    expect(describeDistribution(null)).toBeNull();
    expect(describeDistribution({ kind: 'weibull' })).toBeNull();
  });

  it('keeps the mean and CV when changing family where the family can', () => {
    const from: DistributionSpec = { kind: 'lognormal', mean: 5, cv: 0.4 };
    for (const kind of DIST_KINDS) {
      const to = convertDistribution(from, kind);
      expect(to.kind).toBe(kind);
      const d = distribution(to); // valid: never throws
      expect(d.mean).toBeCloseTo(5, kind === 'normal' ? 1 : 2);
    }
    expect(convertDistribution(from, 'gamma')).toEqual({ kind: 'gamma', mean: 5, cv: 0.4 });
    expect(convertDistribution(from, 'exponential')).toEqual({ kind: 'exponential', mean: 5 });
    expect(convertDistribution(from, 'deterministic')).toEqual({ kind: 'deterministic', value: 5 });
    expect(convertDistribution(from, 'erlang')).toEqual({ kind: 'erlang', mean: 5, k: 6 });
    expect(convertDistribution(from, 'normal')).toEqual({ kind: 'normal', mean: 5, sd: 2 });
    const uni = describeDistribution(convertDistribution(from, 'uniform'))!;
    expect(uni.mean).toBeCloseTo(5, 3);
    expect(uni.cv).toBeCloseTo(0.4, 3);
    const tri = describeDistribution(convertDistribution(from, 'triangular'))!;
    expect(tri.mean).toBeCloseTo(5, 3);
    expect(tri.cv).toBeCloseTo(0.4, 3);
    expect(convertDistribution(from, 'mixture')).toEqual({ kind: 'mixture', components: [{ weight: 1, dist: from }] });
    expect(convertDistribution(from, 'empirical')).toEqual({ kind: 'empirical', values: [5] });
  });

  it('gives a valid spec from a fixed value or from nothing', () => {
    for (const kind of DIST_KINDS) {
      expect(() => distribution(convertDistribution({ kind: 'deterministic', value: 2 }, kind))).not.toThrow();
      expect(() => distribution(convertDistribution(undefined, kind))).not.toThrow();
    }
    expect(describeDistribution(convertDistribution({ kind: 'deterministic', value: 2 }, 'uniform'))!.mean).toBe(2);
  });

  it('lists the numeric parameters of each family', () => {
    expect(DIST_PARAMS.lognormal.map((p) => p.key)).toEqual(['mean', 'cv']);
    expect(DIST_PARAMS.erlang[1]).toEqual({ key: 'k', timed: false, rule: { integer: true, min: 1 } });
    expect(DIST_PARAMS.mixture).toEqual([]);
    expect(kindOf({ kind: 'gamma' })).toBe('gamma');
    expect(kindOf({ kind: 'nope' })).toBeNull();
    expect(kindOf('lognormal')).toBeNull();
  });
});
