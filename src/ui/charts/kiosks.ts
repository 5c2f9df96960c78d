/**
 * Self-service kiosks around the clock: the average day (00:00–24:00, over every day of the
 * horizon, open or closed) of the kiosk queue, kiosks busy and kiosks in working order, against
 * the kiosks installed; availability per site from the metrics.
 */
import { argMax, cellRange, cellStart, timeTicks, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec } from './series-chart.ts';

export interface KioskDay {
  queue: number[];
  busy: number[];
  up: number[];
  installed: number;
}

/** Total kiosks installed over all sites (0 when the scenario has none). */
export function installedKiosks(ctx: ChartContext): number {
  return (ctx.scenario.kiosks?.sites ?? []).reduce((a, s) => a + s.kiosks, 0);
}

/** Each interval of the day averaged over all days of the horizon. */
export function kioskDay(ctx: ChartContext): KioskDay {
  const per = ctx.perDay;
  const days = ctx.merged.intervals.days;
  const iv = ctx.merged.intervals;
  const out: KioskDay = { queue: new Array<number>(per).fill(0), busy: new Array<number>(per).fill(0), up: new Array<number>(per).fill(0), installed: installedKiosks(ctx) };
  for (let d = 0; d < days; d++) {
    for (let j = 0; j < per; j++) {
      const k = d * per + j;
      out.queue[j] += iv.kioskQueue.mean[k];
      out.busy[j] += iv.kioskBusy.mean[k];
      out.up[j] += iv.kioskUp.mean[k];
    }
  }
  for (let j = 0; j < per; j++) {
    out.queue[j] /= days;
    out.busy[j] /= days;
    out.up[j] /= days;
  }
  return out;
}

export function kioskSpec(ctx: ChartContext, k: KioskDay): SeriesChartSpec {
  const { t, fmt } = ctx;
  const people = (v: number) => t.unit.people(fmt.amount(v));
  const kiosks = (v: number) => t.unit.kiosks(fmt.number(v, 1));
  return {
    count: ctx.perDay,
    ticks: timeTicks(ctx, 0, ctx.perDay, 12),
    xLabel: t.kiosks.xLabel,
    cellLabel: (i) => cellRange(ctx, i),
    cellKey: (i) => cellStart(ctx, i),
    panels: [
      {
        id: 'queue',
        yLabel: t.kiosks.queueLabel,
        height: 140,
        minTop: 1,
        tick: (v) => fmt.number(v, 1),
        series: [{ id: 'queue', label: t.kiosks.queue, kind: 'line', color: OKABE_ITO.vermillion, values: k.queue, format: people }],
      },
      {
        id: 'kiosks',
        yLabel: t.kiosks.kiosksLabel,
        height: 150,
        tick: (v) => fmt.number(v, 0),
        refs: [{ value: k.installed, label: t.kiosks.installed(fmt.number(k.installed, 0)), color: OKABE_ITO.black }],
        series: [
          { id: 'busy', label: t.kiosks.busy, kind: 'area', color: OKABE_ITO.skyBlue, values: k.busy, format: kiosks },
          { id: 'up', label: t.kiosks.up, kind: 'line', color: OKABE_ITO.green, values: k.up, format: kiosks },
        ],
      },
    ],
  };
}

export function kioskLegend(ctx: ChartContext, k: KioskDay): LegendItem[] {
  const t = ctx.t.kiosks;
  return [
    { kind: 'line', label: t.queue, color: OKABE_ITO.vermillion },
    { kind: 'line', label: t.up, color: OKABE_ITO.green },
    { kind: 'bar', label: t.busy, color: OKABE_ITO.skyBlue },
    { kind: 'ref', label: t.installed(ctx.fmt.number(k.installed, 0)), color: OKABE_ITO.black },
  ];
}

/** "Hall self-service room: availability 97.1% ± 0.4%", one per site. */
export function kioskAvailability(ctx: ChartContext): string[] {
  const { t, fmt } = ctx;
  const zh = fmt.locale === 'zh-CN';
  return (ctx.scenario.kiosks?.sites ?? []).flatMap((s) => {
    const m = ctx.merged.metrics[`kiosk.${s.id}.availability`];
    return m ? [t.kiosks.availability(zh ? s.name.zh : s.name.en, fmt.pmPercent(m.mean, m.halfWidth, 1))] : [];
  });
}

export function kioskSummary(ctx: ChartContext, k: KioskDay): string {
  const { t, fmt } = ctx;
  const q = argMax(k.queue);
  const b = argMax(k.busy);
  const up = k.up.reduce((a, v) => a + v, 0) / k.up.length;
  return t.kiosks.summary(
    k.queue[q] > 0 ? t.kiosks.queueAt(cellStart(ctx, q), t.unit.people(fmt.amount(k.queue[q]))) : t.kiosks.noQueue,
    fmt.number(up, 1),
    fmt.number(k.installed, 0),
    cellStart(ctx, b),
    t.unit.kiosks(fmt.number(k.busy[b], 1)),
    kioskAvailability(ctx).join('; '),
  );
}

export function kioskCsv(ctx: ChartContext, k: KioskDay): CsvTable {
  const rows: unknown[][] = k.queue.map((_, j) => [
    ctx.fmt.time(j * ctx.intervalMinutes),
    ctx.fmt.time((j + 1) * ctx.intervalMinutes),
    csvNumber(k.queue[j]),
    csvNumber(k.busy[j]),
    csvNumber(k.up[j]),
  ]);
  return { header: [...ctx.t.kiosks.csv], rows };
}
