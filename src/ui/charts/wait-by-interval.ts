/**
 * Waiting time over the day of one day type: mean and 90th percentile wait by the interval of the
 * ticket, each with its confidence band, over the hall's hours (and wherever tickets were taken).
 * Intervals where nobody took a ticket are gaps, not zeros.
 */
import type { DayType } from '../../sim/scenario/index.ts';
import { argMax, cellRange, cellStart, timeTicks, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec, Value } from './series-chart.ts';

export interface WaitByInterval {
  type: DayType;
  /** Cells [from, to) of the day shown. */
  from: number;
  to: number;
  mean: Value[];
  meanHw: Value[];
  p90: Value[];
  p90Hw: Value[];
  tickets: number[];
  ticketsHw: number[];
}

/** The profile of `type` over the open-hours window, with gaps where no ticket was taken. */
export function waitByInterval(ctx: ChartContext, type: DayType): WaitByInterval {
  const p = ctx.merged.profiles[type];
  const { from, to } = ctx.ticketWindow;
  const out: WaitByInterval = { type, from, to, mean: [], meanHw: [], p90: [], p90Hw: [], tickets: [], ticketsHw: [] };
  for (let j = from; j < to; j++) {
    const has = p.days > 0 && p.tickets.mean[j] > 0;
    out.mean.push(has ? p.waitMean.mean[j] : null);
    out.meanHw.push(has ? p.waitMean.halfWidth[j] : null);
    out.p90.push(has ? p.waitP90.mean[j] : null);
    out.p90Hw.push(has ? p.waitP90.halfWidth[j] : null);
    out.tickets.push(p.tickets.mean[j]);
    out.ticketsHw.push(p.tickets.halfWidth[j]);
  }
  return out;
}

export function waitSpec(ctx: ChartContext, d: WaitByInterval): SeriesChartSpec {
  const { t, fmt } = ctx;
  const min = (v: number, hw: number | null) => t.unit.minutes(fmt.pm(v, hw));
  return {
    count: d.to - d.from,
    ticks: timeTicks(ctx, d.from, d.to),
    xLabel: t.wait.xLabel,
    cellLabel: (i) => cellRange(ctx, d.from + i),
    cellKey: (i) => cellStart(ctx, d.from + i),
    panels: [
      {
        id: 'wait',
        yLabel: t.wait.yLabel,
        height: 240,
        tick: (v) => fmt.number(v, 1),
        refs: [
          {
            value: ctx.target.waitMinutes,
            label: t.wait.target(fmt.number(ctx.target.waitMinutes)),
            color: OKABE_ITO.black,
          },
        ],
        series: [
          {
            id: 'p90',
            label: t.wait.p90,
            kind: 'line',
            dashed: true,
            color: OKABE_ITO.vermillion,
            values: d.p90,
            halfWidth: d.p90Hw,
            format: min,
          },
          {
            id: 'mean',
            label: t.wait.mean,
            kind: 'line',
            color: OKABE_ITO.blue,
            values: d.mean,
            halfWidth: d.meanHw,
            points: true,
            format: min,
          },
        ],
      },
    ],
  };
}

export function waitLegend(ctx: ChartContext): LegendItem[] {
  const { t, fmt } = ctx;
  return [
    { kind: 'point', label: t.wait.mean, color: OKABE_ITO.blue },
    { kind: 'dashed', label: t.wait.p90, color: OKABE_ITO.vermillion },
    { kind: 'band', label: t.wait.band, color: OKABE_ITO.blue },
    { kind: 'ref', label: t.wait.target(fmt.number(ctx.target.waitMinutes)), color: OKABE_ITO.black },
  ];
}

/** "Longest wait on filing days at 10:00: 90% waited at most 24 min (± 3), mean …". */
export function waitSummary(ctx: ChartContext, d: WaitByInterval): string {
  const { t, fmt } = ctx;
  const when = t.onDayType[d.type];
  const i = argMax(d.p90);
  if (i < 0) return t.wait.summaryEmpty(when);
  const hours = `${fmt.time(ctx.resolved.open)}–${fmt.time(ctx.resolved.close)}`;
  return t.wait.summary(
    when,
    cellStart(ctx, d.from + i),
    t.unit.minutes(fmt.pm(d.p90[i]!, d.p90Hw[i] || null)),
    t.unit.minutes(fmt.pm(d.mean[i]!, d.meanHw[i] || null)),
    hours,
    ctx.merged.profiles[d.type].days,
  );
}

export function waitCsv(ctx: ChartContext, d: WaitByInterval): CsvTable {
  const rows: unknown[][] = [];
  for (let i = 0; i < d.to - d.from; i++) {
    const j = d.from + i;
    rows.push([
      ctx.fmt.time(j * ctx.intervalMinutes),
      ctx.fmt.time((j + 1) * ctx.intervalMinutes),
      csvNumber(d.tickets[i]),
      csvNumber(d.ticketsHw[i]),
      csvNumber(d.mean[i]),
      csvNumber(d.meanHw[i]),
      csvNumber(d.p90[i]),
      csvNumber(d.p90Hw[i]),
    ]);
  }
  return { header: [...ctx.t.wait.csv], rows };
}
