import { describe, expect, it } from 'vitest';
import { KNOWN, wrongBase } from '../../../tests/history/known.ts';
import { ParameterError } from '../errors.ts';
import type { Scenario } from '../scenario/index.ts';
import { fitHistory } from './fit.ts';
import { simulateTicketLog, toTicketRecords } from './generate.ts';

const short: Scenario = { ...KNOWN, calendar: { ...KNOWN.calendar, days: 30 } };
const records = toTicketRecords(simulateTicketLog(short, 6, 0), short);

describe('fitHistory', () => {
  it('refuses an empty file and a file with no type the scenario knows, saying why', () => {
    expect(() => fitHistory([], KNOWN)).toThrow(ParameterError);
    const alien = records.map((r) => ({ ...r, type: '契税' }));
    expect(() => fitHistory(alien, KNOWN)).toThrow(/business types the scenario knows/);
  });

  it('leaves rows of unknown types out, counts them, and takes them in when mapped', () => {
    const mixed = records.map((r, i) => (i % 10 === 0 ? { ...r, type: '综合' } : r));
    const fit = fitHistory(mixed, wrongBase);
    const left = mixed.filter((r) => r.type === '综合').length;
    expect(fit.report.rows).toMatchObject({ given: mixed.length, used: mixed.length - left });
    expect(fit.report.rows.excluded).toEqual([
      {
        reason: expect.objectContaining({ zh: expect.stringContaining('综合') }),
        rows: left,
        firstLine: mixed.find((r) => r.type === '综合')!.line,
      },
    ]);
    const mapped = fitHistory(mixed, wrongBase, { typeMap: { 综合: 'general' } });
    expect(mapped.report.rows.used).toBe(mixed.length);
    expect(mapped.report.rows.excluded).toEqual([]);
  });

  it('gives plain data: the result survives structured cloning (worker boundary) and JSON', () => {
    let now = 100;
    const fit = fitHistory(records, wrongBase, { clock: () => (now += 7) });
    expect(structuredClone(fit)).toEqual(fit);
    const json = JSON.parse(JSON.stringify(fit.report));
    expect(json.parameters.length).toBe(fit.report.parameters.length);
    // The time it took, on the clock it was given (the model reads none of its own).
    expect(fit.report.millis).toBe(7);
    expect(fitHistory(records, wrongBase).report.millis).toBe(0);
  });

  it('patches only what it fitted, each setting with the value it replaces', () => {
    const fit = fitHistory(records, wrongBase);
    const paths = fit.patch.map((o) => o.path.join('.'));
    expect(paths).toContain('demand.dailyVolume');
    expect(paths).toContain('types.0.service');
    expect(paths).toContain('behaviour.patience');
    expect(paths).toContain('appointments.noShow');
    expect(fit.patch.find((o) => o.path.join('.') === 'types.0.service')!.before).toEqual({
      kind: 'gamma',
      mean: 3,
      cv: 1,
    });
    expect(fit.scenario.windows).toEqual(wrongBase.windows);
    expect(fit.scenario.calendar).toEqual(wrongBase.calendar);
  });
});
