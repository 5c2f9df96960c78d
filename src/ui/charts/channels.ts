/**
 * Waiting time by channel (walk-in, appointment, staggered booking) over the average day of a
 * kind: the mean wait of each channel's joiners by the interval of their ticket, all window
 * groups together, each with its confidence band; the summary gives each channel's wait and
 * share within the target over the day with their ranges in words. Channels nobody used that
 * kind of day are left out; intervals a channel had nobody served in are gaps.
 */
import type { MergedGroupLoad } from '../../sim/results/merge-group-load.ts';
import { channelDayIndex, channelIntervalIndex } from '../../sim/results/merge-group-load.ts';
import { type Channel, CHANNELS, DAY_TYPES, type DayType } from '../../sim/scenario/index.ts';
import { cellRange, cellStart, timeTicks, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec, Value } from './series-chart.ts';
import { shareValue, sureMinutes, sureShare } from './uncertainty.ts';

/** Each channel's colour and line (the green channel's bookings in green). */
export const CHANNEL_STYLE: Record<Channel, { color: string; dashed: boolean }> = {
  walkIn: { color: OKABE_ITO.blue, dashed: false },
  appointment: { color: OKABE_ITO.orange, dashed: true },
  staggered: { color: OKABE_ITO.green, dashed: false },
};

export interface ChannelLine {
  channel: Channel;
  /** Per interval shown: mean wait and its half-width, joiners per day. */
  wait: Value[];
  waitHw: Value[];
  joined: number[];
  /** Over the day, per day of the kind. */
  day: { joined: number; wait: number; waitHw: number; served: number; share: number; shareHw: number };
}

export interface ChannelView {
  type: DayType;
  from: number;
  to: number;
  lines: ChannelLine[];
}

export function channelView(ctx: ChartContext, type: DayType): ChannelView {
  const load: MergedGroupLoad = ctx.merged.groupLoad!;
  const d = DAY_TYPES.indexOf(type);
  const days = load.days[type];
  const { from, to } = ctx.ticketWindow;
  const first = Math.round(load.open / ctx.intervalMinutes);
  const lines: ChannelLine[] = [];
  CHANNELS.forEach((channel, ch) => {
    const i = channelDayIndex(ch, d);
    if (days === 0 || load.share.channelDay.joined[i] === 0) return;
    const line: ChannelLine = {
      channel,
      wait: [],
      waitHw: [],
      joined: [],
      day: {
        joined: load.share.channelDay.joined[i] / days,
        wait: load.wait.channelDay.mean[i],
        waitHw: load.wait.channelDay.halfWidth[i],
        served: load.wait.channelDay.served[i] / days,
        share: load.share.channelDay.mean[i],
        shareHw: load.share.channelDay.halfWidth[i],
      },
    };
    for (let j = from; j < to; j++) {
      const k = j - first;
      const c = k >= 0 && k < load.intervals ? channelIntervalIndex(load.intervals, ch, d, k) : -1;
      const served = c >= 0 && load.wait.channelInterval.served[c] > 0;
      line.wait.push(served ? load.wait.channelInterval.mean[c] : null);
      line.waitHw.push(served ? load.wait.channelInterval.halfWidth[c] : null);
      line.joined.push(c >= 0 ? load.share.channelInterval.joined[c] / days : 0);
    }
    lines.push(line);
  });
  return { type, from, to, lines };
}

export function channelSpec(ctx: ChartContext, v: ChannelView): SeriesChartSpec {
  const { t, fmt } = ctx;
  const minutes = (x: number, hw: number | null) => t.unit.minutes(fmt.pm(x, hw));
  return {
    count: v.to - v.from,
    ticks: timeTicks(ctx, v.from, v.to),
    xLabel: t.channels.xLabel,
    cellLabel: (i) => cellRange(ctx, v.from + i),
    cellKey: (i) => cellStart(ctx, v.from + i),
    panels: [
      {
        id: 'wait',
        yLabel: t.channels.yLabel,
        height: 240,
        tick: (x) => fmt.number(x, 1),
        refs: [
          {
            value: ctx.target.waitMinutes,
            label: t.wait.target(fmt.number(ctx.target.waitMinutes)),
            color: OKABE_ITO.black,
          },
        ],
        series: v.lines.map((l) => ({
          id: l.channel,
          label: t.channels.names[l.channel],
          kind: 'line' as const,
          color: CHANNEL_STYLE[l.channel].color,
          dashed: CHANNEL_STYLE[l.channel].dashed,
          values: l.wait,
          halfWidth: l.waitHw,
          points: true,
          format: minutes,
        })),
      },
    ],
  };
}

export function channelLegend(ctx: ChartContext, v: ChannelView): LegendItem[] {
  const { t, fmt } = ctx;
  return [
    ...v.lines.map((l): LegendItem => ({
      kind: CHANNEL_STYLE[l.channel].dashed ? 'dashed' : 'point',
      label: t.channels.names[l.channel],
      color: CHANNEL_STYLE[l.channel].color,
    })),
    { kind: 'band', label: t.wait.band, color: OKABE_ITO.blue },
    { kind: 'ref', label: t.wait.target(fmt.number(ctx.target.waitMinutes)), color: OKABE_ITO.black },
  ];
}

/** "On filing-period days: Walk-in: mean wait 4.1 min (95% sure …), 93% within 15 min (…); …". */
export function channelSummary(ctx: ChartContext, v: ChannelView): string {
  const { t, fmt } = ctx;
  const when = t.onDayType[v.type];
  if (v.lines.length === 0) return t.channels.summaryEmpty(when);
  const minutes = fmt.number(ctx.target.waitMinutes);
  const clauses = v.lines.map((l) =>
    t.channels.clause(
      t.channels.names[l.channel],
      t.unit.minutes(fmt.number(l.day.wait, 1)),
      sureMinutes(ctx, l.day.wait, l.day.waitHw),
      shareValue(ctx, l.day.share, l.day.shareHw),
      minutes,
      sureShare(ctx, l.day.share, l.day.shareHw),
    ),
  );
  return t.channels.summary(when, clauses);
}

export function channelCsv(ctx: ChartContext, v: ChannelView): CsvTable {
  const load = ctx.merged.groupLoad!;
  const d = DAY_TYPES.indexOf(v.type);
  const first = Math.round(load.open / ctx.intervalMinutes);
  const rows: unknown[][] = [];
  for (const l of v.lines) {
    const ch = CHANNELS.indexOf(l.channel);
    for (let i = 0; i < v.to - v.from; i++) {
      const j = v.from + i;
      const k = j - first;
      const c = k >= 0 && k < load.intervals ? channelIntervalIndex(load.intervals, ch, d, k) : -1;
      const joined = c >= 0 && load.share.channelInterval.joined[c] > 0;
      rows.push([
        ctx.t.channels.names[l.channel],
        ctx.fmt.time(j * ctx.intervalMinutes),
        ctx.fmt.time((j + 1) * ctx.intervalMinutes),
        csvNumber(l.joined[i]),
        csvNumber(l.wait[i]),
        csvNumber(l.waitHw[i]),
        csvNumber(joined ? load.share.channelInterval.mean[c] : null),
        csvNumber(joined ? load.share.channelInterval.halfWidth[c] : null),
      ]);
    }
  }
  return { header: [...ctx.t.channels.csv], rows };
}
