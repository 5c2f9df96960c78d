/**
 * The chart of one kind of day: arrivals per interval as bars (right axis) behind step lines of
 * the windows each method gives (left axis), with the installed windows as a reference line.
 * Each line has its own colour (Okabe-Ito) and dash pattern, so none is told apart by colour
 * alone; the tooltip, the text summary and the CSV give the same numbers.
 */
import type { DayType } from '../../../sim/scenario/index.ts';
import type { Plan, StaffingKey } from '../../../sim/plan/recommendation.ts';
import type { CsvTable } from '../../charts/export.ts';
import { csvNumber } from '../../charts/export.ts';
import type { Formatters } from '../../charts/format.ts';
import { mix, OKABE_ITO } from '../../charts/palette.ts';
import { niceTop } from '../../charts/scale.ts';
import type { PlanMessages } from '../../i18n/plan.en.ts';
import { intervalRows, windowHours, type IntervalRow } from './intervals.ts';
import type { Mark } from './marks.ts';

export type ChartLineKey = Extract<StaffingKey, 'scenario' | 'mol' | 'sipp' | 'required' | 'recommended'>;

/** Drawn in this order: the plan's own lines last, on top. */
export const LINE_MARKS: Record<ChartLineKey, Mark> = {
  scenario: { kind: 'line', color: OKABE_ITO.black, dash: '10 4', width: 1.5 },
  mol: { kind: 'line', color: OKABE_ITO.green, dash: '8 3 2 3', width: 2 },
  sipp: { kind: 'line', color: OKABE_ITO.orange, dash: '2 3', width: 2.5 },
  required: { kind: 'line', color: OKABE_ITO.blue, dash: null, width: 2.5 },
  recommended: { kind: 'line', color: OKABE_ITO.vermillion, dash: '6 4', width: 2.5 },
};
export const LINE_ORDER: readonly ChartLineKey[] = ['scenario', 'mol', 'sipp', 'required', 'recommended'];
export const ARRIVALS_MARK: Mark = {
  kind: 'bar',
  color: mix(OKABE_ITO.skyBlue, '#ffffff', 0.45),
  dash: null,
  width: 0,
};
export const INSTALLED_MARK: Mark = { kind: 'ref', color: '#52606d', dash: '2 3', width: 1.5 };

export interface ChartLine {
  key: ChartLineKey;
  label: string;
  mark: Mark;
  values: number[];
}

export interface DayChart {
  type: DayType;
  count: number;
  rows: IntervalRow[];
  arrivals: number[];
  lines: ChartLine[];
  installed: number;
  windowsTop: number;
  arrivalsTop: number;
  /** Ticks at whole hours, at cell boundaries 0..count. */
  ticks: { at: number; label: string }[];
}

/** Boundaries at whole hours (at most about `max` of them). */
export function hourTicks(rows: IntervalRow[], intervalMinutes: number, max = 10): { at: number; label: string }[] {
  const at: { at: number; label: string }[] = [];
  const times = [...rows.map((r) => r.start), rows.length > 0 ? rows[rows.length - 1].end : '00:00'];
  times.forEach((time, i) => {
    if (time.endsWith(':00')) at.push({ at: i, label: time });
  });
  const hours = (rows.length * intervalMinutes) / 60;
  const step = [1, 2, 3, 4, 6, 12].find((h) => hours / h <= max) ?? 12;
  return at.filter((x) => Number(x.label.slice(0, 2)) % step === 0);
}

export function dayChart(plan: Plan, type: DayType, t: PlanMessages): DayChart {
  const rows = intervalRows(plan, type);
  const arrivals = rows.map((r) => r.arrivals);
  const lines = LINE_ORDER.map((key) => ({
    key,
    label: t.day[key],
    mark: LINE_MARKS[key],
    values: rows.map((r) => r.windows[key]),
  }));
  const installed = plan.groups.reduce((a, g) => a + g.installed, 0);
  const most = Math.max(installed, ...lines.flatMap((l) => l.values));
  return {
    type,
    count: rows.length,
    rows,
    arrivals,
    lines,
    installed,
    windowsTop: niceTop(most * 1.08, 5),
    arrivalsTop: niceTop(Math.max(1, ...arrivals) * 1.1, 5),
    ticks: hourTicks(rows, plan.grid.intervalMinutes),
  };
}

/** Tooltip lines of interval i: its time, the arrivals, each line's windows, the installed. */
export function dayChartTooltip(c: DayChart, i: number, t: PlanMessages, fmt: Formatters): string[] {
  const r = c.rows[i];
  return [
    `${r.start}–${r.end}`,
    `${t.day.arrivals}: ${t.day.taxpayers(fmt.number(r.arrivals, 1))}`,
    ...[...c.lines].reverse().map((l) => `${l.label}: ${t.day.windows(fmt.number(l.values[i], 0))}`),
    `${t.day.installed}: ${t.day.windows(fmt.number(c.installed, 0))}`,
  ];
}

const argMax = (v: number[]) => v.reduce((best, x, i) => (x > v[best] ? i : best), 0);

export function dayChartSummary(plan: Plan, c: DayChart, t: PlanMessages, fmt: Formatters): string {
  if (c.count === 0) return '';
  const peak = argMax(c.arrivals);
  const line = (k: ChartLineKey) => c.lines.find((l) => l.key === k)!.values;
  const required = line('required');
  const most = argMax(required);
  const max = (v: number[]) => fmt.number(Math.max(...v), 0);
  const hours = windowHours(c.rows, plan.grid.intervalMinutes);
  return `${t.day.summary(
    t.dayTypes[c.type],
    c.rows[peak].start,
    fmt.number(c.arrivals[peak], 1),
    fmt.number(required[most], 0),
    c.rows[most].start,
    max(line('recommended')),
    max(line('sipp')),
    max(line('scenario')),
    fmt.number(c.installed, 0),
  )} ${t.day.hoursLine(fmt.number(hours.required, 1), fmt.number(hours.recommended, 1), fmt.number(hours.scenario, 1))}`;
}

export function dayChartCsv(c: DayChart, t: PlanMessages): CsvTable {
  const rows = c.rows.map((r) => [
    r.start,
    r.end,
    csvNumber(r.arrivals, 2),
    r.windows.required,
    r.windows.recommended,
    r.windows.sipp,
    r.windows.laggedSipp,
    r.windows.mol,
    r.windows.scenario,
    r.installed,
  ]);
  return { header: [...t.day.csvHeader], rows };
}
