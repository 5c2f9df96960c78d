/**
 * Window schedules against the opening hours: one entry per statistics interval from opening to
 * closing (so the hours must be whole intervals), each entry at most the group's window count.
 * The hotline's agent schedules likewise against the agents' hours.
 */
import { formatTimeOfDay, MINUTES_PER_DAY } from './time.ts';
import { CHANNEL_DAYS, DAY_TYPES } from './scenario.ts';
import type { Path } from './problems.ts';
import { type Context, arr, int, obj, openingHours, range } from './validate-read.ts';

export function checkSchedules(ctx: Context): void {
  const hours = openingHours(ctx);
  const interval = ctx.interval;
  let expected: number | undefined;
  if (hours && interval !== undefined) {
    const span = hours.close - hours.open;
    if (span % interval !== 0) {
      const h = `${formatTimeOfDay(hours.open)}–${formatTimeOfDay(hours.close)}`;
      ctx.out.add(
        ['calendar', 'close'],
        'interval_mismatch',
        `the opening hours ${h} last ${span} minutes, which is not a whole number of ${interval}-minute intervals (calendar.intervalMinutes); window schedules need whole intervals`,
        `营业时间 ${h} 共 ${span} 分钟，不是 ${interval} 分钟统计时段（calendar.intervalMinutes）的整数倍；窗口排班需要完整的时段`,
      );
    } else {
      expected = span / interval;
    }
  }
  arr(obj(ctx.input.windows)?.groups)?.forEach((g, gi) => {
    const group = obj(g);
    if (!group) return;
    const windows = int(group.windows);
    const schedule = group.schedule;
    const base: Path = ['windows', 'groups', gi, 'schedule'];
    if (Array.isArray(schedule)) one(ctx, base, schedule, expected, windows);
    else if (obj(schedule))
      for (const dt of DAY_TYPES) one(ctx, [...base, dt], (schedule as Record<string, unknown>)[dt], expected, windows);
  });
  agentSchedules(ctx);
}

/** The hotline's agents: one entry per statistics interval of the agents' hours, every kind of day. */
function agentSchedules(ctx: Context): void {
  const agents = obj(obj(ctx.input.hotline)?.agents);
  const interval = ctx.interval;
  if (!agents || interval === undefined) return;
  const hours = agents.hours === '24h' ? { start: 0, end: MINUTES_PER_DAY } : range(agents.hours);
  if (!hours || hours.end <= hours.start) return; // a range out of order is validate-calendar's to report
  const h = `${formatTimeOfDay(hours.start)}–${formatTimeOfDay(hours.end)}`;
  const span = hours.end - hours.start;
  if (span % interval !== 0) {
    ctx.out.add(
      ['hotline', 'agents', 'hours'],
      'interval_mismatch',
      `the agents' hours ${h} last ${span} minutes, which is not a whole number of ${interval}-minute intervals (calendar.intervalMinutes); agent schedules need whole intervals`,
      `坐席时间 ${h} 共 ${span} 分钟，不是 ${interval} 分钟统计时段（calendar.intervalMinutes）的整数倍；坐席排班需要完整的时段`,
    );
    return;
  }
  const expected = span / interval;
  const schedule = obj(agents.schedule);
  const seats = int(agents.seats);
  for (const day of CHANNEL_DAYS) {
    const entries = arr(schedule?.[day]);
    if (!entries) continue;
    if (entries.length !== expected)
      ctx.out.add(
        ['hotline', 'agents', 'schedule', day],
        'schedule_length',
        `has ${entries.length} entries; it needs ${expected}, one for each ${interval}-minute interval of the agents' hours ${h}`,
        `有 ${entries.length} 个值，应为 ${expected} 个（坐席时间 ${h} 每 ${interval} 分钟一个）`,
      );
    if (seats === undefined || seats < 0) continue;
    entries.forEach((e, k) => {
      const n = int(e);
      if (n === undefined || n <= seats) return;
      const when = formatTimeOfDay(hours.start + k * interval);
      ctx.out.add(
        ['hotline', 'agents', 'schedule', day, k],
        'schedule_over_windows',
        `asks for ${n} agents at ${when}, but there are only ${seats} phone seats`,
        `${when} 时段要求 ${n} 名坐席在线，但只有 ${seats} 个坐席`,
      );
    });
  }
}

function one(
  ctx: Context,
  path: Path,
  value: unknown,
  expected: number | undefined,
  windows: number | undefined,
): void {
  const entries = arr(value);
  if (!entries) return;
  const at = (k: number) =>
    ctx.open !== undefined && ctx.interval !== undefined ? formatTimeOfDay(ctx.open + k * ctx.interval) : null;
  if (expected !== undefined && entries.length !== expected) {
    const from = formatTimeOfDay(ctx.open!);
    const to = formatTimeOfDay(ctx.close!);
    ctx.out.add(
      path,
      'schedule_length',
      `has ${entries.length} entries; it needs ${expected}, one for each ${ctx.interval}-minute interval from ${from} to ${to}`,
      `有 ${entries.length} 个值，应为 ${expected} 个（${from} 至 ${to} 每 ${ctx.interval} 分钟一个）`,
    );
  }
  if (windows === undefined || windows < 0) return;
  entries.forEach((e, k) => {
    const n = int(e);
    if (n === undefined || n <= windows) return;
    const when = at(k);
    ctx.out.add(
      [...path, k],
      'schedule_over_windows',
      `asks for ${n} open windows${when ? ` at ${when}` : ''}, but the group has only ${windows} window${windows === 1 ? '' : 's'}`,
      `${when ? `${when} 时段` : ''}要求开放 ${n} 个窗口，但该组只有 ${windows} 个窗口`,
    );
  });
}
