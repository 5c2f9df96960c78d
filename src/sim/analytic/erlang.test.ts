import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import { erlangB, erlangC, halfinWhittDelay, mmc, squareRootStaffing } from './erlang.ts';
import { normalCdf } from '../math/normal.ts';
import { expectParamError } from '../../../tests/support/errors.ts';

// Reference values are published ones or were computed independently of this code with
// mpmath at 40–50 significant digits (Erlang B as A^c/c! / Σ A^k/k! summed in log space).

/** Erlang B straight from its definition; only usable for small c. */
function erlangBByDefinition(c: number, A: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= c; k++) {
    term *= A / k;
    sum += term;
  }
  return term / sum;
}

describe('erlangB', () => {
  it('matches published values', () => {
    expect(erlangB(10, 10)).toBeCloseTo(0.2145823, 7);
    expect(erlangB(5, 5)).toBeCloseTo(0.2849, 4);
  });

  it('matches the definition for small systems', () => {
    for (const [c, A] of [
      [1, 0.5],
      [2, 1],
      [7, 3.3],
      [20, 25],
    ]) {
      expect(erlangB(c, A)).toBeCloseTo(erlangBByDefinition(c, A), 14);
    }
    expect(erlangB(1, 2)).toBeCloseTo(2 / 3, 15);
  });

  it('does not overflow for thousands of servers', () => {
    const b = erlangB(5000, 4900);
    expect(Number.isFinite(b)).toBe(true);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
    expect(b).toBeCloseTo(0.0022157679024972432, 14);
    expect(erlangB(10000, 10000)).toBeCloseTo(0.0079365632488056719, 14);
    expect(erlangB(10000, 9800)).toBeCloseTo(0.00053713040210626948, 15);
  });

  it('is 0 with no load and in [0, 1] with a huge load', () => {
    expect(erlangB(3, 0)).toBe(0);
    const b = erlangB(2, 1e300);
    expect(b).toBeGreaterThan(0.99);
    expect(b).toBeLessThanOrEqual(1);
  });
});

describe('erlangC', () => {
  it('matches published values', () => {
    expect(erlangC(14, 10)).toBeCloseTo(0.1741319, 7);
    expect(erlangC(11, 10)).toBeCloseTo(0.6821182, 7);
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 14);
  });

  it('equals ρ for one server (M/M/1)', () => {
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 15);
  });

  it('works for large systems', () => {
    expect(erlangC(10000, 9800)).toBeCloseTo(0.02616779959022297, 12);
  });

  it('is 1 when A >= c', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangC(10, 25)).toBe(1);
  });
});

describe('mmc', () => {
  it('reproduces the M/M/1 closed forms', () => {
    const lambda = 0.8;
    const mu = 1.25;
    const rho = lambda / mu;
    const r = mmc(lambda, mu, 1);
    expect(r.stable).toBe(true);
    expect(r.utilisation).toBeCloseTo(rho, 15);
    expect(r.pWait).toBeCloseTo(rho, 15);
    expect(r.meanWait).toBeCloseTo(rho / (mu - lambda), 14);
    expect(r.meanQueue).toBeCloseTo((rho * rho) / (1 - rho), 14);
    expect(r.meanSojourn).toBeCloseTo(1 / (mu - lambda), 14);
    expect(r.meanInSystem).toBeCloseTo(rho / (1 - rho), 14);
    expect(r.waitExceeds(2)).toBeCloseTo(rho * Math.exp(-(mu - lambda) * 2), 15);
  });

  it('agrees with the stationary distribution summed by brute force', () => {
    const [lambda, mu, c] = [5, 2, 3];
    const q: number[] = [1];
    for (let k = 1; k < 400; k++) q.push((q[k - 1] * lambda) / (Math.min(k, c) * mu));
    const total = q.reduce((s, x) => s + x, 0);
    const p = q.map((x) => x / total);
    const lq = p.reduce((s, x, k) => s + Math.max(0, k - c) * x, 0);
    const waiting = p.slice(c).reduce((s, x) => s + x, 0);
    const r = mmc(lambda, mu, c);
    expect(r.offeredLoad).toBe(2.5);
    expect(r.pWait).toBeCloseTo(waiting, 13);
    expect(r.meanQueue).toBeCloseTo(lq, 12);
    expect(r.meanWait).toBeCloseTo(lq / lambda, 12);
    expect(r.meanInSystem).toBeCloseTo(lq + lambda / mu, 12);
  });

  it('has consistent wait tail and quantiles', () => {
    const r = mmc(10, 1, 12);
    expect(r.waitExceeds(0)).toBeCloseTo(r.pWait, 15);
    expect(r.waitQuantile(0)).toBe(0);
    expect(r.waitQuantile(1 - r.pWait)).toBe(0);
    expect(r.waitQuantile(1)).toBe(Infinity);
    for (const p of [0.6, 0.8, 0.95, 0.999]) {
      const t = r.waitQuantile(p);
      expect(1 - r.waitExceeds(t)).toBeCloseTo(p, 12);
    }
  });

  it('is all zeros without arrivals', () => {
    const r = mmc(0, 1, 2);
    expect(r.stable).toBe(true);
    expect([r.pWait, r.meanWait, r.meanQueue, r.meanInSystem]).toEqual([0, 0, 0, 0]);
    expect(r.meanSojourn).toBe(1);
    expect(r.waitExceeds(0)).toBe(0);
    expect(r.waitQuantile(1)).toBe(0);
  });

  it('reports instability with Infinity, never NaN or negative values', () => {
    for (const [lambda, c] of [
      [12, 12],
      [30, 12],
    ]) {
      const r = mmc(lambda, 1, c);
      expect(r.stable).toBe(false);
      expect(r.pWait).toBe(1);
      expect(r.meanWait).toBe(Infinity);
      expect(r.meanQueue).toBe(Infinity);
      expect(r.meanSojourn).toBe(Infinity);
      expect(r.meanInSystem).toBe(Infinity);
      expect(r.waitExceeds(0)).toBe(1);
      expect(r.waitExceeds(1e9)).toBe(1);
      expect(r.waitQuantile(0.5)).toBe(Infinity);
      expect(r.utilisation).toBeCloseTo(lambda / c, 15);
    }
  });
});

describe('square-root staffing and the Halfin–Whitt delay', () => {
  it('staffs c = ceil(A + β√A)', () => {
    expect(squareRootStaffing(100, 1)).toBe(110);
    expect(squareRootStaffing(100, 0.5)).toBe(105);
    expect(squareRootStaffing(10000, 0.5)).toBe(10050);
    expect(squareRootStaffing(10, 1)).toBe(14);
    expect(squareRootStaffing(0, 1)).toBe(1);
    expect(squareRootStaffing(4, 0)).toBe(4);
    expect(squareRootStaffing(100, -1)).toBe(90);
  });

  it('always stabilises M/M/c for β > 0', () => {
    expect(squareRootStaffing(100, 1e-15)).toBe(101);
  });

  it('matches reference values of [1 + βΦ(β)/φ(β)]⁻¹', () => {
    expect(halfinWhittDelay(0)).toBe(1);
    expect(halfinWhittDelay(0.5)).toBeCloseTo(0.504538640997945, 14);
    expect(halfinWhittDelay(1)).toBeCloseTo(0.22336127479826074, 14);
    expect(halfinWhittDelay(2)).toBeCloseTo(0.026881362429432263, 14);
    expect(halfinWhittDelay(50)).toBe(0);
  });

  it('is the large-system limit of Erlang C', () => {
    for (const beta of [0.5, 1, 2]) {
      const A = 10000;
      const c = squareRootStaffing(A, beta);
      // The approximation error is O(1/√A) = O(0.01).
      expect(Math.abs(erlangC(c, A) - halfinWhittDelay(beta))).toBeLessThan(0.01);
    }
  });
});

describe('argument checks', () => {
  const bad = [NaN, Infinity, -Infinity, -1];
  it('erlangB and erlangC reject bad c and A', () => {
    for (const f of [erlangB, erlangC]) {
      for (const c of [...bad, 0, 1.5]) expectParamError(() => f(c, 1), 'c');
      for (const A of bad) expectParamError(() => f(2, A), 'A');
    }
  });

  it('mmc rejects bad rates and server counts', () => {
    for (const lambda of bad) expectParamError(() => mmc(lambda, 1, 1), 'lambda');
    for (const mu of [...bad, 0]) expectParamError(() => mmc(1, mu, 1), 'mu');
    for (const c of [...bad, 0, 2.5]) expectParamError(() => mmc(1, 1, c), 'c');
    const r = mmc(1, 2, 1);
    for (const t of bad) expectParamError(() => r.waitExceeds(t), 't');
    for (const p of [NaN, -0.1, 1.1, Infinity]) expectParamError(() => r.waitQuantile(p), 'p');
    const unstable = mmc(3, 1, 1);
    expectParamError(() => unstable.waitExceeds(NaN), 't');
    expectParamError(() => unstable.waitQuantile(2), 'p');
  });

  it('staffing functions reject bad A and β', () => {
    for (const A of bad) expectParamError(() => squareRootStaffing(A, 1), 'A');
    for (const beta of [NaN, Infinity, -Infinity]) expectParamError(() => squareRootStaffing(1, beta), 'beta');
    for (const beta of bad) expectParamError(() => halfinWhittDelay(beta), 'beta');
    expectParamError(() => normalCdf(NaN), 'x');
  });

  it('explains itself in English and Chinese', () => {
    try {
      erlangC(0, 1);
      expect.unreachable();
    } catch (error) {
      const e = error as ParameterError;
      expect(e.message).toContain('c');
      expect(e.messageZh).toContain('整数');
    }
  });
});
