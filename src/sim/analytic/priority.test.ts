import { describe, expect, it } from 'vitest';
import { mmc } from './erlang.ts';
import { mg1 } from './mg1.ts';
import { type PriorityClassMG1, priorityMG1, priorityMMc } from './priority.ts';
import { expectParamError } from '../../../tests/support/errors.ts';

describe('priorityMG1', () => {
  it('with one class is Pollaczek–Khinchine', () => {
    const ref = mg1(0.6, 1.2, 0.5);
    for (const cls of [
      { lambda: 0.6, meanService: 1.2, scv: 0.5 },
      { lambda: 0.6, meanService: 1.2, secondMoment: 1.2 * 1.2 * 1.5 },
    ]) {
      const r = priorityMG1([cls]);
      expect(r.allStable).toBe(true);
      expect(r.utilisation).toBeCloseTo(0.72, 15);
      expect(r.classes[0].meanWait).toBeCloseTo(ref.meanWait, 13);
      expect(r.classes[0].meanSojourn).toBeCloseTo(ref.meanSojourn, 13);
    }
  });

  it('matches a hand computation for two exponential classes', () => {
    // μ = 1, λ1 = λ2 = 0.3: W0 = (0.3·2 + 0.3·2)/2 = 0.6, W1 = 0.6/0.7, W2 = 0.6/(0.7·0.4).
    const r = priorityMG1([
      { lambda: 0.3, meanService: 1, scv: 1 },
      { lambda: 0.3, meanService: 1, scv: 1 },
    ]);
    expect(r.classes[0].meanWait).toBeCloseTo(6 / 7, 14);
    expect(r.classes[1].meanWait).toBeCloseTo(15 / 7, 14);
    expect(r.classes[1].meanSojourn).toBeCloseTo(15 / 7 + 1, 14);
  });

  it('obeys Kleinrock’s conservation law Σ ρ_k W_k = ρ·W0/(1 − ρ)', () => {
    const classes: PriorityClassMG1[] = [
      { lambda: 0.2, meanService: 0.5, scv: 0 },
      { lambda: 0.1, meanService: 2, secondMoment: 10 },
      { lambda: 0.3, meanService: 1, scv: 3 },
    ];
    const r = priorityMG1(classes);
    const rho = 0.1 + 0.2 + 0.3;
    const w0 = (0.2 * 0.25 + 0.1 * 10 + 0.3 * 4) / 2;
    const weighted = r.classes.reduce((s, cls) => s + cls.utilisation * cls.meanWait, 0);
    expect(weighted).toBeCloseTo((rho * w0) / (1 - rho), 13);
    // The same number is ρ times the FCFS wait of the merged stream (P-K with the mixed E[S²]).
    const lambda = 0.6;
    const meanS = rho / lambda;
    const secondS = (2 * w0) / lambda;
    const fcfs = mg1(lambda, meanS, secondS / (meanS * meanS) - 1);
    expect(weighted).toBeCloseTo(rho * fcfs.meanWait, 12);
    // Higher priority waits less.
    expect(r.classes[0].meanWait).toBeLessThan(r.classes[1].meanWait);
    expect(r.classes[1].meanWait).toBeLessThan(r.classes[2].meanWait);
  });

  it('reports starving classes per class and keeps the others finite and continuous', () => {
    const high = { lambda: 0.4, meanService: 1, scv: 1 };
    const wait = (lambda2: number) =>
      priorityMG1([high, { lambda: lambda2, meanService: 1, scv: 1 }, { lambda: 0.1, meanService: 1, scv: 1 }]);
    // At σ2 = 1 exactly, W1 = W0/(1 − ρ1) = (0.4·2/2 + 0.6·2/2)/0.6 = 5/3.
    const boundary = wait(0.6);
    expect(boundary.classes[0].stable).toBe(true);
    expect(boundary.classes[0].meanWait).toBeCloseTo(5 / 3, 14);
    expect(wait(0.6 - 1e-9).classes[0].meanWait).toBeCloseTo(5 / 3, 7);
    for (const lambda2 of [0.6, 1, 50]) {
      const r = wait(lambda2);
      expect(r.allStable).toBe(false);
      expect(r.classes[0].meanWait).toBeCloseTo(5 / 3, 14);
      for (const starving of r.classes.slice(1)) {
        expect(starving.stable).toBe(false);
        expect(starving.meanWait).toBe(Infinity);
        expect(starving.meanSojourn).toBe(Infinity);
      }
    }
  });
});

describe('priorityMMc', () => {
  it('with one class is the Erlang C mean wait', () => {
    for (const [lambda, mu, c] of [
      [10, 1, 12],
      [0.5, 1, 1],
      [95, 2, 50],
    ]) {
      const r = priorityMMc([lambda], mu, c);
      expect(r.classes[0].meanWait).toBeCloseTo(mmc(lambda, mu, c).meanWait, 13);
      expect(r.classes[0].meanSojourn).toBeCloseTo(mmc(lambda, mu, c).meanSojourn, 13);
    }
  });

  it('conserves the total queue of FCFS: Σ λ_k W_k = λ·Wq', () => {
    const lambdas = [2, 3.5, 4];
    const r = priorityMMc(lambdas, 1, 11);
    const total = lambdas.reduce((s, l, i) => s + l * r.classes[i].meanWait, 0);
    expect(total).toBeCloseTo(9.5 * mmc(9.5, 1, 11).meanWait, 12);
    expect(r.utilisation).toBeCloseTo(9.5 / 11, 15);
  });

  it('with one server agrees with the M/G/1 form for exponential service', () => {
    const a = priorityMMc([0.2, 0.3, 0.1], 1.25, 1);
    const b = priorityMG1([0.2, 0.3, 0.1].map((lambda) => ({ lambda, meanService: 0.8, scv: 1 })));
    a.classes.forEach((cls, i) => expect(cls.meanWait).toBeCloseTo(b.classes[i].meanWait, 13));
  });

  it('keeps higher classes finite in overload (all servers always busy)', () => {
    // σ1 = 3/5; W1 = 1/(cμ·1·(1 − σ1)) = 1/(5·0.4).
    const r = priorityMMc([3, 20], 1, 5);
    expect(r.classes[0].stable).toBe(true);
    expect(r.classes[0].meanWait).toBeCloseTo(0.5, 14);
    expect(r.classes[1].stable).toBe(false);
    expect(r.classes[1].meanWait).toBe(Infinity);
    expect(r.allStable).toBe(false);
  });
});

describe('argument checks', () => {
  const bad = [NaN, Infinity, -Infinity, -1];
  const ok = { lambda: 0.1, meanService: 1, scv: 1 };
  it('priorityMG1 rejects bad class lists', () => {
    expectParamError(() => priorityMG1([]), 'classes');
    expectParamError(() => priorityMG1(null as unknown as PriorityClassMG1[]), 'classes');
    expectParamError(() => priorityMG1([ok, null as unknown as PriorityClassMG1]), 'classes[1]');
    for (const lambda of bad) expectParamError(() => priorityMG1([ok, { ...ok, lambda }]), 'classes[1].lambda');
    for (const meanService of [...bad, 0])
      expectParamError(() => priorityMG1([{ ...ok, meanService }]), 'classes[0].meanService');
    for (const scv of bad) expectParamError(() => priorityMG1([{ ...ok, scv }]), 'classes[0].scv');
    for (const secondMoment of [...bad, 0.5]) {
      expectParamError(() => priorityMG1([{ lambda: 0.1, meanService: 1, secondMoment }]), 'classes[0].secondMoment');
    }
    const both = { lambda: 0.1, meanService: 1, scv: 1, secondMoment: 2 } as unknown as PriorityClassMG1;
    const neither = { lambda: 0.1, meanService: 1 } as unknown as PriorityClassMG1;
    expectParamError(() => priorityMG1([both]), 'classes[0]');
    expectParamError(() => priorityMG1([neither]), 'classes[0]');
  });

  it('priorityMMc rejects bad rates and server counts', () => {
    expectParamError(() => priorityMMc([], 1, 1), 'lambdas');
    for (const l of bad) expectParamError(() => priorityMMc([1, l], 1, 1), 'lambdas[1]');
    for (const mu of [...bad, 0]) expectParamError(() => priorityMMc([1], mu, 1), 'mu');
    for (const c of [...bad, 0, 2.5]) expectParamError(() => priorityMMc([1], 1, c), 'c');
  });
});
