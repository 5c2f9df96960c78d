/**
 * Window schedules against the opening hours: one entry per statistics interval from opening to
 * closing (so the hours must be whole intervals), each entry at most the group's window count.
 */
import { formatTimeOfDay } from './time.ts';
import { DAY_TYPES } from './scenario.ts';
import type { Path } from './problems.ts';
import { type Context, arr, int, obj, openingHours } from './validate-read.ts';

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
