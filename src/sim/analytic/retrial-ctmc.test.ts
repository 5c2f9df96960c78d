import { describe, expect, it } from 'vitest';
import { answeredWithin, erlangA } from './erlang-a.ts';
import { erlangARedial } from './retrial.ts';
import { erlangARedialCtmc } from './retrial-ctmc.ts';
import { expectParamError } from '../../../tests/support/errors.ts';

const hotline = { servers: 5, mu: 1, freshRate: 5.5, theta: 0.5, redialProbability: 0.5 };

/** Stationary law of a small CTMC (off-diagonal rates) by GTH elimination: no subtractions. */
function gth(rates: number[][]): number[] {
  const A = rates.map((row) => row.slice());
  for (let k = A.length - 1; k > 0; k--) {
    let s = 0;
    for (let j = 0; j < k; j++) s += A[k][j];
    for (let i = 0; i < k; i++) A[i][k] /= s;
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) if (i !== j) A[i][j] += A[i][k] * A[k][j];
  }
  const x = [1];
  for (let k = 1; k < A.length; k++) x.push(x.reduce((s, xi, i) => s + xi * A[i][k], 0));
  const total = x.reduce((s, v) => s + v, 0);
  return x.map((v) => v / total);
}

/**
 * The truncated chain built from the model's description (not from the implementation's
 * arrays), solved directly, and its measures computed here: attempts see state (n, m) with
 * weight λ0 + m·δ (fresh by PASTA, redials at rate m·δ; none leave n = N).
 */
function dense(c: number, mu: number, l0: number, theta: number, p: number, delta: number, N: number, M: number) {
  const id = (n: number, m: number): number => m * (N + 1) + n;
  const Q = Array.from({ length: (N + 1) * (M + 1) }, () => new Array<number>((N + 1) * (M + 1)).fill(0));
  for (let m = 0; m <= M; m++) {
    for (let n = 0; n <= N; n++) {
      const row = Q[id(n, m)];
      const abandon = Math.max(n - c, 0) * theta;
      if (n < N) row[id(n + 1, m)] += l0;
      if (n > 0) row[id(n - 1, m)] += Math.min(n, c) * mu + (m < M ? 1 - p : 1) * abandon;
      if (m < M && abandon > 0) row[id(n - 1, m + 1)] += p * abandon;
      if (m > 0 && n < N) row[id(n + 1, m - 1)] += m * delta;
    }
  }
  const pi = gth(Q);
  let [attempts, waiting, queue, busy, orbit, returns] = [0, 0, 0, 0, 0, 0];
  for (let m = 0; m <= M; m++) {
    for (let n = 0; n <= N; n++) {
      const x = pi[id(n, m)];
      const back = n < N ? x * m * delta : 0;
      attempts += x * l0 + back;
      if (n >= c) waiting += x * l0 + back;
      [queue, busy, orbit, returns] = [
        queue + x * Math.max(n - c, 0),
        busy + x * Math.min(n, c),
        orbit + x * m,
        returns + back,
      ];
    }
  }
  return { attempts, pWait: waiting / attempts, pAbandon: (theta * queue) / attempts, busy, orbit, returns };
}

describe('erlangARedialCtmc', () => {
  it('is Erlang A without redials', () => {
    // The orbit is never entered; the hall's chain is summed directly, its tail cut below
    // 1e-12. The answered-within-T share uses this file's replica of the tagged customer,
    // so this also checks that the replica agrees with erlang-a.ts's answeredWithin.
    const Ts = [0, 0.1, 0.5, 2, 10];
    for (const [c, l0, theta] of [
      [5, 5.5, 0.5],
      [3, 2, 2],
      [20, 18, 0.1],
    ]) {
      const r = erlangARedialCtmc({
        ...hotline,
        servers: c,
        freshRate: l0,
        theta,
        redialProbability: 0,
        delta: 1,
        answerWithin: Ts,
      });
      const a = erlangA(l0, 1, c, theta);
      for (const key of ['pWait', 'pAbandon', 'utilisation', 'throughput'] as const) {
        expect(Math.abs(r[key] - a[key])).toBeLessThan(1e-12);
      }
      Ts.forEach((T, i) =>
        expect(Math.abs(r.answeredWithin[i] - answeredWithin(l0, 1, c, theta, T).ofAll)).toBeLessThan(1e-12),
      );
      expect(r.meanOrbit).toBe(0);
      expect(r.truncation.tailEstimate).toBeLessThan(1e-12);
    }
  });

  it('matches a direct (GTH) solution of the same truncated chain', () => {
    // 99 states; the iteration stops at a relative residual of 1e-13, the agreement is ~1e-15.
    const [c, mu, l0, theta, p, delta, N, M] = [2, 1, 2.5, 0.8, 0.6, 0.7, 10, 8];
    const ref = dense(c, mu, l0, theta, p, delta, N, M);
    const r = erlangARedialCtmc({
      servers: c,
      mu,
      freshRate: l0,
      theta,
      redialProbability: p,
      delta,
      maxInSystem: N,
      maxInOrbit: M,
    });
    expect(r.attemptRate).toBeCloseTo(ref.attempts, 12);
    expect(r.pWait).toBeCloseTo(ref.pWait, 12);
    expect(r.pAbandon).toBeCloseTo(ref.pAbandon, 12);
    expect(r.utilisation).toBeCloseTo(ref.busy / c, 12);
    expect(r.meanOrbit).toBeCloseTo(ref.orbit, 12);
    expect(r.redialRate).toBeCloseTo(ref.returns, 12);
    expect(r.residual).toBeLessThanOrEqual(1e-13);
  });

  const cases = [
    { ...hotline, delta: 0.05 },
    { ...hotline, delta: 20 },
    { servers: 20, mu: 1, freshRate: 22, theta: 0.5, redialProbability: 0.8, delta: 0.2 },
    { servers: 5, mu: 1, freshRate: 4.5, theta: 0.2, redialProbability: 1, delta: 0.5 },
  ];
  for (const model of cases) {
    it(`balances its flows: c=${model.servers} λ0=${model.freshRate} p=${model.redialProbability} δ=${model.delta}`, () => {
      const r = erlangARedialCtmc({ ...model, answerWithin: [0, 1e3] });
      // Default truncation: < 1e-12 cut off, so flows balance to ~1e-12 (asserted 1e-9).
      expect(r.truncation.tailEstimate).toBeLessThan(1e-10);
      expect(Math.abs(r.servedShare + r.gaveUpShare - 1)).toBeLessThan(1e-9);
      const redialsIn = model.redialProbability * r.pAbandon * r.attemptRate;
      expect(Math.abs(r.redialRate / redialsIn - 1)).toBeLessThan(1e-9);
      expect(Math.abs((r.meanOrbit * model.delta) / r.redialRate - 1)).toBeLessThan(1e-9);
      // The tagged-customer argument: averaged over the states attempts see, P(served) per
      // position must give back the abandonment rate θ·Lq; and T = 0 counts the no-waits.
      expect(Math.abs(r.answeredWithin[1] - (1 - r.pAbandon))).toBeLessThan(1e-9);
      expect(Math.abs(r.answeredWithin[0] - (1 - r.pWait))).toBeLessThan(1e-12);
      if (model.redialProbability === 1) expect(r.gaveUpShare).toBe(0);
    });
  }

  it('does not depend on the truncation once the default one is reached', () => {
    const r = erlangARedialCtmc({ ...hotline, delta: 1, answerWithin: [0.5] });
    const { maxInSystem: N, maxInOrbit: M } = r.truncation;
    const wide = erlangARedialCtmc({
      ...hotline,
      delta: 1,
      answerWithin: [0.5],
      maxInSystem: 2 * N,
      maxInOrbit: 2 * M,
    });
    for (const key of ['pWait', 'pAbandon', 'servedShare', 'meanAttempts', 'meanOrbit'] as const) {
      expect(Math.abs(r[key] - wide[key])).toBeLessThan(1e-11);
    }
    expect(Math.abs(r.answeredWithin[0] - wide.answeredWithin[0])).toBeLessThan(1e-11);
  });

  it('tends to Erlang A with patience (1 − p)θ as redials become immediate (δ → ∞)', () => {
    // An immediate redial rejoins the queue at once, so the hall's count is Erlang A with
    // abandonment rate (1 − p)θ; the error is O(1/δ) (9e-6 seen at δ = 1000).
    const limit = erlangA(5.5, 1, 5, 0.25);
    const r = erlangARedialCtmc({ ...hotline, delta: 1000 });
    expect(Math.abs(r.servedShare - (1 - limit.pAbandon))).toBeLessThan(2e-5);
    expect(Math.abs(r.utilisation - limit.utilisation)).toBeLessThan(2e-5);
  });

  it('converges on a 10^5-state chain', () => {
    // 200 × 500 states; about 66 iterations, 0.5–1 s on the 2-core machines.
    const big = { servers: 50, mu: 1, freshRate: 55, theta: 0.5, redialProbability: 0.5, delta: 0.2 };
    const r = erlangARedialCtmc({ ...big, maxInSystem: 199, maxInOrbit: 499 });
    expect(r.residual).toBeLessThanOrEqual(1e-13);
    expect(r.truncation.tailEstimate).toBeLessThan(1e-18);
    expect(Math.abs(r.servedShare + r.gaveUpShare - 1)).toBeLessThan(1e-10);
  }, 20_000);

  it('is an empty hall without calls', () => {
    const r = erlangARedialCtmc({ ...hotline, freshRate: 0, delta: 1, answerWithin: [2] });
    expect(r).toMatchObject({ attemptRate: 0, pWait: 0, servedShare: 1, answeredWithin: [1], meanOrbit: 0 });
  });
});

describe('the fixed-point approximation against the exact chain', () => {
  // c = 5, μ = 1, λ0 = 5.5, θ = 0.5, p = 0.5. Error = fixed point − CTMC:
  //   δ       servedShare  pAbandon   pWait     answered ≤ 0.5
  //   0.01    +0.00030     −0.00045   +0.00017  +0.00068
  //   0.05    +0.00136     −0.00208   +0.00080  +0.00310
  //   1       +0.0100      −0.0152    +0.0057   +0.0215
  //   20      +0.0151      −0.0228    +0.0080   +0.0323
  //   → ∞     +0.0155      −0.0235    +0.0082   +0.0333  (CTMC → Erlang A with (1 − p)θ)
  // The fixed point is exact as δ → 0 (the error is ~linear in δ) and worst for immediate
  // redials (module comment of retrial.ts). It is asserted only for slow redials; for fast
  // ones only that the error keeps growing with δ.
  const model = { ...hotline, answerWithin: [0.5] };
  const fp = erlangARedial(model);
  const errors = (delta: number): number[] => {
    const r = erlangARedialCtmc({ ...model, delta });
    return [fp.servedShare - r.servedShare, fp.pAbandon - r.pAbandon, fp.pWait - r.pWait]
      .concat(fp.answeredWithin[0] - r.answeredWithin[0])
      .map(Math.abs);
  };
  let table: number[][] | undefined;
  const errorTable = (): number[][] => (table ??= [0.01, 0.05, 1, 20].map(errors));

  it('is close for slow redials (mean delay 20 to 100 service times)', () => {
    const [e001, e005] = errorTable();
    // Observed error plus about 40%.
    [4e-4, 6.5e-4, 2.5e-4, 1e-3].forEach((bound, i) => expect(e001[i]).toBeLessThan(bound));
    [2e-3, 3e-3, 1.2e-3, 4.5e-3].forEach((bound, i) => expect(e005[i]).toBeLessThan(bound));
  });

  it('improves in proportion to δ as δ → 0 and worsens as δ grows', () => {
    const [e001, e005, e1, e20] = errorTable();
    for (let i = 0; i < 4; i++) {
      // 0.01/0.05 = 0.2; observed ratios 0.21–0.22.
      expect(e001[i] / e005[i]).toBeGreaterThan(0.15);
      expect(e001[i] / e005[i]).toBeLessThan(0.3);
      expect(e005[i]).toBeLessThan(e1[i]);
      expect(e1[i]).toBeLessThan(e20[i]);
    }
  });
});

describe('argument checks', () => {
  const bad = [NaN, Infinity, -Infinity, -1];
  const base = { ...hotline, delta: 1 };
  it('names the field at fault', () => {
    for (const v of [...bad, 0]) expectParamError(() => erlangARedialCtmc({ ...base, delta: v }), 'delta');
    for (const v of [...bad, 4, 5.5])
      expectParamError(() => erlangARedialCtmc({ ...base, maxInSystem: v }), 'maxInSystem');
    for (const v of [...bad, 0.5]) expectParamError(() => erlangARedialCtmc({ ...base, maxInOrbit: v }), 'maxInOrbit');
    expectParamError(() => erlangARedialCtmc({ ...base, maxInSystem: 9999, maxInOrbit: 9999 }), 'maxInSystem');
    expectParamError(() => erlangARedialCtmc({ ...base, servers: 0 }), 'servers');
    expectParamError(() => erlangARedialCtmc({ ...base, theta: 0 }), 'theta');
    expectParamError(() => erlangARedialCtmc({ ...base, answerWithin: [NaN] }), 'answerWithin[0]');
    expectParamError(() => erlangARedialCtmc({ ...base, redialProbability: 1 }), 'redialProbability');
  });
});
