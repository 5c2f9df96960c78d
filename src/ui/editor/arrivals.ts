/**
 * What stands behind the staffing grid: the work expected at each window group's windows per
 * interval and kind of day (sim/hall/expected-load.ts, shared with the planner so that a plan
 * applied leaves no "!" the plan does not explain), or why it cannot be computed while the
 * scenario has problems.
 */
import { resolveScenario } from '../../sim/hall/resolve.ts';
import {
  dayTickets,
  expectedLoads,
  shortfall,
  type DayTickets,
  type GroupExpectedLoads,
  type Shortfall,
} from '../../sim/hall/expected-load.ts';
import type { Resolved } from '../../sim/hall/resolve.ts';
import { DAY_TYPES, type DayType, type Problem, type Scenario } from '../../sim/scenario/index.ts';

export { dayTickets, isShort, type IntervalLoads, type Shortfall } from '../../sim/hall/expected-load.ts';

export type GridLoads =
  | ({ ok: true } & GroupExpectedLoads)
  | { ok: false; reason: 'invalid'; problems: number }
  | { ok: false; reason: 'error'; message: string };

/** Problems that leave the arrivals computable: only a schedule being edited is off. */
const SCHEDULE_PROBLEM = /^windows\.groups\[\d+\]\.schedule(?:[.[]|$)/;

/** Arrivals and loads behind the grid of window group `g`, or why they cannot be computed. */
export function gridLoads(s: Scenario, problems: readonly Problem[], g: number): GridLoads {
  const blocking = problems.filter((p) => !SCHEDULE_PROBLEM.test(p.path)).length;
  if (blocking > 0) return { ok: false, reason: 'invalid', problems: blocking };
  try {
    const r = resolveScenario(s);
    return { ok: true, ...expectedLoads(r, g, ticketsOf(s, r)) };
  } catch (e) {
    return { ok: false, reason: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The expected tickets of the scenario's demand, kept while only window schedules change (an
 * edit in the grid): they do not depend on the windows open, and working them out again took
 * most of a grid edit's time in the demo month (each day's arrival rates integrated per
 * interval). One demand is kept, each day's table made when first asked for.
 */
let kept: { key: string; tickets: DayTickets } | null = null;

function ticketsOf(s: Scenario, r: Resolved): DayTickets {
  const groups = Array.isArray(s.windows?.groups)
    ? s.windows.groups.map(({ schedule: _, ...rest }) => rest)
    : s.windows?.groups;
  const key = JSON.stringify({ ...s, windows: { ...s.windows, groups } });
  if (kept?.key !== key) {
    const of = dayTickets(r);
    const days = new Map<number, Float64Array>();
    kept = {
      key,
      tickets: (d) => {
        let x = days.get(d);
        if (x === undefined) days.set(d, (x = of(d)));
        return x;
      },
    };
  }
  return kept.tickets;
}

/** The largest arrivals of any column (bars are drawn against it). */
export function maxArrivals(loads: GridLoads): number {
  if (!loads.ok) return 0;
  let m = 0;
  for (const l of [...Object.values(loads.byDayType), loads.all]) if (l) for (const x of l.arrivals) m = Math.max(m, x);
  return m;
}

export interface CellInfo {
  arrivals: number;
  load: number;
  short: Shortfall | null;
}

/**
 * What a grid cell shows: arrivals and load of its column (for a single schedule, the average
 * over every working day) and whether it falls short — for a single schedule, on any day type.
 * Null when there is nothing to show (no such days, or not computable).
 */
export function cellInfo(loads: GridLoads, column: DayType | 'all', k: number, open: number): CellInfo | null {
  if (!loads.ok) return null;
  const l = column === 'all' ? loads.all : loads.byDayType[column];
  if (!l || k >= l.arrivals.length) return null;
  let short: Shortfall | null = null;
  // A group that takes no walk-ins (green channel, appointment windows) cannot relieve a walk-in
  // shortage: its cells show no "!" (the hall's shortage is marked in the groups that can).
  if (!loads.servesWalkIns) return { arrivals: l.arrivals[k], load: l.load[k], short: null };
  if (column === 'all') {
    for (const d of DAY_TYPES) {
      const ld = loads.byDayType[d];
      if (ld && (short = shortfall(ld, k, open, d))) break;
    }
  } else short = shortfall(l, k, open, column);
  return { arrivals: l.arrivals[k], load: l.load[k], short };
}
