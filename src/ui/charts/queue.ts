/**
 * The window queue over the day: taxpayers waiting, windows open and windows busy, for the
 * average day of a day type (profile) or for one date of the horizon. Cells where the hall was
 * closed (nobody waiting, no window open, no ticket) are gaps.
 */
import type { MergedSeries } from '../../sim/results/merge.ts';
import type { DayType } from '../../sim/scenario/index.ts';
import { argMax, cellRange, cellStart, timeTicks, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec, Value } from './series-chart.ts';

export type QueueSource = { kind: 'profile'; type: DayType } | { kind: 'date'; day: number };

export interface QueueView {
  source: QueueSource;
  from: number;
  to: number;
  queue: Value[];
  queueHw: Value[];
  busy: Value[];
  busyHw: Value[];
  open: Value[];
  openHw: Value[];
}

export function queueView(ctx: ChartContext, source: QueueSource): QueueView {
  const { from, to } = ctx.window;
  const m = ctx.merged;
  let q: MergedSeries, b: MergedSeries, o: MergedSeries, tk: MergedSeries;
  let offset = 0;
  if (source.kind === 'profile') {
    const p = m.profiles[source.type];
    [q, b, o, tk] = [p.queue, p.busy, p.open, p.tickets];
  } else {
    [q, b, o, tk] = [m.intervals.queue, m.intervals.busy, m.intervals.open, m.intervals.tickets];
    offset = source.day * ctx.perDay;
  }
  const v: QueueView = { source, from, to, queue: [], queueHw: [], busy: [], busyHw: [], open: [], openHw: [] };
  for (let j = from; j < to; j++) {
    const k = offset + j;
    const closed = q.mean[k] === 0 && o.mean[k] === 0 && b.mean[k] === 0 && tk.mean[k] === 0;
    v.queue.push(closed ? null : q.mean[k]);
    v.queueHw.push(closed ? null : q.halfWidth[k]);
    v.busy.push(closed ? null : b.mean[k]);
    v.busyHw.push(closed ? null : b.halfWidth[k]);
    v.open.push(closed ? null : o.mean[k]);
    v.openHw.push(closed ? null : o.halfWidth[k]);
  }
  return v;
}

/** Names of a source: for files ("filing", "2026-03-05"), sentences ("on filing-period days") and titles. */
export function sourceNames(ctx: ChartContext, s: QueueSource): { file: string; when: string; label: string } {
  if (s.kind === 'profile')
    return { file: s.type, when: ctx.t.onDayType[s.type], label: ctx.t.queue.profileOption(ctx.t.dayTypes[s.type]) };
  const d = ctx.days[s.day];
  const date = ctx.fmt.dateLong(d.day);
  return { file: d.iso, when: ctx.t.queue.onDate(date), label: date };
}

export function queueSpec(ctx: ChartContext, v: QueueView): SeriesChartSpec {
  const { t, fmt } = ctx;
  const people = (x: number, hw: number | null) => t.unit.people(fmt.pm(x, hw));
  const windows = (x: number, hw: number | null) => t.unit.windows(fmt.pm(x, hw));
  return {
    count: v.to - v.from,
    ticks: timeTicks(ctx, v.from, v.to),
    xLabel: t.queue.xLabel,
    cellLabel: (i) => cellRange(ctx, v.from + i),
    cellKey: (i) => cellStart(ctx, v.from + i),
    panels: [
      {
        id: 'queue',
        yLabel: t.queue.queueLabel,
        height: 170,
        tick: (x) => fmt.number(x, 1),
        series: [
          {
            id: 'queue',
            label: t.queue.queue,
            kind: 'line',
            color: OKABE_ITO.vermillion,
            values: v.queue,
            halfWidth: v.queueHw,
            format: people,
          },
        ],
      },
      {
        id: 'windows',
        yLabel: t.queue.windowsLabel,
        height: 130,
        tick: (x) => fmt.number(x, 1),
        series: [
          {
            id: 'busy',
            label: t.queue.busy,
            kind: 'area',
            color: OKABE_ITO.skyBlue,
            values: v.busy,
            halfWidth: v.busyHw,
            format: windows,
          },
          {
            id: 'open',
            label: t.queue.open,
            kind: 'step',
            color: OKABE_ITO.blue,
            values: v.open,
            halfWidth: v.openHw,
            format: windows,
          },
        ],
      },
    ],
  };
}

export function queueLegend(ctx: ChartContext): LegendItem[] {
  const t = ctx.t.queue;
  return [
    { kind: 'line', label: t.queue, color: OKABE_ITO.vermillion },
    { kind: 'band', label: ctx.t.wait.band, color: OKABE_ITO.vermillion },
    { kind: 'line', label: t.open, color: OKABE_ITO.blue },
    { kind: 'bar', label: t.busy, color: OKABE_ITO.skyBlue },
  ];
}

export function queueSummary(ctx: ChartContext, v: QueueView): string {
  const { t, fmt } = ctx;
  const when = sourceNames(ctx, v.source).when;
  let busy = 0;
  let open = 0;
  for (let i = 0; i < v.open.length; i++) {
    busy += v.busy[i] ?? 0;
    open += v.open[i] ?? 0;
  }
  const i = argMax(v.queue);
  if (i < 0 || open === 0) return t.queue.summaryEmpty(when);
  return t.queue.summary(
    when,
    cellStart(ctx, v.from + i),
    t.unit.people(fmt.pm(v.queue[i]!, v.queueHw[i] || null)),
    t.unit.windows(fmt.number(v.open[i]!, 1)),
    fmt.number(v.busy[i]!, 1),
    fmt.percent(busy / open, 0),
  );
}

export function queueCsv(ctx: ChartContext, v: QueueView): CsvTable {
  const rows: unknown[][] = [];
  for (let i = 0; i < v.to - v.from; i++) {
    const j = v.from + i;
    rows.push([
      ctx.fmt.time(j * ctx.intervalMinutes),
      ctx.fmt.time((j + 1) * ctx.intervalMinutes),
      csvNumber(v.queue[i]),
      csvNumber(v.queueHw[i]),
      csvNumber(v.busy[i]),
      csvNumber(v.busyHw[i]),
      csvNumber(v.open[i]),
      csvNumber(v.openHw[i]),
    ]);
  }
  return { header: [...ctx.t.queue.csv], rows };
}
