/**
 * The kernel against queueing theory. Each assertion checks that the exact value lies inside
 * the simulation's 99% Student-t confidence interval over independent replications (never a
 * tolerance tuned until green), and every replication checks conservation.
 *
 * All runs use the suite seed; sizes (replications, horizon) were set from the theory's
 * relaxation times so that warm-up bias is far below the interval's half-width.
 */
import { describe, expect, it } from 'vitest';
import { erlangA, mg1, mmc, mmck, priorityMG1 } from '../../src/sim/analytic/index.ts';
import { covers, estimate, type Estimate } from '../../src/sim/engine/index.ts';
import { column, replications, type QueueModel, type RepResult } from './harness.ts';
import { SUITE_SEED } from '../support/seed.ts';

const exp = (mean: number) => ({ kind: 'exponential', mean }) as const;

function ci(results: RepResult[], pick: (r: RepResult) => number): Estimate {
  return estimate(column(results, pick), 0.99);
}

function expectInside(e: Estimate, exact: number, what: string): void {
  const msg = `${what}: exact ${exact.toPrecision(6)} vs simulated ${e.mean.toPrecision(6)} ± ${e.halfWidth.toPrecision(3)} (99%, n=${e.n})`;
  expect(covers(e, exact), msg).toBe(true);
}

function expectConserved(results: RepResult[]): void {
  expect(results.map((r) => r.imbalance)).toEqual(results.map(() => 0));
}

describe('M/M/c against Erlang C', () => {
  const cases = [
    { name: 'M/M/1, rho 0.5', lambda: 0.5, c: 1, warmup: 500, horizon: 20500, reps: 30 },
    { name: 'M/M/10, rho 0.8', lambda: 8, c: 10, warmup: 500, horizon: 10500, reps: 30 },
    { name: 'M/M/20, rho 0.95', lambda: 19, c: 20, warmup: 2000, horizon: 22000, reps: 30 },
  ];
  for (const k of cases) {
    it(`${k.name}: mean wait, P(wait > 0) and utilisation`, () => {
      const model: QueueModel = {
        arrivalRate: k.lambda,
        classes: [{ share: 1, service: exp(1) }],
        servers: k.c,
        warmup: k.warmup,
        horizon: k.horizon,
      };
      const res = replications(model, SUITE_SEED, k.reps);
      const theory = mmc(k.lambda, 1, k.c);
      expectInside(
        ci(res, (r) => r.meanWaitServed),
        theory.meanWait,
        'mean wait',
      );
      expectInside(
        ci(res, (r) => r.pWait),
        theory.pWait,
        'P(wait > 0)',
      );
      expectInside(
        ci(res, (r) => r.utilisation),
        theory.utilisation,
        'utilisation',
      );
      expectConserved(res);
      expect(res.every((r) => r.served === r.arrivals)).toBe(true);
    });
  }
});

describe('M/M/c/K against the birth-death solution', () => {
  it('M/M/3/6 at rho 1.2: blocking probability and mean wait of admitted customers', () => {
    const model: QueueModel = {
      arrivalRate: 3.6,
      classes: [{ share: 1, service: exp(1) }],
      servers: 3,
      waitingRoom: 3,
      warmup: 100,
      horizon: 10100,
    };
    const res = replications(model, SUITE_SEED, 30);
    const theory = mmck(3.6, 1, 3, 6);
    expectInside(
      ci(res, (r) => r.pBlock),
      theory.pBlock,
      'P(block)',
    );
    expectInside(
      ci(res, (r) => r.meanWaitServed),
      theory.meanWait,
      'mean wait (admitted)',
    );
    expectConserved(res);
  });
});

describe('M/M/c+M against Erlang A', () => {
  it('M/M/5+M (lambda 6, mean patience 2): abandonment, waits and P(wait > 0)', () => {
    const model: QueueModel = {
      arrivalRate: 6,
      classes: [{ share: 1, service: exp(1) }],
      servers: 5,
      patience: exp(2),
      warmup: 100,
      horizon: 10100,
    };
    const res = replications(model, SUITE_SEED, 30);
    const theory = erlangA(6, 1, 5, 0.5);
    expectInside(
      ci(res, (r) => r.pAbandon),
      theory.pAbandon,
      'P(abandon)',
    );
    expectInside(
      ci(res, (r) => r.meanWaitAll),
      theory.meanWaitAll,
      'mean wait, all arrivals',
    );
    expectInside(
      ci(res, (r) => r.meanWaitServed),
      theory.meanWaitServed,
      'mean wait, served',
    );
    expectInside(
      ci(res, (r) => r.pWait),
      theory.pWait,
      'P(wait > 0)',
    );
    expectConserved(res);
  });
});

describe('M/G/1 against Pollaczek-Khinchine', () => {
  it('M/D/1 at rho 0.8: mean wait rho/(2 mu (1 - rho)) = 2', () => {
    const model: QueueModel = {
      arrivalRate: 0.8,
      classes: [{ share: 1, service: { kind: 'deterministic', value: 1 } }],
      servers: 1,
      warmup: 1000,
      horizon: 51000,
    };
    const res = replications(model, SUITE_SEED, 30);
    expectInside(
      ci(res, (r) => r.meanWaitServed),
      mg1(0.8, 1, 0).meanWait,
      'mean wait',
    );
    expectConserved(res);
  });

  it('M/G/1 with lognormal service (mean 1, CV 1.5) at rho 0.8', () => {
    const model: QueueModel = {
      arrivalRate: 0.8,
      classes: [{ share: 1, service: { kind: 'lognormal', mean: 1, cv: 1.5 } }],
      servers: 1,
      warmup: 2000,
      horizon: 102000,
    };
    const res = replications(model, SUITE_SEED, 30);
    expectInside(
      ci(res, (r) => r.meanWaitServed),
      mg1(0.8, 1, 1.5 ** 2).meanWait,
      'mean wait',
    );
    expectConserved(res);
  });
});

describe('non-preemptive priorities against Cobham', () => {
  it('two-class M/M/1 (lambda 0.3 urgent, 0.5 ordinary, mu 1): mean wait per class', () => {
    const model: QueueModel = {
      arrivalRate: 0.8,
      classes: [
        { share: 0.3 / 0.8, service: exp(1) },
        { share: 0.5 / 0.8, service: exp(1) },
      ],
      servers: 1,
      warmup: 1000,
      horizon: 51000,
    };
    const res = replications(model, SUITE_SEED, 30);
    const theory = priorityMG1([
      { lambda: 0.3, meanService: 1, scv: 1 },
      { lambda: 0.5, meanService: 1, scv: 1 },
    ]);
    expectInside(
      ci(res, (r) => r.meanWaitByClass[0]),
      theory.classes[0].meanWait,
      'class 0 mean wait',
    );
    expectInside(
      ci(res, (r) => r.meanWaitByClass[1]),
      theory.classes[1].meanWait,
      'class 1 mean wait',
    );
    expectConserved(res);
  });
});

describe('a server schedule that steps down and up while customers wait', () => {
  it('loses nobody and serves everyone (random arrivals, 200 replications)', () => {
    const model: QueueModel = {
      arrivalRate: 4,
      classes: [{ share: 1, service: exp(1) }],
      servers: [
        { time: 0, count: 5 },
        { time: 100, count: 2 }, // overloaded: the line builds up
        { time: 200, count: 6 },
        { time: 260, count: 1 },
      ],
      warmup: 0,
      horizon: 300,
      arrivalsUntil: 300,
    };
    const res = replications(model, SUITE_SEED, 200);
    expectConserved(res);
    for (const r of res) {
      expect(r.served).toBe(r.arrivals);
      expect(r.abandoned + r.blocked + r.balked).toBe(0);
    }
    // The step down really made people wait: mean wait well above the 5-server level.
    expect(estimate(column(res, (r) => r.meanWaitServed)).mean).toBeGreaterThan(1);
  });
});
