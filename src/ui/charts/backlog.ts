/**
 * The back office's case backlog (Rules 1 and 2): cases accepted per day as bars, cases open at
 * each day's end as a line with its confidence band, and the on-time share.
 */
import { argMax, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec } from './series-chart.ts';

/** Ticks at about `max` evenly spaced days (every 1, 2, 3, 7, 14 … days), on day centres. */
export function dayTicks(ctx: ChartContext, max = 8): { at: number; label: string }[] {
  const n = ctx.days.length;
  const step = [1, 2, 3, 7, 14, 28, 56, 91].find((s) => n / s <= max) ?? 91;
  const out: { at: number; label: string }[] = [];
  for (let i = 0; i < n; i += step) out.push({ at: i + 0.5, label: ctx.fmt.dateShort(ctx.days[i].day) });
  return out;
}

export function hasBackOffice(ctx: ChartContext): boolean {
  return ctx.scenario.backOffice !== null && ctx.scenario.backOffice !== undefined;
}

export function backlogSpec(ctx: ChartContext): SeriesChartSpec {
  const { t, fmt } = ctx;
  const s = ctx.merged.days;
  const cases = (v: number, hw: number | null) => t.unit.cases(fmt.pm(v, hw));
  return {
    count: ctx.days.length,
    ticks: dayTicks(ctx),
    xLabel: t.backlog.xLabel,
    cellLabel: (i) => fmt.dateLong(ctx.days[i].day),
    cellKey: (i) => ctx.days[i].iso,
    panels: [
      {
        id: 'cases',
        yLabel: t.backlog.yLabel,
        height: 220,
        minTop: 1,
        tick: (v) => fmt.number(v, 0),
        series: [
          {
            id: 'accepted',
            label: t.backlog.accepted,
            kind: 'bars',
            color: OKABE_ITO.skyBlue,
            values: Array.from(s.casesAccepted.mean),
            halfWidth: Array.from(s.casesAccepted.halfWidth),
            format: cases,
          },
          {
            id: 'open',
            label: t.backlog.open,
            kind: 'line',
            color: OKABE_ITO.purple,
            values: Array.from(s.casesOpen.mean),
            halfWidth: Array.from(s.casesOpen.halfWidth),
            points: true,
            format: cases,
          },
        ],
      },
    ],
  };
}

export function backlogLegend(ctx: ChartContext): LegendItem[] {
  const t = ctx.t.backlog;
  return [
    { kind: 'bar', label: t.accepted, color: OKABE_ITO.skyBlue },
    { kind: 'point', label: t.open, color: OKABE_ITO.purple },
    { kind: 'band', label: ctx.t.wait.band, color: OKABE_ITO.purple },
  ];
}

/** "Answered on time: 92.0% ± 3.1%", or that none was answered. */
export function onTimeText(ctx: ChartContext): string {
  const m = ctx.merged.metrics['cases.onTimeShare'];
  return m ? ctx.t.backlog.onTime(ctx.fmt.pmPercent(m.mean, m.halfWidth, 1)) : ctx.t.backlog.onTimeNone;
}

export function backlogSummary(ctx: ChartContext): string {
  const { t, fmt } = ctx;
  const s = ctx.merged.days;
  const i = Math.max(0, argMax(s.casesOpen.mean));
  const accepted = ctx.merged.metrics['cases.accepted'];
  const onTime = ctx.merged.metrics['cases.onTimeShare'];
  const last = ctx.days.length - 1;
  return t.backlog.summary(
    t.unit.cases(fmt.pm(s.casesOpen.mean[i], s.casesOpen.halfWidth[i] || null, 0)),
    fmt.dateLong(ctx.days[i].day),
    accepted ? fmt.pm(accepted.mean, accepted.halfWidth, 0) : '0',
    onTime ? t.backlog.onTimeClause(fmt.pmPercent(onTime.mean, onTime.halfWidth, 1)) : t.backlog.onTimeNoneClause,
    fmt.pm(s.casesOpen.mean[last], s.casesOpen.halfWidth[last], 0),
  );
}

export function backlogCsv(ctx: ChartContext): CsvTable {
  const s = ctx.merged.days;
  const rows = ctx.days.map((d, i) => [
    d.iso,
    csvNumber(s.casesAccepted.mean[i]),
    csvNumber(s.casesAccepted.halfWidth[i]),
    csvNumber(s.casesOpen.mean[i]),
    csvNumber(s.casesOpen.halfWidth[i]),
  ]);
  return { header: [...ctx.t.backlog.csv], rows };
}
