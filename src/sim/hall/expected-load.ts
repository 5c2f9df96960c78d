/**
 * The work expected at the windows, without simulating: for each statistics interval of each
 * kind of day, the walk-in taxpayers expected to take a ticket for a window group's business
 * types, and the offered load in windows (tickets × mean handling time ÷ interval length),
 * averaged over the simulated working days of that day type. The staffing grid draws it behind
 * its cells and marks "!" where windows fall short of it (ui/editor/arrivals.ts); the planner
 * keeps its windows at or above it wherever the installed windows allow (plan/workload-floor.ts),
 * so the two agree.
 *
 * It follows the model's walk-in path (hall-run.ts): the walk-in rates of `walkInRates` (booked
 * and staggered taxpayers already taken out), less those who choose a hall kiosk while it is open
 * (eligible share × choice share); those who come before opening take their ticket at opening,
 * those who come during the lunch break at its end, and those who come after the ticket cut-off
 * are turned away. Not counted: appointments and staggered bookings (they come in slots), the
 * kiosk users who switch back to a window when the kiosk queue is long, and returns on later days.
 *
 * A cell is short when fewer windows are open than the load that can go nowhere else (the types
 * no other walk-in group serves), or when the hall's open walk-in windows together are fewer than
 * the hall's whole offered load: in either case the queue grows through that interval.
 */
import type { Resolved } from './resolve.ts';
import { walkInRates } from './demand.ts';
import { DAY_TYPES, type DayType, MINUTES_PER_DAY } from '../scenario/index.ts';

export interface IntervalLoads {
  /** Working days of this kind in the simulated period (the average is over them). */
  days: number;
  /** Expected walk-in tickets per interval for the types the group serves. */
  arrivals: Float64Array;
  /** Their offered load, in windows. */
  load: Float64Array;
  /** The load of the types only this group serves (to walk-ins), in windows. */
  exclusive: Float64Array;
  /** The whole hall's walk-in offered load, in windows. */
  hallLoad: Float64Array;
  /** Open windows of every group serving walk-ins (the schedules as they stand). */
  hallOpen: Float64Array;
}

/** The expected loads of one window group. */
export interface GroupExpectedLoads {
  /** False for a group that takes no walk-ins (green channel, appointment windows). */
  servesWalkIns: boolean;
  byDayType: Record<DayType, IntervalLoads | null>;
  /** Over every working day (for a group with one schedule for all day types). */
  all: IntervalLoads | null;
}

/** Expected window tickets of a day per type and interval (index t * n + k): `dayTickets`. */
export type DayTickets = (d: number) => Float64Array;

/**
 * `tickets` may be given when the caller already has them for this demand (the staffing grid
 * keeps them while only schedules change: they do not depend on the windows open).
 */
export function expectedLoads(r: Resolved, g: number, tickets: DayTickets = dayTickets(r)): GroupExpectedLoads {
  const group = r.groups[g];
  const n = r.hallIntervals;
  const T = r.types.length;
  const walkInGroups = r.groups.filter((x) => x.channels[0]);
  const servesWalkIns = group.channels[0];
  // Which groups take each type's walk-ins.
  const servers = r.types.map((t) => walkInGroups.filter((x) => x.serves[t.index] === 1).map((x) => x.index));
  const mine = r.types.map((t) => servesWalkIns && group.serves[t.index] === 1);
  const onlyMine = r.types.map((t) => servesWalkIns && servers[t.index].length === 1 && servers[t.index][0] === g);
  const anyServer = r.types.map((t) => servers[t.index].length > 0);

  const make = (): IntervalLoads => ({
    days: 0,
    arrivals: new Float64Array(n),
    load: new Float64Array(n),
    exclusive: new Float64Array(n),
    hallLoad: new Float64Array(n),
    hallOpen: new Float64Array(n),
  });
  const sums = Object.fromEntries(DAY_TYPES.map((d) => [d, make()])) as Record<DayType, IntervalLoads>;
  const all = make();
  for (let d = 0; d < r.days; d++) {
    if (!r.calendar.isWorking(d)) continue;
    const dt = r.calendar.dayType(d);
    const perType = tickets(d);
    for (const acc of [sums[dt], all]) {
      acc.days++;
      for (let t = 0; t < T; t++) {
        const mean = r.types[t].service.mean;
        for (let k = 0; k < n; k++) {
          const x = perType[t * n + k];
          if (x === 0) continue;
          const work = (x * mean) / r.interval;
          if (mine[t]) {
            acc.arrivals[k] += x;
            acc.load[k] += work;
          }
          if (onlyMine[t]) acc.exclusive[k] += work;
          if (anyServer[t]) acc.hallLoad[k] += work;
        }
      }
      for (let k = 0; k < n; k++) {
        let open = 0;
        for (const x of walkInGroups) open += x.schedule[dt][k] ?? 0;
        acc.hallOpen[k] += open;
      }
    }
  }
  const average = (acc: IntervalLoads): IntervalLoads | null => {
    if (acc.days === 0) return null;
    for (const a of [acc.arrivals, acc.load, acc.exclusive, acc.hallLoad, acc.hallOpen])
      for (let k = 0; k < n; k++) a[k] /= acc.days;
    return acc;
  };
  return {
    servesWalkIns,
    byDayType: Object.fromEntries(DAY_TYPES.map((d) => [d, average(sums[d])])) as Record<DayType, IntervalLoads | null>,
    all: average(all),
  };
}

/**
 * Expected window tickets of day d per type and interval (index t * n + k), following the
 * walk-in path of the model (see the file comment).
 */
export function dayTickets(r: Resolved): DayTickets {
  const rates = walkInRates(r);
  const n = r.hallIntervals;
  const T = r.types.length;
  const site = r.kiosks && r.kiosks.hallSite >= 0 ? r.kiosks.sites[r.kiosks.hallSite] : null;
  const choice = r.kiosks?.choiceShare ?? 0;
  const lunch = r.lunch;
  const fixed = [0, MINUTES_PER_DAY, r.open, r.ticketEnd];
  if (lunch) fixed.push(lunch.start, lunch.end);
  if (site) fixed.push(site.start, site.end);
  for (let k = 1; k < n; k++) fixed.push(r.open + k * r.interval);
  const slot = (a: number): number => {
    if (a >= r.ticketEnd) return -1; // turned away
    if (a < r.open) return 0; // take their ticket at opening
    const at = lunch && a >= lunch.start && a < lunch.end ? lunch.end : a;
    return Math.min(n - 1, Math.floor((at - r.open) / r.interval));
  };
  return (d: number) => {
    const out = new Float64Array(T * n);
    const day0 = d * MINUTES_PER_DAY;
    const siteOpenToday = site !== null && (!site.workingDaysOnly || r.calendar.isWorking(d));
    for (let t = 0; t < T; t++) {
      const rate = rates[t];
      const bounds = new Set(fixed);
      for (const x of rate.times) if (x > day0 && x < day0 + MINUTES_PER_DAY) bounds.add(x - day0);
      const cuts = [...bounds].filter((x) => x >= 0 && x <= MINUTES_PER_DAY).sort((a, b) => a - b);
      const kiosk = r.types[t].kiosk;
      const divert = kiosk && siteOpenToday ? kiosk.eligibleShare * choice : 0;
      for (let i = 0; i + 1 < cuts.length; i++) {
        const a = cuts[i];
        const b = cuts[i + 1];
        const k = slot(a);
        if (k < 0) continue;
        let x = rate.integral(day0 + a, day0 + b);
        if (x === 0) continue;
        if (divert > 0 && a >= site!.start && a < site!.end) x *= 1 - divert;
        out[t * n + k] += x;
      }
    }
    return out;
  };
}

/** Whether a cell falls short (see the file comment); `open` is the cell's own value. */
export function isShort(loads: IntervalLoads, k: number, open: number): boolean {
  const eps = 1e-9;
  return open + eps < loads.exclusive[k] || loads.hallOpen[k] + eps < loads.hallLoad[k];
}

/** Why a cell is short: the load only this group can take, or the whole hall's (on that day type). */
export type Shortfall =
  { kind: 'exclusive'; load: number } | { kind: 'hall'; open: number; load: number; day: DayType };

export function shortfall(l: IntervalLoads, k: number, open: number, day: DayType): Shortfall | null {
  const eps = 1e-9;
  if (open + eps < l.exclusive[k]) return { kind: 'exclusive', load: l.exclusive[k] };
  if (l.hallOpen[k] + eps < l.hallLoad[k]) return { kind: 'hall', open: l.hallOpen[k], load: l.hallLoad[k], day };
  return null;
}
