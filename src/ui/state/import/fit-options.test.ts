import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../sim/scenario/index.ts';
import { fitHistory } from '../../../sim/history/fit.ts';
import { DEFAULT_FIT, fitOptionsOf, knownTypesOf } from './fit-options.ts';
import { DEMO, readZh } from '../../views/import/test-fixtures.ts';

describe('fit options', () => {
  it("turn the view's choices into fitHistory options", () => {
    expect(fitOptionsOf(DEFAULT_FIT, {})).toEqual({
      smoothing: { kind: 'none' },
      handling: 'auto',
      profile: 'byDayType',
      weekdays: 'auto',
      typeMap: {},
    });
    expect(
      fitOptionsOf({ smoothing: 'ma5', handling: 'gamma', profile: 'pooled', weekdays: 'base' }, { X: 'iit' }),
    ).toEqual({
      smoothing: { kind: 'movingAverage', intervals: 5 },
      handling: 'gamma',
      profile: 'pooled',
      weekdays: 'base',
      typeMap: { X: 'iit' },
    });
  });

  it('reach the fit: smoothing over 3 intervals and a forced gamma family show in the report', async () => {
    const { tickets } = await readZh();
    const fit = fitHistory(tickets, DEMO, fitOptionsOf({ ...DEFAULT_FIT, smoothing: 'ma3', handling: 'gamma' }, {}));
    expect(fit.report.arrivals.smoothing).toEqual({ kind: 'movingAverage', intervals: 3 });
    expect(fit.report.handling.every((h) => h.chosen === 'gamma')).toBe(true);
  });

  it("match file values by the Chinese and English names of the scenario's types", () => {
    const known = knownTypesOf(DEMO);
    expect(known).toHaveLength(DEMO.types.length);
    expect(known[0]).toEqual({ id: DEMO.types[0].id, names: [DEMO.types[0].name.zh, DEMO.types[0].name.en] });
    const blank = { ...DEMO, types: [{ ...DEMO.types[0], name: { zh: '咨询', en: ' ' } }] } as Scenario;
    expect(knownTypesOf(blank)[0].names).toEqual(['咨询']);
  });
});
