/**
 * The distribution of waits of those served: the merged shares of 0.5-minute bins (the last holds
 * every longer wait) regrouped into at most about 40 bars over the range that holds 99% of the
 * waits, the rest in one last bar; the target wait as a vertical line.
 */
import { argMax, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec } from './series-chart.ts';

export interface DisplayBins {
  /** Width of a bar, minutes. */
  width: number;
  /** Bars cover [0, max) minutes, then one bar for max and longer when `rest` > 0. */
  max: number;
  shares: number[];
  rest: number;
  /** Share of those served who waited less than the target. */
  withinTarget: number;
  total: number;
}

export function displayBins(ctx: ChartContext): DisplayBins {
  const { binMinutes, shares } = ctx.merged.waitDistribution;
  const raw = shares.mean;
  let total = 0;
  for (let k = 0; k < raw.length; k++) total += raw[k];
  // The range holding 99% of the waits, in whole 5 (or 10) minutes, at most up to the last bin.
  let cum = 0;
  let p99 = Infinity;
  for (let k = 0; k < raw.length; k++) {
    cum += raw[k];
    if (cum >= 0.99 * total) {
      p99 = (k + 1) * binMinutes;
      break;
    }
  }
  const up = (v: number, step: number) => Math.ceil(v / step) * step;
  const cap = Math.floor(((raw.length - 1) * binMinutes) / 10) * 10;
  const width = p99 <= 15 ? binMinutes : p99 <= 40 ? 1 : p99 <= 80 ? 2 : 5;
  const max = Math.min(cap, Math.max(10, width === 2 ? up(p99, 10) : up(p99, 5)));
  const per = Math.round(width / binMinutes);
  const bars = Math.round(max / width);
  const out: number[] = new Array<number>(bars).fill(0);
  let rest = 0;
  let within = 0;
  const targetBins = Math.round(ctx.target.waitMinutes / binMinutes);
  for (let k = 0; k < raw.length; k++) {
    const bar = Math.floor(k / per);
    if (bar < bars) out[bar] += raw[k];
    else rest += raw[k];
    if (k < targetBins) within += raw[k];
  }
  return { width, max, shares: out, rest, withinTarget: within, total };
}

export function distributionSpec(ctx: ChartContext, b: DisplayBins): SeriesChartSpec {
  const { t, fmt } = ctx;
  const values = b.rest > 0 ? [...b.shares, b.rest] : b.shares;
  const tickStep = [1, 2, 5, 10, 15, 20, 30].find((s) => b.max / s <= 12) ?? 30;
  const ticks: { at: number; label: string }[] = [];
  for (let m = 0; m <= b.max + 1e-9; m += tickStep) ticks.push({ at: m / b.width, label: fmt.number(m, 1) });
  const bars = b.shares.length;
  return {
    count: values.length,
    ticks,
    xLabel: t.distribution.xLabel,
    cellLabel: (i) =>
      i < bars
        ? t.distribution.binLabel(fmt.number(i * b.width, 1), fmt.number((i + 1) * b.width, 1))
        : t.distribution.restLabel(fmt.number(b.max, 1)),
    cellKey: (i) => String(i * b.width),
    xRefs:
      ctx.target.waitMinutes <= b.max
        ? [
            {
              at: ctx.target.waitMinutes / b.width,
              label: t.distribution.target(fmt.number(ctx.target.waitMinutes)),
              color: OKABE_ITO.vermillion,
            },
          ]
        : [],
    panels: [
      {
        id: 'shares',
        yLabel: t.distribution.yLabel,
        height: 220,
        tick: (v) => fmt.percent(v, 0),
        series: [
          {
            id: 'share',
            label: t.distribution.bar,
            kind: 'bars',
            color: OKABE_ITO.skyBlue,
            values,
            format: (v) => fmt.percent(v, 1),
          },
        ],
      },
    ],
  };
}

export function distributionLegend(ctx: ChartContext): LegendItem[] {
  return [
    { kind: 'bar', label: ctx.t.distribution.bar, color: OKABE_ITO.skyBlue },
    {
      kind: 'dashed',
      label: ctx.t.distribution.target(ctx.fmt.number(ctx.target.waitMinutes)),
      color: OKABE_ITO.vermillion,
    },
  ];
}

export function distributionSummary(ctx: ChartContext, b: DisplayBins): string {
  const { t, fmt } = ctx;
  if (b.total <= 0) return t.distribution.summaryEmpty;
  const metric = ctx.merged.metrics['wait.all.withinTarget'];
  const mode = argMax(b.shares);
  // Share waiting 60 min or longer (or the shown range's end, if shorter).
  const tailFrom = Math.min(60, b.max);
  const raw = ctx.merged.waitDistribution.shares.mean;
  const bin = ctx.merged.waitDistribution.binMinutes;
  let tail = 0;
  for (let k = Math.round(tailFrom / bin); k < raw.length; k++) tail += raw[k];
  return t.distribution.summary(
    fmt.percent(b.withinTarget / b.total, 1),
    fmt.number(ctx.target.waitMinutes),
    fmt.percent(ctx.target.share, 0),
    metric ? fmt.pmPercent(metric.mean, metric.halfWidth, 1) : '—',
    t.distribution.binLabel(fmt.number(mode * b.width, 1), fmt.number((mode + 1) * b.width, 1)),
    fmt.percent(b.shares[mode] / b.total, 1),
    fmt.percent(tail / b.total, 1),
    fmt.number(tailFrom),
  );
}

/** The raw bins (0.5 minutes) with their confidence half-widths. */
export function distributionCsv(ctx: ChartContext): CsvTable {
  const { binMinutes, shares } = ctx.merged.waitDistribution;
  const rows: unknown[][] = [];
  for (let k = 0; k < shares.mean.length; k++) {
    const last = k === shares.mean.length - 1;
    rows.push([
      k * binMinutes,
      last ? null : (k + 1) * binMinutes,
      csvNumber(shares.mean[k], 6),
      csvNumber(shares.halfWidth[k], 6),
    ]);
  }
  return { header: [...ctx.t.distribution.csv], rows };
}
