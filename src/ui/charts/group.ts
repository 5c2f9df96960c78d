/**
 * One window group over the average day of a kind: its line, its busy and staffed windows per
 * interval (time averages, each with its confidence band), and the mean wait of those who joined
 * its line in each interval; the summary gives the group's wait and share within the target over
 * the day with their ranges in words. From the run's per-group load (merge-group-load.ts), which
 * covers the opening hours: cells outside them, or where the group had no window, no line and no
 * joiner, are gaps.
 */
import { groupLoadCell } from '../../sim/hall/group-load.ts';
import type { MergedGroupLoad } from '../../sim/results/merge-group-load.ts';
import { DAY_TYPES, type DayType } from '../../sim/scenario/index.ts';
import { argMax, cellRange, cellStart, timeTicks, type ChartContext } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesChartSpec, Value } from './series-chart.ts';
import { shareValue, sureAmount, sureMinutes, sureShare } from './uncertainty.ts';

export interface GroupView {
  group: number;
  type: DayType;
  /** Cells [from, to) of the day shown (intervals from midnight). */
  from: number;
  to: number;
  joined: number[];
  queue: Value[];
  queueHw: Value[];
  busy: Value[];
  busyHw: Value[];
  staffed: Value[];
  staffedHw: Value[];
  wait: Value[];
  waitHw: Value[];
  share: Value[];
  shareHw: Value[];
}

/** The group's figures over the whole day of a kind (per day of the kind). */
export interface GroupDay {
  joined: number;
  wait: number;
  waitHw: number;
  served: number;
  share: number;
  shareHw: number;
  /** Busy and staffed windows, averaged over the opening hours. */
  busy: number;
  staffed: number;
}

/** Interval k of the opening hours for cell j of the day, or −1. */
function intervalOf(load: MergedGroupLoad, ctx: ChartContext, j: number): number {
  const k = j - Math.round(load.open / ctx.intervalMinutes);
  return k >= 0 && k < load.intervals && load.intervalMinutes === ctx.intervalMinutes ? k : -1;
}

export function groupView(ctx: ChartContext, group: number, type: DayType): GroupView {
  const load = ctx.merged.groupLoad!;
  const d = DAY_TYPES.indexOf(type);
  const days = load.days[type];
  const { from, to } = ctx.window;
  const v: GroupView = {
    group,
    type,
    from,
    to,
    joined: [],
    queue: [],
    queueHw: [],
    busy: [],
    busyHw: [],
    staffed: [],
    staffedHw: [],
    wait: [],
    waitHw: [],
    share: [],
    shareHw: [],
  };
  for (let j = from; j < to; j++) {
    const k = intervalOf(load, ctx, j);
    const c = k >= 0 && days > 0 ? groupLoadCell(load.intervals, group, d, k) : -1;
    const open = c >= 0 && (load.staffed[c] > 0 || load.queue[c] > 0 || load.busy[c] > 0 || load.joined[c] > 0);
    const per = (a: Float64Array) => (open ? a[c] / days : null);
    v.joined.push(c >= 0 ? load.joined[c] / days : 0);
    v.queue.push(per(load.queue));
    v.queueHw.push(per(load.queueHalfWidth));
    v.busy.push(per(load.busy));
    v.busyHw.push(per(load.busyHalfWidth));
    v.staffed.push(per(load.staffed));
    v.staffedHw.push(per(load.staffedHalfWidth));
    const served = c >= 0 && load.wait.cell.served[c] > 0;
    v.wait.push(served ? load.wait.cell.mean[c] : null);
    v.waitHw.push(served ? load.wait.cell.halfWidth[c] : null);
    const joined = c >= 0 && load.joined[c] > 0;
    v.share.push(joined ? load.share.cell.mean[c] : null);
    v.shareHw.push(joined ? load.share.cell.halfWidth[c] : null);
  }
  return v;
}

export function groupDay(ctx: ChartContext, group: number, type: DayType): GroupDay {
  const load = ctx.merged.groupLoad!;
  const d = DAY_TYPES.indexOf(type);
  const days = load.days[type];
  const i = group * DAY_TYPES.length + d;
  let busy = 0;
  let staffed = 0;
  for (let k = 0; k < load.intervals; k++) {
    const c = groupLoadCell(load.intervals, group, d, k);
    busy += load.busy[c];
    staffed += load.staffed[c];
  }
  const n = days > 0 ? days * load.intervals : 1;
  return {
    joined: days > 0 ? load.share.groupDay.joined[i] / days : 0,
    wait: load.wait.groupDay.mean[i],
    waitHw: load.wait.groupDay.halfWidth[i],
    served: days > 0 ? load.wait.groupDay.served[i] / days : 0,
    share: load.share.groupDay.mean[i],
    shareHw: load.share.groupDay.halfWidth[i],
    busy: busy / n,
    staffed: staffed / n,
  };
}

export function groupSpec(ctx: ChartContext, v: GroupView): SeriesChartSpec {
  const { t, fmt } = ctx;
  const g = t.groups;
  const people = (x: number, hw: number | null) => t.unit.people(fmt.pm(x, hw));
  const windows = (x: number, hw: number | null) => t.unit.windows(fmt.pm(x, hw));
  const minutes = (x: number, hw: number | null) => t.unit.minutes(fmt.pm(x, hw));
  return {
    count: v.to - v.from,
    ticks: timeTicks(ctx, v.from, v.to),
    xLabel: g.xLabel,
    cellLabel: (i) => cellRange(ctx, v.from + i),
    cellKey: (i) => cellStart(ctx, v.from + i),
    panels: [
      {
        id: 'queue',
        yLabel: g.queueLabel,
        height: 150,
        tick: (x) => fmt.number(x, 1),
        series: [
          {
            id: 'queue',
            label: g.queue,
            kind: 'line',
            color: OKABE_ITO.vermillion,
            values: v.queue,
            halfWidth: v.queueHw,
            points: true,
            format: people,
          },
        ],
      },
      {
        id: 'windows',
        yLabel: g.windowsLabel,
        height: 110,
        minTop: 1,
        tick: (x) => fmt.number(x, 1),
        series: [
          {
            id: 'busy',
            label: g.busy,
            kind: 'area',
            color: OKABE_ITO.skyBlue,
            values: v.busy,
            halfWidth: v.busyHw,
            format: windows,
          },
          {
            id: 'staffed',
            label: g.staffed,
            kind: 'step',
            color: OKABE_ITO.blue,
            values: v.staffed,
            halfWidth: v.staffedHw,
            format: windows,
          },
        ],
      },
      {
        id: 'wait',
        yLabel: g.waitLabel,
        height: 150,
        tick: (x) => fmt.number(x, 1),
        refs: [
          {
            value: ctx.target.waitMinutes,
            label: t.wait.target(fmt.number(ctx.target.waitMinutes)),
            color: OKABE_ITO.black,
          },
        ],
        series: [
          {
            id: 'wait',
            label: g.wait,
            kind: 'line',
            color: OKABE_ITO.blue,
            values: v.wait,
            halfWidth: v.waitHw,
            points: true,
            format: minutes,
          },
        ],
      },
    ],
  };
}

export function groupLegend(ctx: ChartContext): LegendItem[] {
  const { t, fmt } = ctx;
  return [
    { kind: 'point', label: t.groups.queue, color: OKABE_ITO.vermillion },
    { kind: 'line', label: t.groups.staffed, color: OKABE_ITO.blue },
    { kind: 'bar', label: t.groups.busy, color: OKABE_ITO.skyBlue },
    { kind: 'point', label: t.groups.wait, color: OKABE_ITO.blue },
    { kind: 'band', label: t.wait.band, color: OKABE_ITO.vermillion },
    { kind: 'ref', label: t.wait.target(fmt.number(ctx.target.waitMinutes)), color: OKABE_ITO.black },
  ];
}

/**
 * "Green channel on filing-period days: mean wait 27.9 min (95% sure …); 64% served within 15 min
 * (…). Longest line at 15:30: …".
 */
export function groupSummary(ctx: ChartContext, v: GroupView, name: string): string {
  const { t, fmt } = ctx;
  const when = t.onDayType[v.type];
  const day = groupDay(ctx, v.group, v.type);
  if (day.joined === 0) return t.groups.summaryEmpty(name, when);
  const minutes = fmt.number(ctx.target.waitMinutes);
  const first = t.groups.summary(
    name,
    when,
    ctx.merged.groupLoad!.days[v.type],
    t.unit.minutes(fmt.number(day.wait, 1)),
    sureMinutes(ctx, day.wait, day.waitHw),
    shareValue(ctx, day.share, day.shareHw),
    minutes,
    sureShare(ctx, day.share, day.shareHw),
  );
  const i = argMax(v.queue);
  if (i < 0 || (v.queue[i] ?? 0) < 0.05) return `${first} ${t.groups.noLine}`;
  const peak = t.groups.peak(
    cellRange(ctx, v.from + i),
    t.unit.people(fmt.number(v.queue[i]!, 1)),
    sureAmount(ctx, v.queue[i]!, v.queueHw[i] ?? 0, 'people'),
    t.unit.windows(fmt.number(v.staffed[i] ?? 0, 1)),
    fmt.number(v.busy[i] ?? 0, 1),
  );
  return `${first} ${peak}`;
}

export function groupCsv(ctx: ChartContext, v: GroupView): CsvTable {
  const rows: unknown[][] = [];
  for (let i = 0; i < v.to - v.from; i++) {
    const j = v.from + i;
    rows.push([
      ctx.fmt.time(j * ctx.intervalMinutes),
      ctx.fmt.time((j + 1) * ctx.intervalMinutes),
      csvNumber(v.joined[i]),
      csvNumber(v.queue[i]),
      csvNumber(v.queueHw[i]),
      csvNumber(v.busy[i]),
      csvNumber(v.busyHw[i]),
      csvNumber(v.staffed[i]),
      csvNumber(v.staffedHw[i]),
      csvNumber(v.wait[i]),
      csvNumber(v.waitHw[i]),
      csvNumber(v.share[i]),
      csvNumber(v.shareHw[i]),
    ]);
  }
  return { header: [...ctx.t.groups.csv], rows };
}
