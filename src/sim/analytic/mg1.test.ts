import { describe, expect, it } from 'vitest';
import { mmc } from './erlang.ts';
import { md1, mg1 } from './mg1.ts';
import { expectParamError } from '../../../tests/support/errors.ts';

describe('mg1', () => {
  it('with scv = 1 is M/M/1', () => {
    for (const [lambda, mu] of [
      [0.5, 1],
      [3, 4],
      [0.99, 1],
    ]) {
      const r = mg1(lambda, 1 / mu, 1);
      const ref = mmc(lambda, mu, 1);
      expect(r.stable).toBe(true);
      expect(r.utilisation).toBeCloseTo(ref.utilisation, 14);
      expect(r.meanWait / ref.meanWait).toBeCloseTo(1, 12);
      expect(r.meanQueue / ref.meanQueue).toBeCloseTo(1, 12);
      expect(r.meanSojourn / ref.meanSojourn).toBeCloseTo(1, 12);
      expect(r.meanInSystem / ref.meanInSystem).toBeCloseTo(1, 12);
    }
  });

  it('follows Pollaczek–Khinchine: Lq = ρ²(1 + scv)/(2(1 − ρ))', () => {
    const rho = 0.75;
    for (const scv of [0, 0.25, 2, 9]) {
      const r = mg1(rho / 2, 2, scv);
      expect(r.meanQueue).toBeCloseTo((rho * rho * (1 + scv)) / (2 * (1 - rho)), 13);
      expect(r.meanInSystem).toBeCloseTo(r.meanQueue + rho, 13);
      expect(r.meanSojourn).toBeCloseTo(r.meanWait + 2, 13);
    }
  });

  it('is unstable for ρ >= 1, with Infinity rather than negative means', () => {
    for (const lambda of [1, 1.5]) {
      const r = mg1(lambda, 1, 0.5);
      expect(r.stable).toBe(false);
      expect(r.utilisation).toBe(lambda);
      expect([r.meanWait, r.meanQueue, r.meanSojourn, r.meanInSystem]).toEqual([
        Infinity,
        Infinity,
        Infinity,
        Infinity,
      ]);
    }
  });

  it('has no wait without arrivals', () => {
    const r = mg1(0, 3, 1);
    expect(r.meanWait).toBe(0);
    expect(r.meanSojourn).toBe(3);
  });
});

describe('md1', () => {
  it('has Wq = ρ/(2μ(1 − ρ))', () => {
    for (const [lambda, mu] of [
      [0.5, 1],
      [8, 10],
      [0.2, 0.25],
    ]) {
      const rho = lambda / mu;
      const r = md1(lambda, 1 / mu);
      expect(r.meanWait).toBeCloseTo(rho / (2 * mu * (1 - rho)), 13);
      // Half the M/M/1 wait.
      expect(r.meanWait * 2).toBeCloseTo(mmc(lambda, mu, 1).meanWait, 13);
    }
  });
});

describe('argument checks', () => {
  const bad = [NaN, Infinity, -Infinity, -1];
  it('rejects bad λ, E[S], scv', () => {
    for (const lambda of bad) expectParamError(() => mg1(lambda, 1, 1), 'lambda');
    for (const s of [...bad, 0]) expectParamError(() => mg1(0.5, s, 1), 'meanService');
    for (const scv of bad) expectParamError(() => mg1(0.5, 1, scv), 'scv');
    for (const lambda of bad) expectParamError(() => md1(lambda, 1), 'lambda');
    for (const d of [...bad, 0]) expectParamError(() => md1(0.5, d), 'serviceTime');
  });
});
