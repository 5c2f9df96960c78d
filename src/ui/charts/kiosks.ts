/**
 * Self-service kiosks around the clock, one site at a time: the site's average day (00:00–24:00,
 * each interval averaged over every day of the horizon, open or closed) of its line, its kiosks
 * busy and its kiosks in working order, against the kiosks installed, with the hours it is closed
 * on every day shaded. What the site did for its users, in words and per site, is
 * kiosk-measures.ts.
 *
 * Bands: the merged series give a confidence half-width per interval of the horizon, not of the
 * average day. The mean of those half-widths over the days is never narrower than the half-width
 * of the average (the sample standard deviation is a norm, and every cell has the same
 * replications), so the band drawn is the true 95% interval or wider: it is worded "at most".
 */
import type { MergedSeries } from '../../sim/results/merge.ts';
import type { ResolvedSite } from '../../sim/hall/resolve.ts';
import { cellRange, cellStart, timeTicks, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { CLOSED_STROKE, MUTED, OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec, Value } from './series-chart.ts';
import { MINUTES_PER_DAY } from '../../sim/scenario/index.ts';

/** A kiosk site as the charts name it. */
export interface KioskSite {
  index: number;
  id: string;
  /** In the current language. */
  name: string;
  kiosks: number;
  /** Hours in minutes of the day, [start, end); [0, 1440) around the clock. */
  start: number;
  end: number;
  workingDaysOnly: boolean;
}

export interface KioskDay {
  site: KioskSite;
  /** Users waiting and kiosks busy per interval of the day (null while the site is closed on every day). */
  queue: Value[];
  queueHw: Value[];
  busy: Value[];
  busyHw: Value[];
  /** Kiosks in working order, open or closed (they fail and are repaired either way). */
  up: number[];
  upHw: number[];
  /** Intervals of the day when the site is closed on every day of the horizon. */
  closed: boolean[];
}

function siteOf(ctx: ChartContext, s: ResolvedSite): KioskSite {
  return {
    index: s.index,
    id: s.id,
    name: ctx.fmt.locale === 'zh-CN' ? s.name.zh : s.name.en,
    kiosks: s.kiosks,
    start: s.start,
    end: s.end,
    workingDaysOnly: s.workingDaysOnly,
  };
}

/** The scenario's kiosk sites, in its order (none without kiosks). */
export function kioskSites(ctx: ChartContext): KioskSite[] {
  return (ctx.resolved.kiosks?.sites ?? []).map((s) => siteOf(ctx, s));
}

/** The site shown first: the one with the longest mean line (the first of equals), else the first. */
export function defaultSite(ctx: ChartContext): number {
  let best = 0;
  let longest = -Infinity;
  kioskSites(ctx).forEach((s, i) => {
    const q = ctx.merged.metrics[`kiosk.${s.id}.queue.mean`]?.mean ?? 0;
    if (q > longest) {
      longest = q;
      best = i;
    }
  });
  return best;
}

/** Whether interval j of the day is outside the site's hours on every day of the horizon. */
export function closedCells(ctx: ChartContext, s: KioskSite): boolean[] {
  const w = ctx.intervalMinutes;
  const anyDay = !s.workingDaysOnly || ctx.days.some((d) => d.working);
  return Array.from({ length: ctx.perDay }, (_, j) => !anyDay || j * w >= s.end || (j + 1) * w <= s.start);
}

/**
 * Mean over the given days (indices in the horizon) of cell j of the day, and the mean of the
 * half-widths: never narrower than the half-width of the average (see the header).
 */
export function averageDay(
  series: MergedSeries,
  days: readonly number[],
  per: number,
): { mean: number[]; hw: number[] } {
  const mean = new Array<number>(per).fill(0);
  const hw = new Array<number>(per).fill(0);
  for (const d of days) {
    for (let j = 0; j < per; j++) {
      mean[j] += series.mean[d * per + j];
      hw[j] += series.halfWidth[d * per + j];
    }
  }
  const n = Math.max(1, days.length);
  return { mean: mean.map((x) => x / n), hw: hw.map((x) => x / n) };
}

/** The average day of site `index` (in the scenario's order). */
export function siteDay(ctx: ChartContext, index: number): KioskDay {
  const site = kioskSites(ctx)[index];
  const iv = ctx.merged.intervals;
  const series = iv.kioskSites[index];
  const per = ctx.perDay;
  const closed = closedCells(ctx, site);
  const all = Array.from({ length: iv.days }, (_, d) => d);
  const q = averageDay(series.queue, all, per);
  const b = averageDay(series.busy, all, per);
  const u = averageDay(series.up, all, per);
  const open = <T>(v: T, j: number): T | null => (closed[j] ? null : v);
  return {
    site,
    queue: q.mean.map(open),
    queueHw: q.hw.map(open),
    busy: b.mean.map(open),
    busyHw: b.hw.map(open),
    up: u.mean,
    upHw: u.hw,
    closed,
  };
}

/** "08:00–20:00, every day", "around the clock, working days only". */
export function siteHours(ctx: ChartContext, s: KioskSite): string {
  const t = ctx.t.kiosks;
  const hours =
    s.start === 0 && s.end === MINUTES_PER_DAY ? t.allDay : `${ctx.fmt.time(s.start)}–${ctx.fmt.time(s.end)}`;
  return t.hours(hours, s.workingDaysOnly ? t.workingDays : t.everyDay);
}

/** The line above the chart: the kiosks installed and the hours. */
export function siteFacts(ctx: ChartContext, s: KioskSite): string {
  return ctx.t.kiosks.facts(ctx.fmt.number(s.kiosks, 0), siteHours(ctx, s));
}

/** Runs of closed cells [from, to). */
function closedRuns(closed: boolean[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let j = 0; j < closed.length; j++) {
    if (!closed[j]) continue;
    if (out.length > 0 && out[out.length - 1].to === j) out[out.length - 1].to = j + 1;
    else out.push({ from: j, to: j + 1 });
  }
  return out;
}

export function kioskSpec(ctx: ChartContext, k: KioskDay): SeriesChartSpec {
  const { t, fmt } = ctx;
  const atMost = (v: string, hw: number | null) =>
    hw === null || fmt.number(hw, 2) === fmt.number(0, 2) ? v : t.kiosks.atMost(v, fmt.number(hw, 2));
  const people = (v: number, hw: number | null) => atMost(t.unit.people(fmt.amount(v)), hw);
  const kiosks = (v: number, hw: number | null) => atMost(t.unit.kiosks(fmt.number(v, 1)), hw);
  return {
    count: ctx.perDay,
    ticks: timeTicks(ctx, 0, ctx.perDay, 12),
    xLabel: t.kiosks.xLabel,
    cellLabel: (i) => cellRange(ctx, i),
    cellKey: (i) => cellStart(ctx, i),
    shades: closedRuns(k.closed).map((r) => ({ ...r, label: t.kiosks.closed })),
    panels: [
      {
        id: 'queue',
        yLabel: t.kiosks.queueLabel,
        height: 140,
        minTop: 1,
        tick: (v) => fmt.number(v, 1),
        series: [
          {
            id: 'queue',
            label: t.kiosks.queue,
            kind: 'line',
            color: OKABE_ITO.vermillion,
            values: k.queue,
            halfWidth: k.queueHw,
            format: people,
          },
        ],
      },
      {
        id: 'kiosks',
        yLabel: t.kiosks.kiosksLabel,
        height: 150,
        // A site of one or two kiosks gets ticks at halves.
        tick: (v) => fmt.number(v, 1),
        refs: [
          { value: k.site.kiosks, label: t.kiosks.installed(fmt.number(k.site.kiosks, 0)), color: OKABE_ITO.black },
        ],
        series: [
          {
            id: 'busy',
            label: t.kiosks.busy,
            kind: 'area',
            color: OKABE_ITO.skyBlue,
            values: k.busy,
            halfWidth: k.busyHw,
            format: kiosks,
          },
          {
            id: 'up',
            label: t.kiosks.up,
            kind: 'line',
            color: OKABE_ITO.green,
            values: k.up,
            halfWidth: k.upHw,
            format: kiosks,
          },
        ],
      },
    ],
  };
}

export function kioskLegend(ctx: ChartContext, k: KioskDay): LegendItem[] {
  const t = ctx.t.kiosks;
  const items: LegendItem[] = [
    { kind: 'line', label: t.queue, color: OKABE_ITO.vermillion },
    { kind: 'line', label: t.up, color: OKABE_ITO.green },
    { kind: 'band', label: t.band, color: MUTED },
    { kind: 'bar', label: t.busy, color: OKABE_ITO.skyBlue },
    { kind: 'ref', label: t.installed(ctx.fmt.number(k.site.kiosks, 0)), color: OKABE_ITO.black },
  ];
  if (k.closed.some((c) => c)) items.push({ kind: 'hatch', label: t.closed, color: CLOSED_STROKE });
  return items;
}

/** One row per interval of the day; closed intervals say so and have no line or busy kiosks. */
export function kioskCsv(ctx: ChartContext, k: KioskDay): CsvTable {
  const t = ctx.t.kiosks;
  const rows: unknown[][] = k.up.map((_, j) => [
    k.site.name,
    ctx.fmt.time(j * ctx.intervalMinutes),
    ctx.fmt.time((j + 1) * ctx.intervalMinutes),
    k.closed[j] ? t.csvClosed : t.csvOpen,
    csvNumber(k.queue[j]),
    csvNumber(k.queueHw[j]),
    csvNumber(k.busy[j]),
    csvNumber(k.busyHw[j]),
    csvNumber(k.up[j]),
    csvNumber(k.upHw[j]),
    k.site.kiosks,
  ]);
  return { header: [...t.csv], rows };
}
