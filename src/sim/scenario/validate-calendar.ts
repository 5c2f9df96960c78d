/**
 * Dates and times of day: real dates inside the simulated days, holiday lists in order, time
 * ranges that start before they end and sit inside the hours they belong to, profiles in time
 * order without overlaps.
 */
import { DAY_TYPES } from './scenario.ts';
import { DATE_PATTERN } from './schema.ts';
import { formatIsoDate, formatTimeOfDay, MINUTES_PER_DAY } from './time.ts';
import type { Path } from './problems.ts';
import { type Context, arr, date, num, obj, openingHours, range } from './validate-read.ts';

export function checkCalendar(ctx: Context): void {
  const cal = obj(ctx.input.calendar);
  if (cal) {
    realDate(ctx, ['calendar', 'startDate'], cal.startDate);
    const holidays = new Set(dateList(ctx, ['calendar', 'holidays'], cal.holidays));
    const extra = dateList(ctx, ['calendar', 'extraWorkdays'], cal.extraWorkdays);
    extra.forEach((day, i) => {
      if (day !== undefined && holidays.has(day)) {
        const d = formatIsoDate(day);
        ctx.out.add(
          ['calendar', 'extraWorkdays', i],
          'date_conflict',
          `${d} is both a holiday and a make-up working day`,
          `${d} 同时被列为节假日和调休上班日`,
        );
      }
    });
    dateKeys(ctx, ['calendar', 'dayTypeOverrides'], cal.dayTypeOverrides);
    openingTimes(ctx, cal);
  }
  dateKeys(ctx, ['demand', 'byDate'], obj(ctx.input.demand)?.byDate);
  checkProfiles(ctx);
  otherRanges(ctx);
}

const span = (a: number, b: number) => `${formatTimeOfDay(a)}–${formatTimeOfDay(b)}`;

/** A well-formed "YYYY-MM-DD" that is no real date (2026-02-30); the format itself is zod's. */
function realDate(ctx: Context, path: Path, v: unknown): number | undefined {
  if (typeof v !== 'string' || !DATE_PATTERN.test(v)) return undefined;
  const day = date(v);
  if (day === undefined) ctx.out.add(path, 'not_a_date', `"${v}" is not a real date`, `"${v}" 不是实际存在的日期`);
  return day;
}

function inside(ctx: Context, path: Path, day: number): void {
  if (ctx.firstDay === undefined || ctx.endDay === undefined) return;
  if (day >= ctx.firstDay && day < ctx.endDay) return;
  const d = formatIsoDate(day);
  const from = formatIsoDate(ctx.firstDay);
  const to = formatIsoDate(ctx.endDay - 1);
  ctx.out.add(
    path,
    'date_outside',
    `${d} is outside the simulated days, ${from} to ${to}`,
    `${d} 不在模拟期间（${from} 至 ${to}）内`,
  );
}

/** A list of dates: each real, inside the simulated days, ascending without repeats. */
function dateList(ctx: Context, path: Path, value: unknown): (number | undefined)[] {
  const list = arr(value);
  if (!list) return [];
  const days = list.map((v, i) => realDate(ctx, [...path, i], v));
  let last: number | undefined;
  days.forEach((day, i) => {
    if (day === undefined) return;
    inside(ctx, [...path, i], day);
    if (last !== undefined && day === last) {
      ctx.out.add([...path, i], 'duplicate', `${formatIsoDate(day)} is listed twice`, `${formatIsoDate(day)} 重复列出`);
    } else if (last !== undefined && day < last) {
      ctx.out.add(
        [...path, i],
        'date_order',
        `dates out of order: ${formatIsoDate(day)} comes after ${formatIsoDate(last)}; list the dates in ascending order`,
        `日期顺序不对：${formatIsoDate(day)} 排在 ${formatIsoDate(last)} 之后；请按日期升序排列`,
      );
    }
    if (last === undefined || day > last) last = day;
  });
  return days;
}

/** Keys of a date-keyed record: real dates inside the simulated days. */
function dateKeys(ctx: Context, path: Path, value: unknown): void {
  const o = obj(value);
  if (!o) return;
  for (const key of Object.keys(o)) {
    const day = realDate(ctx, [...path, key], key);
    if (day !== undefined) inside(ctx, [...path, key], day);
  }
}

function openingTimes(ctx: Context, cal: Record<string, unknown>): void {
  if (ctx.open !== undefined && ctx.close !== undefined && ctx.open >= ctx.close) {
    ctx.out.add(
      ['calendar', 'close'],
      'time_order',
      `closing time ${formatTimeOfDay(ctx.close)} is not after opening time ${formatTimeOfDay(ctx.open)}`,
      `关门时间 ${formatTimeOfDay(ctx.close)} 不晚于开门时间 ${formatTimeOfDay(ctx.open)}`,
    );
  }
  const hours = openingHours(ctx);
  const lunch = range(cal.lunch);
  if (
    lunch &&
    startsBeforeEnd(ctx, ['calendar', 'lunch'], lunch) &&
    hours &&
    (lunch.start < hours.open || lunch.end > hours.close)
  ) {
    ctx.out.add(
      ['calendar', 'lunch'],
      'time_outside',
      `the lunch break ${span(lunch.start, lunch.end)} is not inside the opening hours ${span(hours.open, hours.close)}`,
      `午休 ${span(lunch.start, lunch.end)} 不在营业时间 ${span(hours.open, hours.close)} 之内`,
    );
  }
  const cutoff = num(cal.ticketCutoffMinutes);
  if (cutoff !== undefined && hours && cutoff >= hours.close - hours.open) {
    const len = hours.close - hours.open;
    ctx.out.add(
      ['calendar', 'ticketCutoffMinutes'],
      'cutoff',
      `tickets would stop ${cutoff} minutes before closing, but the hall is open only ${len} minutes (${span(hours.open, hours.close)}); it must be less than ${len}`,
      `闭厅前 ${cutoff} 分钟停止取号，但营业时间只有 ${len} 分钟（${span(hours.open, hours.close)}），应小于 ${len}`,
    );
  }
}

/** Reports a range whose end is not after its start; returns whether it is in order. */
function startsBeforeEnd(ctx: Context, path: Path, r: { start: number; end: number }): boolean {
  if (r.start < r.end) return true;
  ctx.out.add(
    [...path, 'end'],
    'time_order',
    `the end ${formatTimeOfDay(r.end)} is not after the start ${formatTimeOfDay(r.start)}`,
    `结束时间 ${formatTimeOfDay(r.end)} 不晚于开始时间 ${formatTimeOfDay(r.start)}`,
  );
  return false;
}

function checkProfiles(ctx: Context): void {
  const intraday = obj(ctx.input.demand)?.intraday;
  const close = openingHours(ctx)?.close;
  const limit =
    close === undefined
      ? undefined
      : {
          lo: 0,
          hi: close,
          en: `from 00:00 to closing time ${formatTimeOfDay(close)}`,
          zh: `00:00 至关门时间 ${formatTimeOfDay(close)}`,
        };
  if (Array.isArray(intraday)) profile(ctx, ['demand', 'intraday'], intraday, limit);
  else if (obj(intraday))
    for (const dt of DAY_TYPES)
      profile(ctx, ['demand', 'intraday', dt], (intraday as Record<string, unknown>)[dt], limit);

  arr(obj(ctx.input.kiosks)?.sites)?.forEach((s, i) => {
    const site = obj(s);
    if (!site) return;
    const hours = site.hours === '24h' ? { start: 0, end: MINUTES_PER_DAY } : range(site.hours);
    const sound = hours && (site.hours === '24h' || startsBeforeEnd(ctx, ['kiosks', 'sites', i, 'hours'], hours));
    const siteLimit =
      sound && hours
        ? {
            lo: hours.start,
            hi: hours.end,
            en: `the site's hours ${span(hours.start, hours.end)}`,
            zh: `网点开放时间 ${span(hours.start, hours.end)}`,
          }
        : undefined;
    profile(ctx, ['kiosks', 'sites', i, 'profile'], site.profile, siteLimit);
  });
  // The hotline's calls come around the clock: a profile anywhere in the 24 hours.
  const hotline = obj(ctx.input.hotline);
  profile(ctx, ['hotline', 'profile'], hotline?.profile);
  const agentHours = obj(hotline?.agents)?.hours;
  const agents = agentHours === '24h' ? undefined : range(agentHours);
  if (agents) startsBeforeEnd(ctx, ['hotline', 'agents', 'hours'], agents);
}

/** Pieces each in order, together in time order without overlap, inside [lo, hi] when given. */
function profile(
  ctx: Context,
  path: Path,
  value: unknown,
  limit?: { lo: number; hi: number; en: string; zh: string },
): void {
  const pieces = arr(value);
  if (!pieces) return;
  let prevEnd: number | undefined;
  pieces.forEach((p, k) => {
    const r = range(p);
    if (!r) {
      prevEnd = undefined;
      return;
    }
    const here: Path = [...path, k];
    if (!startsBeforeEnd(ctx, here, r)) return;
    if (prevEnd !== undefined && r.start < prevEnd) {
      ctx.out.add(
        [...here, 'start'],
        'overlap',
        `the piece starts at ${formatTimeOfDay(r.start)}, before the previous piece ends (${formatTimeOfDay(prevEnd)}); pieces must be in time order without overlapping`,
        `该时段从 ${formatTimeOfDay(r.start)} 开始，早于上一时段的结束时间 ${formatTimeOfDay(prevEnd)}；各时段应按时间顺序排列且不能重叠`,
      );
    }
    if (limit && (r.start < limit.lo || r.end > limit.hi)) {
      ctx.out.add(
        here,
        'time_outside',
        `the piece ${span(r.start, r.end)} is not inside ${limit.en}`,
        `时段 ${span(r.start, r.end)} 不在${limit.zh}之内`,
      );
    }
    prevEnd = r.end;
  });
}

function otherRanges(ctx: Context): void {
  const hours = openingHours(ctx);
  // Off-peak ranges in time order without overlap: overlapping ones would offer the same
  // minutes twice (and multiply the slots the booking model walks through).
  let prevEnd: number | undefined;
  arr(obj(ctx.input.staggered)?.toHours)?.forEach((v, k) => {
    const r = range(v);
    const path: Path = ['staggered', 'toHours', k];
    if (!r || !startsBeforeEnd(ctx, path, r)) {
      prevEnd = undefined;
      return;
    }
    if (prevEnd !== undefined && r.start < prevEnd) {
      ctx.out.add(
        [...path, 'start'],
        'overlap',
        `the off-peak hours start at ${formatTimeOfDay(r.start)}, before the previous ones end (${formatTimeOfDay(prevEnd)}); list them in time order without overlapping`,
        `该错峰时段从 ${formatTimeOfDay(r.start)} 开始，早于上一时段的结束时间 ${formatTimeOfDay(prevEnd)}；请按时间顺序排列且不要重叠`,
      );
    }
    prevEnd = r.end;
    if (!hours) return;
    if (r.start < hours.open || r.end > hours.close) {
      ctx.out.add(
        path,
        'time_outside',
        `the off-peak hours ${span(r.start, r.end)} are not inside the opening hours ${span(hours.open, hours.close)}`,
        `错峰时段 ${span(r.start, r.end)} 不在营业时间 ${span(hours.open, hours.close)} 之内`,
      );
    }
  });
  arr(obj(ctx.input.kiosks)?.sites)?.forEach((s, i) => {
    const r = range(obj(obj(s)?.failures)?.repairHours);
    if (r) startsBeforeEnd(ctx, ['kiosks', 'sites', i, 'failures', 'repairHours'], r);
  });
  const bo = range(obj(ctx.input.backOffice)?.hours);
  if (bo) startsBeforeEnd(ctx, ['backOffice', 'hours'], bo);
}
