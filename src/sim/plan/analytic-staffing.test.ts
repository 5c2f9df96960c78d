import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import {
  levelFor,
  meets,
  requiredWindows,
  withShrinkage,
  type QueueModel,
  type StaffingTarget,
} from './analytic-staffing.ts';

const target: StaffingTarget = { share: 0.8, waitMinutes: 1 };

describe('levelFor', () => {
  it('Erlang A: the published example (λ = 10/3 per minute, 3 min service, 5 min patience, 14 windows)', () => {
    const l = levelFor(10, 14, { meanService: 3, meanPatience: 5 }, target);
    expect(l.pWait).toBeCloseTo(0.14526, 5);
    expect(l.abandon).toBeCloseTo(0.013984, 6);
    expect(l.stable).toBe(true);
  });

  it('Erlang C: M/M/10 at ρ = 0.9 (C = 0.668732, mean wait 0.668732 min)', () => {
    const l = levelFor(9, 10, { meanService: 1, meanPatience: null }, { waitMinutes: 0.5 });
    expect(l.pWait).toBeCloseTo(0.668732, 5);
    expect(l.meanWait).toBeCloseTo(0.668732, 5);
    expect(l.withinTarget).toBeCloseTo(1 - 0.668732 * Math.exp(-0.5), 5);
    expect(l.occupancy).toBeCloseTo(0.9, 12);
  });

  it('says unstable, never a negative wait, when the load reaches the windows without abandonment', () => {
    for (const c of [9, 10]) {
      const l = levelFor(10, c, { meanService: 2, meanPatience: null }, target);
      expect(l).toMatchObject({ stable: false, withinTarget: 0, meanWait: Infinity });
    }
    // With abandonment the queue is stable whatever the load.
    const a = levelFor(10, 5, { meanService: 2, meanPatience: 4 }, target);
    expect(a.stable).toBe(true);
    expect(a.abandon).toBeGreaterThan(0.4);
  });

  it('no load: perfect service with no windows; no windows: nobody served', () => {
    expect(levelFor(0, 0, { meanService: 5, meanPatience: null }, target)).toMatchObject({
      withinTarget: 1,
      stable: true,
    });
    expect(levelFor(3, 0, { meanService: 5, meanPatience: 10 }, target)).toMatchObject({ withinTarget: 0, abandon: 1 });
  });
});

describe('requiredWindows', () => {
  const models: QueueModel[] = [
    { meanService: 6, meanPatience: null },
    { meanService: 6, meanPatience: 20 },
  ];
  const targets: StaffingTarget[] = [
    { share: 0.8, waitMinutes: 5 },
    { share: 0.95, waitMinutes: 15, occupancyCap: 0.85 },
    { share: 0.5, waitMinutes: 0, meanWaitMinutes: 2, abandonShare: 0.02 },
  ];
  for (const model of models) {
    for (const t of targets) {
      it(`is the fewest windows meeting ${JSON.stringify(t)} (patience ${model.meanPatience})`, () => {
        for (const load of [0.3, 1, 2.5, 7.9, 15, 48]) {
          const l = requiredWindows(load, model, t);
          expect(meets(l, t)).toBe(true);
          if (l.windows > 1) expect(meets(levelFor(load, l.windows - 1, model, t), t)).toBe(false);
          expect(l.windows).toBeGreaterThan(model.meanPatience === null ? load : 0);
        }
      });
    }
  }

  it('needs no window for no load, and refuses a target share of 1', () => {
    expect(requiredWindows(0, models[0], target).windows).toBe(0);
    expect(() => requiredWindows(3, models[0], { share: 1, waitMinutes: 5 })).toThrow(ParameterError);
  });

  it('follows square-root staffing for large loads (within a few windows)', () => {
    // For P(W > 0) ≈ 0.2 the Halfin–Whitt β is about 1.06: c ≈ A + 1.06·√A.
    const A = 400;
    const l = requiredWindows(A, models[0], { share: 0.8, waitMinutes: 0 });
    expect(Math.abs(l.windows - (A + 1.06 * Math.sqrt(A)))).toBeLessThan(3);
  });
});

describe('shrinkage', () => {
  it('rosters ⌈required / (1 − shrinkage)⌉', () => {
    expect(withShrinkage(10, 0)).toBe(10);
    expect(withShrinkage(10, 0.2)).toBe(13);
    expect(withShrinkage(8, 0.2)).toBe(10);
    expect(() => withShrinkage(8, 1)).toThrow(ParameterError);
  });
});
