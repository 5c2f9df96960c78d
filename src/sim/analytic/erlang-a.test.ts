import { describe, expect, it } from 'vitest';
import { answeredWithin, erlangA } from './erlang-a.ts';
import { mmc } from './erlang.ts';
import { expectParamError } from '../../../tests/support/errors.ts';

/**
 * An independent brute-force solution for small cases: the truncated birth–death chain
 * normalised directly, E[W·1{served}] by first-step analysis of the tagged customer, and
 * P(served by T) by uniformisation of the tagged-customer chain (no closed forms shared with
 * the implementation).
 */
function bruteForce(lambda: number, mu: number, c: number, theta: number, T: number, states = 80) {
  const q = [1];
  for (let k = 1; k <= states; k++) q.push((q[k - 1] * lambda) / (Math.min(k, c) * mu + Math.max(k - c, 0) * theta));
  const total = q.reduce((s, x) => s + x, 0);
  const p = q.map((x) => x / total);
  let pWait = 0;
  let lq = 0;
  let busy = 0;
  for (let k = 0; k <= states; k++) {
    if (k >= c) pWait += p[k];
    lq += Math.max(0, k - c) * p[k];
    busy += Math.min(k, c) * p[k];
  }

  // Tagged customer with j ahead: advance at cμ + jθ (from j = 0 it enters service), leave at θ.
  const J = states - c;
  const advance = (j: number): number => c * mu + j * theta;
  let servedPrev = 1;
  let waitPrev = 0;
  let servedWait = 0;
  for (let j = 0; j <= J; j++) {
    const out = advance(j) + theta;
    const served = (advance(j) / out) * servedPrev;
    const wait = served / out + (advance(j) / out) * waitPrev;
    servedWait += p[c + j] * wait;
    servedPrev = served;
    waitPrev = wait;
  }

  // Uniformisation: distribution over positions j (and "served"), started from PASTA.
  const rate = advance(J) + theta;
  let dist = Array.from({ length: J + 1 }, (_, j) => p[c + j]);
  let servedMass = 0;
  let poisson = Math.exp(-rate * T);
  let within = 0;
  // Poisson(rate·T) weights beyond this many jumps are below 1e-30.
  const jumps = rate * T + 30 * Math.sqrt(rate * T) + 60;
  for (let n = 0; n < jumps; n++) {
    if (n > 0) {
      const next = new Array<number>(J + 1).fill(0);
      for (let j = 0; j <= J; j++) {
        const m = dist[j];
        if (m === 0) continue;
        if (j === 0) servedMass += (m * advance(0)) / rate;
        else next[j - 1] += (m * advance(j)) / rate;
        next[j] += (m * (rate - advance(j) - theta)) / rate;
      }
      dist = next;
      poisson *= (rate * T) / n;
    }
    within += poisson * servedMass;
  }
  const pAbandon = (theta * lq) / lambda;
  return {
    pWait,
    meanQueue: lq,
    pAbandon,
    utilisation: busy / c,
    meanWaitServed: servedWait / (1 - pAbandon),
    ofAll: 1 - pWait + within,
  };
}

describe('erlangA against brute force', () => {
  const cases: [number, number, number, number, number][] = [
    [0.8, 1, 1, 0.3, 0.7],
    [4, 1, 3, 0.5, 0.4],
    [5, 1, 2, 1, 0.25],
    [2, 0.5, 1, 2, 1.5],
  ];
  for (const [lambda, mu, c, theta, T] of cases) {
    it(`λ=${lambda} μ=${mu} c=${c} θ=${theta} T=${T}`, () => {
      const ref = bruteForce(lambda, mu, c, theta, T);
      const r = erlangA(lambda, mu, c, theta);
      expect(r.pWait).toBeCloseTo(ref.pWait, 13);
      expect(r.meanQueue).toBeCloseTo(ref.meanQueue, 12);
      expect(r.pAbandon).toBeCloseTo(ref.pAbandon, 13);
      expect(r.meanWaitAll).toBeCloseTo(ref.meanQueue / lambda, 12);
      expect(r.meanWaitServed).toBeCloseTo(ref.meanWaitServed, 12);
      expect(r.utilisation).toBeCloseTo(ref.utilisation, 12);
      expect(r.throughput).toBeCloseTo(lambda * (1 - ref.pAbandon), 12);
      const w = answeredWithin(lambda, mu, c, theta, T);
      expect(w.ofAll).toBeCloseTo(ref.ofAll, 12);
      expect(w.ofServed).toBeCloseTo(ref.ofAll / (1 - ref.pAbandon), 12);
    });
  }

  it('matches an independent 30-digit computation (matrix exponential of the tagged chain)', () => {
    // mpmath: chain truncated at 200 states, tagged chain solved with expm at T = 0.2.
    const r = erlangA(10, 1, 12, 0.5);
    expect(r.pWait).toBeCloseTo(0.3415202155945610339, 14);
    expect(r.pAbandon).toBeCloseTo(0.03918114848387943328, 14);
    expect(r.meanQueue).toBeCloseTo(0.7836229696775886655, 14);
    expect(r.meanWaitServed).toBeCloseTo(0.07327355882416221272, 14);
    const w = answeredWithin(10, 1, 12, 0.5, 0.2);
    expect(w.ofAll).toBeCloseTo(0.8229493512882119936, 14);
    expect(w.ofServed).toBeCloseTo(0.8565083313984130274, 14);
  });
});

describe('erlangA limits and identities', () => {
  it('tends to Erlang C as θ → 0', () => {
    const theta = 1e-12;
    const r = erlangA(10, 1, 12, theta);
    const ref = mmc(10, 1, 12);
    expect(r.pWait / ref.pWait - 1).toBeLessThan(1e-9);
    expect(Math.abs(r.meanWaitAll / ref.meanWait - 1)).toBeLessThan(1e-9);
    expect(Math.abs(r.meanWaitServed / ref.meanWait - 1)).toBeLessThan(1e-9);
    expect(r.pAbandon).toBeLessThan(1e-10);
    for (const T of [0, 0.1, 1]) {
      const w = answeredWithin(10, 1, 12, theta, T);
      expect(w.ofAll).toBeCloseTo(1 - ref.waitExceeds(T), 9);
      expect(w.ofServed).toBeCloseTo(1 - ref.waitExceeds(T), 9);
    }
  });

  it('has E[W | served] equal to the integral of P(W > t | served)', () => {
    const [lambda, mu, c, theta] = [6, 1, 5, 0.8];
    const h = 0.01;
    const end = 40;
    const tail = (t: number): number => 1 - answeredWithin(lambda, mu, c, theta, t).ofServed;
    let sum = tail(0) + tail(end);
    for (let i = 1; i < end / h; i++) sum += (i % 2 === 1 ? 4 : 2) * tail(i * h);
    expect(erlangA(lambda, mu, c, theta).meanWaitServed).toBeCloseTo((sum * h) / 3, 8);
  });

  it('counts no-waits at T = 0 and everyone served at T → ∞', () => {
    const r = erlangA(4, 1, 3, 0.5);
    expect(answeredWithin(4, 1, 3, 0.5, 0).ofAll).toBeCloseTo(1 - r.pWait, 15);
    const late = answeredWithin(4, 1, 3, 0.5, 200);
    expect(late.ofAll).toBeCloseTo(1 - r.pAbandon, 14);
    expect(late.ofServed).toBeCloseTo(1, 14);
    let previous = 0;
    for (const T of [0, 0.1, 0.5, 1, 3, 10]) {
      const w = answeredWithin(4, 1, 3, 0.5, T);
      expect(w.ofAll).toBeGreaterThanOrEqual(previous);
      expect(w.ofServed).toBeLessThanOrEqual(1);
      previous = w.ofAll;
    }
  });

  it('stays finite and consistent for a thousand servers and large λ/θ', () => {
    const [lambda, mu, c, theta] = [1100, 1, 1000, 0.01];
    const r = erlangA(lambda, mu, c, theta);
    for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    // Fluid limit: the excess λ − cμ abandons.
    expect(r.pAbandon).toBeCloseTo((lambda - c * mu) / lambda, 3);
    expect(r.pWait).toBeCloseTo(1, 12);
    // Two independent sums: θLq/λ and Σ p_{c+j}·P(abandon | j).
    expect(Math.abs((theta * r.meanQueue) / lambda / r.pAbandon - 1)).toBeLessThan(1e-10);
    const w = answeredWithin(lambda, mu, c, theta, 500);
    expect(w.ofAll).toBeGreaterThanOrEqual(0);
    expect(w.ofAll).toBeLessThanOrEqual(1 - r.pAbandon + 1e-12);
  });

  it('has no queue to speak of when servers are plentiful', () => {
    const r = erlangA(1, 1, 1000, 1);
    expect(r.pWait).toBe(0);
    expect(r.meanQueue).toBe(0);
    expect(r.utilisation).toBeCloseTo(0.001, 15);
    expect(answeredWithin(1, 1, 1000, 1, 0).ofAll).toBe(1);
  });

  it('is all zeros without arrivals', () => {
    expect(Object.values(erlangA(0, 1, 2, 1))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(answeredWithin(0, 1, 2, 1, 1)).toEqual({ ofAll: 1, ofServed: 1 });
  });

  it('refuses chains longer than 10^7 states', () => {
    expectParamError(() => erlangA(1e6, 1, 1, 0.01), 'theta');
  });
});

describe('argument checks', () => {
  const bad = [NaN, Infinity, -Infinity, -1];
  it('rejects bad λ, μ, c, θ and T', () => {
    for (const f of [
      (l: number, m: number, c: number, t: number) => erlangA(l, m, c, t),
      (l: number, m: number, c: number, t: number) => answeredWithin(l, m, c, t, 1),
    ]) {
      for (const lambda of bad) expectParamError(() => f(lambda, 1, 1, 1), 'lambda');
      for (const mu of [...bad, 0]) expectParamError(() => f(1, mu, 1, 1), 'mu');
      for (const c of [...bad, 0, 1.5]) expectParamError(() => f(1, 1, c, 1), 'c');
      for (const theta of [...bad, 0]) expectParamError(() => f(1, 1, 1, theta), 'theta');
    }
    for (const T of bad) expectParamError(() => answeredWithin(1, 1, 1, 1, T), 'T');
  });
});
