import { beforeAll, describe, expect, it } from 'vitest';
import type { BacktestResult, BacktestSummary } from '../../../sim/history/backtest.ts';
import {
  backtestCsv,
  backtestSeries,
  backtestSpec,
  cellsOf,
  COVERAGE_CRITERION,
  dayTypesOf,
  insideCount,
  largestGap,
  verdict,
} from './backtest-view.ts';
import { backtestZh } from './test-fixtures.ts';

let bt: BacktestResult;
beforeAll(async () => {
  bt = await backtestZh(3);
}, 60_000);

const text = {
  xLabel: 'x',
  yLabel: 'y',
  observed: 'Observed',
  simulated: 'Simulated',
  minutes: (v: string) => `${v} min`,
  pm: (v: number, hw: number | null) => (hw ? `${v.toFixed(1)} ± ${hw.toFixed(1)}` : v.toFixed(1)),
  number: (v: number) => String(v),
};

describe('the backtest in the view', () => {
  it('shows the filing period first, and each day type by interval', () => {
    expect(dayTypesOf(bt)).toEqual(['filing', 'deadline', 'ordinary']);
    const cells = cellsOf(bt, 'filing');
    expect(cells.map((c) => c.interval)).toEqual([...cells.map((c) => c.interval)].sort((a, b) => a - b));
    expect(cells.every((c) => c.dayType === 'filing')).toBe(true);
    expect(cells[0].start).toBe(9 * 60);
  });

  it('draws observed against simulated with the prediction band, ticks on the hour', () => {
    const s = backtestSeries(bt, 'filing');
    const cells = cellsOf(bt, 'filing');
    expect(s.observed).toEqual(cells.map((c) => c.observed.meanWait));
    expect(s.simulated).toEqual(cells.map((c) => c.simulated.meanWait));
    expect(s.band).toEqual(cells.map((c) => c.simulated.meanWaitPi));
    const spec = backtestSpec(s, text);
    expect(spec.count).toBe(cells.length);
    expect(spec.ticks.map((t) => t.label)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ]);
    expect(spec.ticks.map((t) => t.at)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16]);
    expect(spec.cellLabel(3)).toBe('10:30–11:00');
    const [sim, obs] = spec.panels[0].series;
    expect(sim).toMatchObject({ id: 'simulated', halfWidth: s.band, values: s.simulated });
    expect(obs).toMatchObject({ id: 'observed', points: true, values: s.observed });
  });

  it('counts the intervals inside the band as the summary does, and finds the largest gap', () => {
    const total = dayTypesOf(bt).reduce((a, dt) => a + insideCount(bt, dt).counted, 0);
    expect(total).toBe(bt.summary.cells);
    const inside = dayTypesOf(bt).reduce((a, dt) => a + insideCount(bt, dt).inside, 0);
    expect(inside / total).toBeCloseTo(bt.summary.waitCoverage, 12);
    const g = largestGap(bt, 'filing')!;
    const gaps = cellsOf(bt, 'filing')
      .filter((c) => c.counted && c.observed.meanWait !== null)
      .map((c) => Math.abs(c.simulated.meanWait - c.observed.meanWait!));
    expect(Math.abs(g.simulated.meanWait - g.observed.meanWait!)).toBe(Math.max(...gaps));
  });

  it('writes the cells of a day type as CSV', () => {
    const header = Array.from({ length: 13 }, (_, i) => `c${i}`);
    const csv = backtestCsv(bt, 'ordinary', header);
    const cells = cellsOf(bt, 'ordinary');
    expect(csv.header).toEqual(header);
    expect(csv.rows).toHaveLength(cells.length);
    expect(csv.rows[0][0]).toBe('09:00');
    expect(csv.rows[0][2]).toBe(cells[0].observed.served);
    expect(csv.rows[0][12]).toBe(cells[0].counted ? 1 : 0);
  });

  it('meets the criterion at 80% coverage for both measures, not below', () => {
    const base = { ...bt.summary } as BacktestSummary;
    expect(COVERAGE_CRITERION).toBe(0.8);
    expect(verdict({ ...base, cells: 40, waitCoverage: 0.8, withinCoverage: 0.9 }).met).toBe(true);
    expect(verdict({ ...base, cells: 40, waitCoverage: 0.79, withinCoverage: 0.9 })).toMatchObject({
      met: false,
      waitMet: false,
      withinMet: true,
    });
    expect(verdict({ ...base, cells: 40, waitCoverage: 0.95, withinCoverage: 0.5 })).toMatchObject({
      met: false,
      waitMet: true,
      withinMet: false,
    });
    expect(verdict({ ...base, cells: 0, waitCoverage: NaN, withinCoverage: NaN }).met).toBe(false);
    // The demo month, fitted and backtested, meets it (as tests/history/demo.test.ts requires).
    expect(verdict(bt.summary).met).toBe(true);
  });
});
