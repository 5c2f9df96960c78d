/**
 * The backtest as the view shows it: per day type the observed mean wait per interval against the
 * simulated one with its band (the 95% prediction interval for one history: what one observed
 * month can be expected to fall in), the table and CSV of the cells, and the verdict in words.
 *
 * The criterion is the one the project's own tests hold the demo history to
 * (tests/history/demo.test.ts): the observed value inside the simulated prediction interval in at
 * least 80% of the intervals with 20 or more served tickets, for the mean wait and for the share
 * served within the target wait.
 */
import { type DayType, formatTimeOfDay } from '../../../sim/scenario/index.ts';
import type { BacktestCell, BacktestResult, BacktestSummary } from '../../../sim/history/backtest.ts';
import { csvNumber, type CsvTable } from '../../charts/export.ts';
import { OKABE_ITO } from '../../charts/palette.ts';
import type { SeriesChartSpec, Value } from '../../charts/series-chart.ts';

/** Share of counted intervals that must hold the observed value inside the prediction interval. */
export const COVERAGE_CRITERION = 0.8;

export const DAY_TYPE_ORDER: readonly DayType[] = ['filing', 'deadline', 'ordinary'];

/** Day types with cells, the filing period first (the peak a planner staffs for). */
export function dayTypesOf(bt: Pick<BacktestResult, 'cells'>): DayType[] {
  return DAY_TYPE_ORDER.filter((dt) => bt.cells.some((c) => c.dayType === dt));
}

/** The cells of one day type, by interval. */
export function cellsOf(bt: Pick<BacktestResult, 'cells'>, dayType: DayType): BacktestCell[] {
  return bt.cells.filter((c) => c.dayType === dayType).sort((a, b) => a.interval - b.interval);
}

export interface Verdict {
  criterion: number;
  /** Counted intervals. */
  cells: number;
  waitCoverage: number;
  withinCoverage: number;
  waitMet: boolean;
  withinMet: boolean;
  met: boolean;
}

export function verdict(s: BacktestSummary): Verdict {
  const ok = (v: number) => Number.isFinite(v) && v >= COVERAGE_CRITERION;
  return {
    criterion: COVERAGE_CRITERION,
    cells: s.cells,
    waitCoverage: s.waitCoverage,
    withinCoverage: s.withinCoverage,
    waitMet: ok(s.waitCoverage),
    withinMet: ok(s.withinCoverage),
    met: s.cells > 0 && ok(s.waitCoverage) && ok(s.withinCoverage),
  };
}

/** Texts the chart spec needs, in the current language. */
export interface BacktestChartText {
  xLabel: string;
  yLabel: string;
  observed: string;
  simulated: string;
  minutes: (v: string) => string;
  pm: (v: number, hw: number | null) => string;
  number: (v: number) => string;
}

export interface BacktestSeries {
  cells: BacktestCell[];
  observed: Value[];
  simulated: Value[];
  band: Value[];
}

export function backtestSeries(bt: Pick<BacktestResult, 'cells'>, dayType: DayType): BacktestSeries {
  const cells = cellsOf(bt, dayType);
  return {
    cells,
    observed: cells.map((c) => c.observed.meanWait),
    simulated: cells.map((c) => (c.simulated.ticketsPerDay > 0 ? c.simulated.meanWait : null)),
    band: cells.map((c) => (c.simulated.ticketsPerDay > 0 ? c.simulated.meanWaitPi : null)),
  };
}

/** The chart: observed points on a line, simulated line with its prediction band. */
export function backtestSpec(s: BacktestSeries, t: BacktestChartText): SeriesChartSpec {
  const start = (i: number) => s.cells[i]?.start ?? 0;
  const step = s.cells.length > 1 ? s.cells[1].start - s.cells[0].start : 30;
  const ticks: { at: number; label: string }[] = [];
  for (let i = 0; i <= s.cells.length; i++) {
    const m = i < s.cells.length ? start(i) : start(i - 1) + step;
    if (m % 60 === 0) ticks.push({ at: i, label: formatTimeOfDay(m) });
  }
  return {
    count: s.cells.length,
    ticks,
    xLabel: t.xLabel,
    cellLabel: (i) => `${formatTimeOfDay(start(i))}–${formatTimeOfDay(start(i) + step)}`,
    cellKey: (i) => formatTimeOfDay(start(i)),
    panels: [
      {
        id: 'wait',
        yLabel: t.yLabel,
        height: 220,
        tick: (v) => t.number(v),
        series: [
          {
            id: 'simulated',
            label: t.simulated,
            kind: 'line',
            color: OKABE_ITO.blue,
            values: s.simulated,
            halfWidth: s.band,
            format: (v, hw) => t.minutes(t.pm(v, hw)),
          },
          {
            id: 'observed',
            label: t.observed,
            kind: 'line',
            color: OKABE_ITO.vermillion,
            values: s.observed,
            points: true,
            format: (v) => t.minutes(t.pm(v, null)),
          },
        ],
      },
    ],
  };
}

/** Cells of a day type as CSV (wait in minutes, shares 0..1). */
export function backtestCsv(bt: Pick<BacktestResult, 'cells'>, dayType: DayType, header: readonly string[]): CsvTable {
  return {
    header: [...header],
    rows: cellsOf(bt, dayType).map((c) => [
      formatTimeOfDay(c.start),
      csvNumber(c.observed.ticketsPerDay, 2),
      c.observed.served,
      csvNumber(c.observed.meanWait, 2),
      csvNumber(c.simulated.ticketsPerDay, 2),
      csvNumber(c.simulated.meanWait, 2),
      csvNumber(c.simulated.meanWaitCi, 2),
      csvNumber(c.simulated.meanWaitPi, 2),
      c.waitInside === null ? null : c.waitInside ? 1 : 0,
      csvNumber(c.observed.withinShare, 4),
      csvNumber(c.simulated.withinShare, 4),
      csvNumber(c.simulated.withinPi, 4),
      c.counted ? 1 : 0,
    ]),
  };
}

/** The interval of the day type where observed and simulated mean waits differ most (counted cells). */
export function largestGap(bt: Pick<BacktestResult, 'cells'>, dayType: DayType): BacktestCell | null {
  let best: BacktestCell | null = null;
  let gap = -1;
  for (const c of cellsOf(bt, dayType)) {
    if (!c.counted || c.observed.meanWait === null) continue;
    const g = Math.abs(c.simulated.meanWait - c.observed.meanWait);
    if (g > gap) {
      gap = g;
      best = c;
    }
  }
  return best;
}

/** Counted cells of a day type and how many have the observed wait inside the band. */
export function insideCount(bt: Pick<BacktestResult, 'cells'>, dayType: DayType): { counted: number; inside: number } {
  const cs = cellsOf(bt, dayType).filter((c) => c.counted && c.observed.meanWait !== null);
  return { counted: cs.length, inside: cs.filter((c) => c.waitInside).length };
}
