import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../scenario/index.ts';
import { applyPatch, getAt, setAt } from './fit-patch.ts';

const s = demo as unknown as Scenario;

describe('the patch', () => {
  it('applies to a copy, records what it replaced, and creates missing objects', () => {
    const before = JSON.stringify(s);
    const { scenario, patch } = applyPatch(s, [
      { key: 'demand.dailyVolume', path: ['demand', 'dailyVolume'], value: 400 },
      { key: 'types.invoice.service', path: ['types', 0, 'service'], value: { kind: 'gamma', mean: 3.1, cv: 0.7 } },
      { key: 'x', path: ['demand', 'filingPositionFactors', 'firstWorkingDays'], value: { days: 3, factor: 1.2 } },
    ]);
    expect(JSON.stringify(s)).toBe(before);
    expect(scenario.demand.dailyVolume).toBe(400);
    expect(scenario.types[0].service).toEqual({ kind: 'gamma', mean: 3.1, cv: 0.7 });
    expect(patch[0].before).toBe(560);
    expect(patch[1].before).toEqual({ kind: 'lognormal', mean: 3, cv: 0.8 });
    expect(scenario.demand.filingPositionFactors?.firstWorkingDays).toEqual({ days: 3, factor: 1.2 });
    expect(scenario.demand.filingPositionFactors?.lastWorkingDays).toEqual({ days: 3, factor: 1.8 });
  });

  it('reads and writes paths through arrays and objects', () => {
    const o: Record<string, unknown> = {};
    setAt(o, ['a', 0, 'b'], 1);
    expect(o).toEqual({ a: [{ b: 1 }] });
    expect(getAt(o, ['a', 0, 'b'])).toBe(1);
    expect(getAt(o, ['a', 3, 'b'])).toBeUndefined();
    setAt(o, ['a', 0, 'b'], undefined);
    expect(o).toEqual({ a: [{}] });
  });
});
