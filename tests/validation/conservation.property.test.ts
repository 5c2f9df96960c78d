/**
 * Property: for any valid queue model (random rates, classes, service and patience
 * distributions, schedules, waiting rooms), every taxpayer is accounted for —
 * arrivals = served + abandoned + balked + blocked + still present — and no measure is NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DistributionSpec } from '../../src/sim/engine/index.ts';
import { replicate, type QueueModel } from './harness.ts';

const duration: fc.Arbitrary<DistributionSpec> = fc.oneof(
  fc.record({ kind: fc.constant('exponential' as const), mean: fc.double({ min: 0.1, max: 10, noNaN: true }) }),
  fc.record({ kind: fc.constant('deterministic' as const), value: fc.double({ min: 0, max: 10, noNaN: true }) }),
  fc.record({
    kind: fc.constant('lognormal' as const),
    mean: fc.double({ min: 0.1, max: 10, noNaN: true }),
    cv: fc.double({ min: 0.1, max: 3, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('gamma' as const),
    mean: fc.double({ min: 0.1, max: 10, noNaN: true }),
    cv: fc.double({ min: 0.1, max: 3, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('uniform' as const),
    min: fc.constant(0),
    max: fc.double({ min: 0.1, max: 10, noNaN: true }),
  }),
);

const model: fc.Arbitrary<QueueModel> = fc.record({
  arrivalRate: fc.double({ min: 0.05, max: 5, noNaN: true }),
  classes: fc
    .array(fc.record({ share: fc.double({ min: 0.05, max: 1, noNaN: true }), service: duration }), {
      minLength: 1,
      maxLength: 3,
    })
    .map((cs) => {
      const total = cs.reduce((s, c) => s + c.share, 0);
      return cs.map((c) => ({ ...c, share: c.share / total }));
    }),
  servers: fc.oneof(
    fc.integer({ min: 1, max: 8 }),
    fc
      .array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 6 })
      .map((counts) =>
        counts.map((count, i) => ({ time: i * 40, count })).concat([{ time: counts.length * 40, count: 3 }]),
      ),
  ),
  waitingRoom: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 10 })),
  patience: fc.option(duration, { nil: undefined }),
  warmup: fc.constantFrom(0, 20),
  horizon: fc.constantFrom(100, 300),
  arrivalsUntil: fc.constant(400),
});

describe('conservation holds for random valid models', () => {
  it('arrivals = served + abandoned + balked + blocked + present, and no NaN', () => {
    fc.assert(
      fc.property(model, fc.nat(1000), (m, rep) => {
        const r = replicate(m, 20261126, rep);
        expect(r.imbalance).toBe(0);
        for (const [k, v] of Object.entries(r)) {
          if (typeof v === 'number') expect(Number.isFinite(v), k).toBe(true);
        }
        expect(r.meanWaitByClass.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });
});
