/**
 * What every chart of a result needs, computed once per result and language: the merged result,
 * the scenario it came from and its resolved calendar (the date and day type of every day), the
 * formatters and messages, the day types present in the horizon, and the window of the day the
 * hall is open (plus a margin), so charts of the day do not draw the empty night.
 */
import { attainment, uniformTargets, type Attainment } from '../../sim/results/attainment.ts';
import type { MergedResult } from '../../sim/results/merge.ts';
import { resolveScenario, type Resolved } from '../../sim/hall/resolve.ts';
import {
  DAY_TYPES,
  type DayType,
  formatIsoDate,
  isoWeekday,
  parseIsoDate,
  type Scenario,
} from '../../sim/scenario/index.ts';
import type { ChartsMessages } from '../i18n/charts.en.ts';
import type { Locale } from '../i18n/index.svelte.ts';
import { formatters, type Formatters } from './format.ts';

export interface DayInfo {
  /** Day index in the horizon (0 = start date). */
  index: number;
  /** Day number (days since 1970-01-01). */
  day: number;
  iso: string;
  year: number;
  month: number;
  date: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  working: boolean;
  /** Only meaningful on working days. */
  dayType: DayType;
  /** A public holiday of the scenario (closed). */
  holiday: boolean;
  /** A make-up working day (调休上班) on a normally closed weekday. */
  extraWorkday: boolean;
}

/** Cells [from, to) of the day, in statistics intervals from midnight. */
export interface DayWindow {
  from: number;
  to: number;
}

export interface ChartContext {
  merged: MergedResult;
  scenario: Scenario;
  resolved: Resolved;
  t: ChartsMessages;
  fmt: Formatters;
  days: DayInfo[];
  perDay: number;
  intervalMinutes: number;
  /** The day types with days in the horizon, in DAY_TYPES order. */
  dayTypes: DayType[];
  /** The hall's hours (plus a margin of one interval, and any overtime) as intervals. */
  window: DayWindow;
  /** The hall's hours plus a margin, widened only to intervals where tickets were taken. */
  ticketWindow: DayWindow;
  target: { waitMinutes: number; share: number };
  /** Whether the hall meets its target, the whole period and the intervals (attainment.ts); null without the counts. */
  attainment: Attainment | null;
}

export function dayInfos(r: Resolved): DayInfo[] {
  const holidays = new Set((r.scenario.calendar.holidays ?? []).map((d) => parseIsoDate(d)!));
  const extra = new Set((r.scenario.calendar.extraWorkdays ?? []).map((d) => parseIsoDate(d)!));
  const out: DayInfo[] = [];
  for (let i = 0; i < r.days; i++) {
    const day = r.calendar.startDay + i;
    const c = r.calendar.date(i);
    out.push({
      index: i,
      day,
      iso: formatIsoDate(day),
      year: c.year,
      month: c.month,
      date: c.day,
      weekday: isoWeekday(day),
      working: r.calendar.isWorking(i),
      dayType: r.calendar.dayType(i),
      holiday: holidays.has(day),
      extraWorkday: extra.has(day),
    });
  }
  return out;
}

/**
 * The intervals of the day to draw: opening to closing, widened to every interval where any day
 * type had tickets (and with `all`, open windows or a queue: overtime after closing), plus one
 * interval each side.
 */
export function openHoursWindow(merged: MergedResult, r: Resolved, all = true): DayWindow {
  const per = merged.intervals.intervalsPerDay;
  const w = merged.intervals.intervalMinutes;
  let first = Math.floor(r.open / w);
  let last = Math.ceil(r.close / w) - 1;
  for (const type of DAY_TYPES) {
    const p = merged.profiles[type];
    if (p.days === 0) continue;
    for (let j = 0; j < per; j++) {
      if (p.tickets.mean[j] > 0 || (all && (p.open.mean[j] > 0 || p.queue.mean[j] > 0))) {
        if (j < first) first = j;
        if (j > last) last = j;
      }
    }
  }
  return { from: Math.max(0, first - 1), to: Math.min(per, last + 2) };
}

export function chartContext(
  merged: MergedResult,
  scenario: Scenario,
  t: ChartsMessages,
  locale: Locale,
): ChartContext {
  const resolved = resolveScenario(scenario);
  return {
    merged,
    scenario,
    resolved,
    t,
    fmt: formatters(locale),
    days: dayInfos(resolved),
    perDay: merged.intervals.intervalsPerDay,
    intervalMinutes: merged.intervals.intervalMinutes,
    dayTypes: DAY_TYPES.filter((d) => merged.profiles[d].days > 0),
    window: openHoursWindow(merged, resolved),
    ticketWindow: openHoursWindow(merged, resolved, false),
    target: resolved.target,
    attainment: merged.groupLoad ? attainment(merged.groupLoad, uniformTargets(resolved.target.share)) : null,
  };
}

/** Axis ticks at whole hours inside [from, to] cells, at most about `maxTicks` of them. */
export function hourTicks(from: number, to: number, intervalMinutes: number, maxTicks = 10): number[] {
  const perHour = 60 / intervalMinutes;
  const hours = (to - from) / perHour;
  const step = [1, 2, 3, 4, 6, 12].find((h) => hours / h <= maxTicks) ?? 12;
  const out: number[] = [];
  for (let c = Math.ceil(from / perHour) * perHour; c <= to; c += perHour) {
    if ((c / perHour) % step === 0) out.push(c);
  }
  return out;
}

/** "10:00" for cell j of the day. */
export function cellStart(ctx: ChartContext, j: number): string {
  return ctx.fmt.time(j * ctx.intervalMinutes);
}

/** "10:00–10:30" for cell j of the day. */
export function cellRange(ctx: ChartContext, j: number): string {
  return `${ctx.fmt.time(j * ctx.intervalMinutes)}–${ctx.fmt.time((j + 1) * ctx.intervalMinutes)}`;
}

/** Ticks at whole hours over cells [from, to), positioned relative to `from`. */
export function timeTicks(ctx: ChartContext, from: number, to: number, maxTicks = 10): { at: number; label: string }[] {
  return hourTicks(from, to, ctx.intervalMinutes, maxTicks).map((c) => ({
    at: c - from,
    label: ctx.fmt.time(c * ctx.intervalMinutes),
  }));
}

/** Index of the largest defined value (first on ties), or -1. */
export function argMax(values: ArrayLike<number | null>): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || !Number.isFinite(v)) continue;
    if (best < 0 || v > (values[best] as number)) best = i;
  }
  return best;
}
