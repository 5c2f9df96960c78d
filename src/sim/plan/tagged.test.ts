import { describe, expect, it } from 'vitest';
import { answeredWithin, erlangA } from '../analytic/erlang-a.ts';
import { mmc } from '../analytic/erlang.ts';
import { measuresFor } from './tagged.ts';

/** The stationary number in system of M/M/c+M (θ = 0: M/M/c), truncated at `n` states. */
function stationary(lambda: number, mu: number, c: number, theta: number, n = 400): Float64Array {
  const q = new Float64Array(n);
  q[0] = 1;
  for (let k = 1; k < n; k++) q[k] = (q[k - 1] * lambda) / (Math.min(k, c) * mu + Math.max(k - c, 0) * theta);
  const total = q.reduce((a, b) => a + b, 0);
  return q.map((x) => x / total);
}

describe('joiner measures from the number in system found', () => {
  it('reproduce Erlang A when the histogram is its stationary law (PASTA)', () => {
    const [lambda, mu, c, theta, T] = [10 / 3, 1 / 3, 14, 1 / 5, 0.5];
    const h = stationary(lambda, mu, c, theta);
    const m = measuresFor(h, c, mu, theta, T);
    const a = erlangA(lambda, mu, c, theta);
    expect(m.within).toBeCloseTo(answeredWithin(lambda, mu, c, theta, T).ofAll, 10);
    expect(m.abandon).toBeCloseTo(a.pAbandon, 10);
    expect(m.meanWait).toBeCloseTo(a.meanWaitServed, 10);
  });

  it('reproduce Erlang C without abandonment', () => {
    const [lambda, mu, c, T] = [9, 1, 10, 0.3];
    const h = stationary(lambda, mu, c, 0, 3000);
    const m = measuresFor(h, c, mu, 0, T);
    const q = mmc(lambda, mu, c);
    expect(m.within).toBeCloseTo(1 - q.waitExceeds(T), 9);
    expect(m.meanWait).toBeCloseTo(q.meanWait / (1 - 0), 8);
    expect(m.abandon).toBe(0);
  });

  it('improve with every window added, and are perfect when nobody waits', () => {
    const h = stationary(5, 0.5, 12, 0.1);
    let last = -1;
    for (let s = 0; s <= 30; s++) {
      const w = measuresFor(h, s, 0.5, 0.1, 2).within;
      expect(w).toBeGreaterThanOrEqual(last - 1e-15);
      last = w;
    }
    expect(measuresFor([3, 2, 1], 3, 1, 0, 0).within).toBe(1);
    expect(measuresFor([0, 0, 0], 0, 1, 0, 5)).toEqual({ within: 1, meanWait: 0, abandon: 0 });
    // No window at all: nobody is served.
    expect(measuresFor([1, 1], 0, 1, 0.2, 5)).toEqual({ within: 0, meanWait: 0, abandon: 1 });
  });
});
