import { describe, expect, it } from 'vitest';
import { rankHalls, windowGap, type HallResult } from './province.ts';
import type { PlanRecord, SimulateRecord } from './records.ts';

const sim = (shortfall: number): SimulateRecord => ({
  task: 'simulate',
  replications: 10,
  target: { waitMinutes: 15, share: 0.9 },
  within: { mean: 0.9 - shortfall, halfWidth: 0.01 },
  shortfall,
  meanWait: null,
  p90Wait: null,
  abandoned: null,
  utilisation: null,
  arrivals: null,
});
const plan = (needed: number): PlanRecord => ({
  task: 'plan',
  replications: 10,
  windowsNeeded: needed,
  windowsRostered: needed,
  kiosksRecommended: null,
  staffHours: { current: 100, recommended: 120 },
  officers: null,
  withinCurrent: { mean: 0.8, halfWidth: 0.02 },
  withinRecommended: { mean: 0.92, halfWidth: 0.01 },
  warnings: 0,
});
const hall = (id: string, s: SimulateRecord | null, p: PlanRecord | null, windows = 5): HallResult => ({
  id,
  name: { zh: id, en: id },
  installed: { windows, kiosks: 0 },
  simulate: s,
  plan: p,
  compare: null,
});

describe('ranking a province’s halls', () => {
  it('puts the largest shortfall first, then the largest window gap, then the id; unknowns last', () => {
    const halls = [
      hall('ok', sim(0), plan(5)),
      hall('short', sim(0.12), plan(9)),
      hall('unsimulated', null, plan(20)),
      hall('gap', sim(0), plan(8)),
      hall('a-tie', sim(0.12), plan(9)),
    ];
    expect(rankHalls(halls).map((h) => h.id)).toEqual(['a-tie', 'short', 'gap', 'ok', 'unsimulated']);
    expect(halls.map((h) => h.id)[0]).toBe('ok'); // the input is not reordered
  });

  it('counts only the windows needed beyond those installed', () => {
    expect(windowGap(hall('x', null, plan(3), 5))).toBe(0);
    expect(windowGap(hall('x', null, plan(8), 5))).toBe(3);
    expect(windowGap(hall('x', null, null))).toBeNull();
  });
});
