/**
 * The 12366 hotline over an average day of one kind (ordinary, filing, deadline or closed days):
 * the calls offered to the agents per interval, the share of them answered within the first
 * service-level threshold, and the agents on the phones and busy against the seats installed,
 * with the hours outside the agents' hours shaded. The sentence above the chart gives the
 * whole period's service level, hang-ups and occupancy with their 95% intervals, and with
 * callbacks the share taken and the share made within the target.
 *
 * Bands: as for the kiosks (kiosks.ts, `averageDay`), the half-width drawn for a cell of the average day is the
 * mean of the per-day half-widths, never narrower than the true one: it is worded "at most". The
 * service level of a cell is the ratio of its mean answered-within calls to its mean offered
 * calls over the days of the kind and the replications (a ratio estimator), drawn without a band.
 */
import { channelDay } from '../../sim/hall/resolve-hotline.ts';
import { CHANNEL_DAYS, type ChannelDay, parseTimeOfDay } from '../../sim/scenario/index.ts';
import { cellRange, cellStart, timeTicks, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import { averageDay } from './kiosks.ts';
import type { LegendItem } from './legend.ts';
import { CLOSED_STROKE, MUTED, OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec, Value } from './series-chart.ts';

export interface HotlineDay {
  kind: ChannelDay;
  /** Days of this kind in the horizon. */
  days: number;
  offered: number[];
  offeredHw: number[];
  /** Answered within the first threshold over offered, per interval; null where none were offered. */
  level: Value[];
  staffed: number[];
  staffedHw: number[];
  busy: number[];
  busyHw: number[];
  /** Intervals outside the agents' hours. */
  closed: boolean[];
  seats: number;
  /** The first service-level threshold, seconds. */
  seconds: number;
}

/** Day indices of each kind of day in the horizon. */
function daysOf(ctx: ChartContext): Record<ChannelDay, number[]> {
  const out = Object.fromEntries(CHANNEL_DAYS.map((k) => [k, [] as number[]])) as Record<ChannelDay, number[]>;
  for (let d = 0; d < ctx.merged.intervals.days; d++) out[channelDay(ctx.resolved.calendar, d)].push(d);
  return out;
}

/** The kinds of day present, in CHANNEL_DAYS order (none without a hotline). */
export function hotlineKinds(ctx: ChartContext): ChannelDay[] {
  if (!ctx.merged.intervals.hotline) return [];
  const days = daysOf(ctx);
  return CHANNEL_DAYS.filter((k) => days[k].length > 0);
}

/** The kind shown first: the one whose offered calls were least often answered within the first
 *  threshold (the first of equals), so the chart opens where the hotline falls shortest. */
export function defaultKind(ctx: ChartContext): ChannelDay | null {
  let best: ChannelDay | null = null;
  let lowest = Infinity;
  for (const k of hotlineKinds(ctx)) {
    const d = hotlineDay(ctx, k);
    const offered = d.offered.reduce((a, x) => a + x, 0);
    if (offered === 0) continue;
    const within = d.level.reduce<number>((a, x, j) => a + (x ?? 0) * d.offered[j], 0);
    if (within / offered < lowest) {
      lowest = within / offered;
      best = k;
    }
  }
  return best ?? hotlineKinds(ctx)[0] ?? null;
}

export function hotlineDay(ctx: ChartContext, kind: ChannelDay): HotlineDay {
  const h = ctx.merged.intervals.hotline!;
  const r = ctx.resolved.hotline!;
  const days = daysOf(ctx)[kind];
  const per = ctx.perDay;
  const offered = averageDay(h.offered, days, per);
  const within = averageDay(h.answeredWithin, days, per);
  const staffed = averageDay(h.staffed, days, per);
  const busy = averageDay(h.busy, days, per);
  const spec = ctx.scenario.hotline!;
  const w = ctx.intervalMinutes;
  const start = spec.agents.hours === '24h' ? 0 : parseTimeOfDay(spec.agents.hours.start)!;
  const end = spec.agents.hours === '24h' ? per * w : parseTimeOfDay(spec.agents.hours.end)!;
  return {
    kind,
    days: days.length,
    offered: offered.mean,
    offeredHw: offered.hw,
    level: offered.mean.map((o, j) => (o > 0 ? within.mean[j] / o : null)),
    staffed: staffed.mean,
    staffedHw: staffed.hw,
    busy: busy.mean,
    busyHw: busy.hw,
    closed: Array.from({ length: per }, (_, j) => j * w >= end || (j + 1) * w <= start),
    seats: spec.agents.seats,
    seconds: r.answerWithinSeconds[0],
  };
}

/** Runs of closed cells [from, to). */
function closedRuns(closed: boolean[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  closed.forEach((c, j) => {
    if (!c) return;
    if (out.length > 0 && out[out.length - 1].to === j) out[out.length - 1].to = j + 1;
    else out.push({ from: j, to: j + 1 });
  });
  return out;
}

/**
 * The sentence above the chart: the whole period's service level, hang-ups and occupancy, each
 * with its interval; with callbacks (`hotline.callbacks.*` in the result), a second sentence: the
 * share of callers offered a callback who took it and the share of callbacks made within the
 * target, with theirs.
 */
export function hotlineSummary(ctx: ChartContext): string {
  const t = ctx.t.hotline;
  const m = (k: string) => ctx.merged.metrics[`hotline.${k}`];
  const h = ctx.resolved.hotline!;
  const seconds = h.answerWithinSeconds[0];
  const share = (k: string) => {
    const e = m(k);
    return e ? ctx.fmt.pmPercent(e.mean, e.halfWidth, 1) : '—';
  };
  const first = t.summary(
    String(seconds),
    share(`serviceLevel.${seconds}s`),
    share('abandonShare'),
    share('occupancy'),
  );
  if (!h.callbacks || !m('callbacks.accepted')) return first;
  const accept = share('callbacks.acceptShare');
  const second = m('callbacks.withinShare')
    ? t.callbacks(accept, ctx.fmt.number(h.callbacks.within, 1), share('callbacks.withinShare'))
    : t.callbacksNoneMade(accept);
  return t.sentences(first, second);
}

export function hotlineSpec(ctx: ChartContext, d: HotlineDay): SeriesChartSpec {
  const { fmt } = ctx;
  const t = ctx.t.hotline;
  const atMost = (v: string, hw: number | null) =>
    hw === null || fmt.number(hw, 2) === fmt.number(0, 2) ? v : t.atMost(v, fmt.number(hw, 2));
  const calls = (v: number, hw: number | null) => atMost(t.calls(fmt.number(v, 1)), hw);
  const agents = (v: number, hw: number | null) => atMost(t.agents(fmt.number(v, 1)), hw);
  const open = <T>(v: T, j: number): T | null => (d.closed[j] ? null : v);
  return {
    count: ctx.perDay,
    ticks: timeTicks(ctx, 0, ctx.perDay, 12),
    xLabel: t.xLabel(t.kinds[d.kind], fmt.number(d.days, 0)),
    cellLabel: (i) => cellRange(ctx, i),
    cellKey: (i) => cellStart(ctx, i),
    shades: closedRuns(d.closed).map((r) => ({ ...r, label: t.closed })),
    panels: [
      {
        id: 'offered',
        yLabel: t.offeredLabel,
        height: 130,
        minTop: 1,
        tick: (v) => fmt.number(v, 0),
        series: [
          {
            id: 'offered',
            label: t.offered,
            kind: 'bars',
            color: OKABE_ITO.skyBlue,
            values: d.offered.map(open),
            halfWidth: d.offeredHw.map(open),
            format: calls,
          },
        ],
      },
      {
        id: 'level',
        yLabel: t.levelLabel(String(d.seconds)),
        height: 120,
        minTop: 1,
        tick: (v) => fmt.percent(v, 0),
        series: [
          {
            id: 'level',
            label: t.level(String(d.seconds)),
            kind: 'line',
            color: OKABE_ITO.vermillion,
            values: d.level.map(open),
            points: true,
            format: (v) => fmt.percent(v, 1),
          },
        ],
      },
      {
        id: 'agents',
        yLabel: t.agentsLabel,
        height: 140,
        tick: (v) => fmt.number(v, 0),
        refs: [{ value: d.seats, label: t.seats(fmt.number(d.seats, 0)), color: OKABE_ITO.black }],
        series: [
          {
            id: 'busy',
            label: t.busy,
            kind: 'area',
            color: OKABE_ITO.green,
            values: d.busy,
            halfWidth: d.busyHw,
            format: agents,
          },
          {
            id: 'staffed',
            label: t.staffed,
            kind: 'step',
            color: OKABE_ITO.black,
            values: d.staffed,
            format: agents,
          },
        ],
      },
    ],
  };
}

export function hotlineLegend(ctx: ChartContext, d: HotlineDay): LegendItem[] {
  const t = ctx.t.hotline;
  const items: LegendItem[] = [
    { kind: 'bar', label: t.offered, color: OKABE_ITO.skyBlue },
    { kind: 'point', label: t.level(String(d.seconds)), color: OKABE_ITO.vermillion },
    { kind: 'bar', label: t.busy, color: OKABE_ITO.green },
    { kind: 'line', label: t.staffed, color: OKABE_ITO.black },
    { kind: 'band', label: t.band, color: MUTED },
    { kind: 'ref', label: t.seats(ctx.fmt.number(d.seats, 0)), color: OKABE_ITO.black },
  ];
  if (d.closed.some((c) => c)) items.push({ kind: 'hatch', label: t.closed, color: CLOSED_STROKE });
  return items;
}

/** One row per interval of the average day. */
export function hotlineCsv(ctx: ChartContext, d: HotlineDay): CsvTable {
  const t = ctx.t.hotline;
  const rows: unknown[][] = d.offered.map((_, j) => [
    t.kinds[d.kind],
    ctx.fmt.time(j * ctx.intervalMinutes),
    ctx.fmt.time((j + 1) * ctx.intervalMinutes),
    csvNumber(d.offered[j]),
    csvNumber(d.offeredHw[j]),
    csvNumber(d.level[j]),
    csvNumber(d.staffed[j]),
    csvNumber(d.busy[j]),
    csvNumber(d.busyHw[j]),
    d.seats,
  ]);
  return { header: [...t.csv(String(d.seconds))], rows };
}
