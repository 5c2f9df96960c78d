import { describe, expect, it } from 'vitest';
import { answeredWithin, erlangA } from './erlang-a.ts';
import { erlangARedial } from './retrial.ts';
import { expectParamError } from '../../../tests/support/errors.ts';

const hotline = { servers: 5, mu: 1, freshRate: 5.5, theta: 0.5, redialProbability: 0.5 };

/**
 * An independent root: plain bisection of λ − p·λ·P_ab(λ) − λ0 on [λ0, λ0/(1 − p)] (the
 * bracket of the module comment), 200 halvings, far more than a double needs.
 */
function bisect(c: number, mu: number, lambda0: number, theta: number, p: number): number {
  const F = (x: number): number => x - p * x * erlangA(x, mu, c, theta).pAbandon - lambda0;
  let [lo, hi] = [lambda0, lambda0 / (1 - p)];
  for (let i = 0; i < 200; i++) {
    const mid = 0.5 * (lo + hi);
    if (F(mid) < 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

describe('erlangARedial', () => {
  it('is Erlang A without redials', () => {
    // λ = λ0 exactly, so every per-attempt measure is erlangA's own number.
    const r = erlangARedial({ ...hotline, redialProbability: 0, answerWithin: [0, 0.5, 2] });
    const a = erlangA(5.5, 1, 5, 0.5);
    expect(r.attemptRate).toBe(5.5);
    expect(r.redialRate).toBe(0);
    for (const key of ['pWait', 'pAbandon', 'utilisation', 'throughput'] as const) expect(r[key]).toBe(a[key]);
    expect(r.answeredWithin).toEqual([0, 0.5, 2].map((T) => answeredWithin(5.5, 1, 5, 0.5, T).ofAll));
    expect(r.servedShare).toBeCloseTo(1 - a.pAbandon, 15);
    expect(r.gaveUpShare).toBeCloseTo(a.pAbandon, 15);
    expect(r.meanAttempts).toBe(1);
    expect(r.redialShare).toBe(0);
  });

  it('solves the fixed point to 1e-12, agreeing with plain bisection', () => {
    for (const [c, mu, lambda0, theta, p] of [
      [5, 1, 5.5, 0.5, 0.5],
      [5, 1, 4.5, 0.5, 0.9],
      [20, 1, 22, 0.5, 0.8],
      [50, 0.2, 9, 0.1, 0.3],
      [1, 1, 3, 2, 0.99],
    ]) {
      const r = erlangARedial({ servers: c, mu, freshRate: lambda0, theta, redialProbability: p });
      const lambda = r.attemptRate;
      // The equation itself, re-evaluated here at the returned λ.
      const residual = lambda - p * lambda * erlangA(lambda, mu, c, theta).pAbandon - lambda0;
      expect(Math.abs(residual) / lambda).toBeLessThan(1e-12);
      expect(Math.abs(lambda / bisect(c, mu, lambda0, theta, p) - 1)).toBeLessThan(1e-12);
      // Within the bracket [λ0, (λ0 − p·X(λ0))/(1 − p)] derived in the module comment.
      expect(lambda).toBeGreaterThanOrEqual(lambda0);
      expect(lambda).toBeLessThanOrEqual((lambda0 - p * erlangA(lambda0, mu, c, theta).throughput) / (1 - p));
    }
  });

  it('keeps the flow identities', () => {
    const r = erlangARedial({ ...hotline, answerWithin: [0, 0.5] });
    const a = erlangA(r.attemptRate, 1, 5, 0.5);
    // Every fresh caller is eventually served or gives up for good.
    expect(r.servedShare + r.gaveUpShare).toBeCloseTo(1, 12);
    expect(r.meanAttempts * 5.5).toBeCloseTo(r.attemptRate, 12);
    expect(r.attemptRate - 5.5).toBeCloseTo(r.redialRate, 11);
    expect(r.redialShare).toBeCloseTo(r.redialRate / r.attemptRate, 15);
    expect(r.pWait).toBe(a.pWait);
    expect(r.pAbandon).toBe(a.pAbandon);
    expect(r.answeredWithin).toEqual([1 - a.pWait, answeredWithin(r.attemptRate, 1, 5, 0.5, 0.5).ofAll]);
  });

  it('grows with p, and with p = 1 serves everyone when λ0 < cμ', () => {
    let previous = 0;
    for (const p of [0, 0.2, 0.5, 0.9, 0.999, 1]) {
      const r = erlangARedial({ ...hotline, freshRate: 4.5, redialProbability: p });
      expect(r.attemptRate).toBeGreaterThan(previous);
      previous = r.attemptRate;
    }
    const all = erlangARedial({ ...hotline, freshRate: 4.5, redialProbability: 1 });
    expect(all.servedShare).toBeCloseTo(1, 12);
    expect(all.gaveUpShare).toBe(0);
    expect(all.throughput).toBeCloseTo(4.5, 12);
  });

  it('stays finite as p → 1 in overload (λ <= λ0/(1 − p))', () => {
    // λ0 > cμ: nearly every redial is lost again, so λ ≈ (λ0 − p·cμ)/(1 − p).
    const r = erlangARedial({ ...hotline, redialProbability: 0.999999 });
    expect(r.attemptRate / ((5.5 - 0.999999 * 5) / 1e-6) - 1).toBeLessThan(1e-3);
    expect(r.servedShare).toBeCloseTo(5 / 5.5, 6);
    expect(r.servedShare + r.gaveUpShare).toBeCloseTo(1, 9);
  });

  it('is an empty hall without calls', () => {
    const r = erlangARedial({ ...hotline, freshRate: 0, answerWithin: [1] });
    expect(r).toMatchObject({ attemptRate: 0, pWait: 0, servedShare: 1, meanAttempts: 1, answeredWithin: [1] });
  });
});

describe('argument checks', () => {
  const bad = [NaN, Infinity, -Infinity, -1];
  it('names the field at fault', () => {
    for (const v of [...bad, 0, 1.5]) expectParamError(() => erlangARedial({ ...hotline, servers: v }), 'servers');
    for (const v of [...bad, 0]) expectParamError(() => erlangARedial({ ...hotline, mu: v }), 'mu');
    for (const v of bad) expectParamError(() => erlangARedial({ ...hotline, freshRate: v }), 'freshRate');
    for (const v of [...bad, 0]) expectParamError(() => erlangARedial({ ...hotline, theta: v }), 'theta');
    for (const v of [...bad, 1.1]) {
      expectParamError(() => erlangARedial({ ...hotline, redialProbability: v }), 'redialProbability');
    }
    expectParamError(() => erlangARedial({ ...hotline, answerWithin: [1, -1] }), 'answerWithin[1]');
    expectParamError(() => erlangARedial({ ...hotline, answerWithin: 1 as any }), 'answerWithin');
    expectParamError(() => erlangARedial(null as any), 'input');
  });

  it('refuses p = 1 without a steady state, and totals beyond Erlang A', () => {
    // p = 1 and λ0 >= cμ: nobody ever leaves unserved, so the orbit grows without bound.
    expectParamError(() => erlangARedial({ ...hotline, redialProbability: 1 }), 'redialProbability');
    // λ ≈ (10 − cμ)/1e-7 ≈ 5·10^7 needs (λ − cμ)/θ ≈ 5·10^10 queue states.
    const flood = { ...hotline, freshRate: 10, theta: 1e-3, redialProbability: 1 - 1e-7 };
    expectParamError(() => erlangARedial(flood), 'redialProbability');
  });
});
