/**
 * Staffing as the planner handles it: open windows per group, day type and interval of the
 * opening hours (the cells of the scenario's window schedules), and the scenario that carries a
 * staffing. A scenario's schedule may be one array for all day types; here it is always one per
 * day type.
 */
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type DayType, MINUTES_PER_DAY, type Scenario } from '../scenario/index.ts';

/** staffing[g][dayType][k]: open windows of group g. */
export type Staffing = Record<DayType, number[]>[];

/** The scenario's own schedules, one array per day type. */
export function staffingOf(s: Scenario): Staffing {
  return s.windows.groups.map(
    (g) =>
      Object.fromEntries(
        DAY_TYPES.map((d) => [d, [...(Array.isArray(g.schedule) ? g.schedule : g.schedule[d])]]),
      ) as Record<DayType, number[]>,
  );
}

/**
 * The scenario with this staffing. A group's window count becomes at least its largest
 * scheduled count (the plan says where more windows than installed would be needed).
 */
export function withStaffing(s: Scenario, staffing: Staffing): Scenario {
  return {
    ...s,
    windows: {
      ...s.windows,
      groups: s.windows.groups.map((g, i) => {
        const schedule = Object.fromEntries(DAY_TYPES.map((d) => [d, [...staffing[i][d]]])) as Record<
          DayType,
          number[]
        >;
        const most = Math.max(0, ...DAY_TYPES.flatMap((d) => schedule[d]));
        return { ...g, windows: Math.max(g.windows, most), schedule };
      }),
    },
  };
}

/** Every cell at `n` windows (the Iterative Staffing Algorithm's "unlimited" start). */
export function uniformStaffing(s: Scenario, n: number, intervals: number): Staffing {
  return s.windows.groups.map(
    () =>
      Object.fromEntries(DAY_TYPES.map((d) => [d, new Array<number>(intervals).fill(n)])) as Record<DayType, number[]>,
  );
}

export function copyStaffing(x: Staffing): Staffing {
  return x.map((g) => Object.fromEntries(DAY_TYPES.map((d) => [d, [...g[d]]])) as Record<DayType, number[]>);
}

/** Window-hours per day of each type, and over the horizon (days of each type given). */
export function staffHours(
  x: Staffing,
  intervalMinutes: number,
  days: Record<DayType, number>,
): { perDay: Record<DayType, number>; total: number } {
  const perDay = Object.fromEntries(
    DAY_TYPES.map((d) => [d, x.reduce((a, g) => a + g[d].reduce((b, n) => b + n, 0), 0) * (intervalMinutes / 60)]),
  ) as Record<DayType, number>;
  return { perDay, total: DAY_TYPES.reduce((a, d) => a + perDay[d] * days[d], 0) };
}

/** Working days of each type in the horizon, after the warm-up (as the statistics count them). */
export function daysByType(s: Scenario): Record<DayType, number> {
  const r = resolveScenario(s);
  const out = { ordinary: 0, filing: 0, deadline: 0 } as Record<DayType, number>;
  const warmDay = Math.ceil(r.warmupEnd / MINUTES_PER_DAY);
  for (let d = warmDay; d < r.days; d++) if (r.calendar.isWorking(d)) out[r.calendar.dayType(d)]++;
  return out;
}
