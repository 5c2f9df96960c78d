import { describe, expect, it } from 'vitest';
import { erlangB, mmc } from './erlang.ts';
import { mmck } from './mmck.ts';
import { expectParamError } from '../../../tests/support/errors.ts';

function relative(actual: number, expected: number): number {
  return Math.abs(actual / expected - 1);
}

/** M/M/c/K from the stationary distribution normalised directly (small cases only). */
function bruteForce(lambda: number, mu: number, c: number, K: number) {
  const q = [1];
  for (let k = 1; k <= K; k++) q.push((q[k - 1] * lambda) / (Math.min(k, c) * mu));
  const total = q.reduce((s, x) => s + x, 0);
  const p = q.map((x) => x / total);
  let L = 0;
  let Lq = 0;
  let busy = 0;
  let waiting = 0;
  for (let k = 0; k <= K; k++) {
    L += k * p[k];
    Lq += Math.max(0, k - c) * p[k];
    busy += Math.min(k, c) * p[k];
    if (k >= c && k < K) waiting += p[k];
  }
  const pBlock = p[K];
  return {
    pBlock,
    meanInSystem: L,
    meanQueue: Lq,
    meanWait: Lq / (lambda * (1 - pBlock)),
    pWait: waiting / (1 - pBlock),
    utilisation: busy / c,
    throughput: mu * busy,
  };
}

describe('M/M/1/K closed forms', () => {
  for (const [rho, K] of [
    [0.5, 5],
    [0.9, 30],
    [2, 7],
    [1.3, 40],
  ]) {
    it(`ρ = ${rho}, K = ${K}`, () => {
      const r = mmck(rho, 1, 1, K);
      const pK = ((1 - rho) * rho ** K) / (1 - rho ** (K + 1));
      const L = rho / (1 - rho) - ((K + 1) * rho ** (K + 1)) / (1 - rho ** (K + 1));
      const p0 = (1 - rho) / (1 - rho ** (K + 1));
      expect(relative(r.pBlock, pK)).toBeLessThan(1e-12);
      expect(relative(r.meanInSystem, L)).toBeLessThan(1e-12);
      expect(relative(r.meanQueue, L - (1 - p0))).toBeLessThan(1e-12);
      expect(relative(r.throughput, rho * (1 - pK))).toBeLessThan(1e-12);
    });
  }

  it('ρ = 1 gives the uniform distribution', () => {
    const K = 10;
    const r = mmck(3, 3, 1, K);
    expect(r.pBlock).toBeCloseTo(1 / (K + 1), 15);
    expect(r.meanInSystem).toBeCloseTo(K / 2, 14);
    expect(r.meanQueue).toBeCloseTo(K / 2 - K / (K + 1), 14);
  });

  it('is continuous through ρ = 1', () => {
    const K = 10;
    for (const rho of [1 - 1e-9, 1 + 1e-9, 1 - 1e-14, 1 + 1e-14]) {
      const r = mmck(rho, 1, 1, K);
      expect(r.pBlock).toBeCloseTo(1 / (K + 1), 8);
      expect(r.meanInSystem).toBeCloseTo(K / 2, 7);
    }
  });

  it('saturates sensibly with a huge room and ρ > 1', () => {
    const K = 1e6;
    const r = mmck(2, 1, 1, K);
    // (1 − ρ)ρ^K/(1 − ρ^{K+1}) → (ρ − 1)/ρ; the distance below K is geometric with mean 1.
    expect(r.pBlock).toBeCloseTo(0.5, 14);
    expect(r.throughput).toBeCloseTo(1, 14);
    expect(relative(r.meanInSystem, K - 1)).toBeLessThan(1e-12);
    expect(relative(r.meanWait, (K - 2) / 1)).toBeLessThan(1e-12);
  });
});

describe('M/M/c/K', () => {
  for (const [lambda, mu, c, K] of [
    [1.5, 1, 3, 8],
    [5, 1, 3, 8],
    [3, 1, 3, 9],
    [10, 0.8, 12, 20],
    [40, 1, 12, 15],
  ]) {
    it(`agrees with brute force: λ=${lambda} μ=${mu} c=${c} K=${K}`, () => {
      const r = mmck(lambda, mu, c, K);
      const ref = bruteForce(lambda, mu, c, K);
      for (const key of Object.keys(ref) as (keyof typeof ref)[]) {
        expect(relative(r[key], ref[key]), key).toBeLessThan(1e-12);
      }
    });
  }

  it('is the Erlang loss system when K = c', () => {
    for (const [c, A] of [
      [1, 0.5],
      [10, 10],
      [50, 70],
    ]) {
      const r = mmck(A, 1, c, c);
      expect(relative(r.pBlock, erlangB(c, A))).toBeLessThan(1e-13);
      expect(r.pWait).toBe(0);
      expect(r.meanQueue).toBe(0);
      expect(r.meanWait).toBe(0);
    }
  });

  it('tends to M/M/c as K grows', () => {
    for (const [lambda, mu, c, K] of [
      [10, 1, 12, 1e6],
      [0.9, 1, 1, 1e9],
      [4900, 1, 5000, 5000 + 1e6],
    ]) {
      const r = mmck(lambda, mu, c, K);
      const ref = mmc(lambda, mu, c);
      expect(r.pBlock).toBeLessThan(1e-300);
      expect(relative(r.pWait, ref.pWait)).toBeLessThan(1e-11);
      expect(relative(r.meanQueue, ref.meanQueue)).toBeLessThan(1e-11);
      expect(relative(r.meanWait, ref.meanWait)).toBeLessThan(1e-11);
      expect(relative(r.meanInSystem, ref.meanInSystem)).toBeLessThan(1e-11);
      expect(relative(r.utilisation, ref.utilisation)).toBeLessThan(1e-12);
    }
  });

  it('stays finite with thousands of servers and overload', () => {
    const r = mmck(6000, 1, 5000, 5100);
    for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    expect(r.pBlock).toBeCloseTo(1 - 5000 / 6000, 2);
    expect(r.utilisation).toBeLessThanOrEqual(1);
    expect(r.throughput).toBeCloseTo(6000 * (1 - r.pBlock), 8);
  });

  it('handles Erlang B underflow (tiny load on many servers)', () => {
    const r = mmck(1, 1, 1000, 2000);
    expect(r.pBlock).toBe(0);
    expect(r.pWait).toBe(0);
    expect(r.meanQueue).toBe(0);
    expect(r.meanInSystem).toBeCloseTo(1, 15);
    expect(r.utilisation).toBeCloseTo(0.001, 15);
  });

  it('is all zeros without arrivals', () => {
    expect(Object.values(mmck(0, 1, 2, 5))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('argument checks', () => {
  const bad = [NaN, Infinity, -Infinity, -1];
  it('rejects bad λ, μ, c and K', () => {
    for (const lambda of bad) expectParamError(() => mmck(lambda, 1, 1, 1), 'lambda');
    for (const mu of [...bad, 0]) expectParamError(() => mmck(1, mu, 1, 1), 'mu');
    for (const c of [...bad, 0, 1.5]) expectParamError(() => mmck(1, 1, c, 5), 'c');
    for (const K of [...bad, 0, 2, 3.5]) expectParamError(() => mmck(1, 1, 3, K), 'K');
  });
});
