/**
 * The plan as an instruction, as data the app and the command line word: per kind of day, the
 * runs of consecutive intervals in which every window group opens the same number of windows
 * ("filing days 10:00–11:30: general 9, invoice 2"), and the intervals whose number looks odd
 * beside their own arrivals, with why.
 *
 * Odd rows. The windows of an interval serve whoever is in line, not only who arrives in it, so a
 * number can be far from the interval's own work (its arrivals × their mean handling time):
 *  - far above it ("16:30–17:00: 0.4 arrivals, 8 windows"): after the ticket cut-off, the line
 *    that took tickets before it ('afterCutoff'); earlier in the day, the line left from a busier
 *    interval before ('carryOver'), or, with no busier interval before, the bookings that come
 *    in slots and the room the plan keeps for the confidence interval ('aboveWork');
 *  - below it ('belowWork'): the line waits into the next interval and still meets the target
 *    (the opening rush) — only where the installed windows cap the workload floor;
 *  - short of the expected work the staffing grid marks with "!" ('gridShort'): where more
 *    windows would be needed than are installed (workload-floor.ts).
 * "Far above" is at least 3 windows and at least twice the work: a window more or less is the
 * ordinary rounding of a service level, not something to explain.
 */
import { DAY_TYPES, type DayType, parseTimeOfDay } from '../scenario/index.ts';
import type { Plan, StaffingKey } from './recommendation.ts';

/** What the instructions read of a plan (a test builds just this). */
export type PlanShape = Pick<Plan, 'grid' | 'staffing' | 'demand' | 'floor' | 'days'>;

export interface InstructionRun {
  dayType: DayType;
  /** First interval and the one after the last. */
  from: number;
  to: number;
  start: string;
  end: string;
  /** Windows open per group (the plan's group order). */
  counts: number[];
}

/** The interval's start and end "HH:MM" (the end is the next interval's start, or opening + length). */
function endOf(plan: PlanShape, k: number): string {
  if (k + 1 < plan.grid.labels.length) return plan.grid.labels[k + 1];
  const open = parseTimeOfDay(plan.grid.open) ?? 0;
  const m = open + (k + 1) * plan.grid.intervalMinutes;
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The kinds of day present in the plan's horizon, in DAY_TYPES order. */
export function planDayTypes(plan: Pick<Plan, 'days'>): DayType[] {
  return DAY_TYPES.filter((d) => plan.days[d] > 0);
}

/** Runs of equal counts for one kind of day (`key`: which staffing, default the required windows). */
export function instructionRuns(plan: PlanShape, dayType: DayType, key: StaffingKey = 'required'): InstructionRun[] {
  const staffing = plan.staffing[key];
  const runs: InstructionRun[] = [];
  for (let k = 0; k < plan.grid.intervals; k++) {
    const counts = staffing.map((g) => g[dayType][k]);
    const last = runs.at(-1);
    if (last && last.counts.every((n, i) => n === counts[i])) {
      last.to = k + 1;
      last.end = endOf(plan, k);
    } else runs.push({ dayType, from: k, to: k + 1, start: plan.grid.labels[k], end: endOf(plan, k), counts });
  }
  return runs;
}

export type OddKind = 'afterCutoff' | 'carryOver' | 'aboveWork' | 'belowWork' | 'gridShort';

export interface OddRow {
  dayType: DayType;
  interval: number;
  kind: OddKind;
  /** Windows of the whole hall in the interval (the staffing asked for). */
  windows: number;
  /** Joiners per interval (a day of the kind) and their work in windows. */
  arrivals: number;
  work: number;
  /**
   * carryOver: the busier interval before (the busiest of the two before); gridShort: the expected
   * work and the group short of it (null: the hall's walk-in windows together).
   */
  from?: { interval: number; arrivals: number; work: number };
  short?: { group: number | null; load: number; open: number };
}

/** Arrivals and work of the hall in an interval (all groups). */
export function intervalWork(plan: PlanShape, dayType: DayType, k: number): { arrivals: number; work: number } {
  let arrivals = 0;
  let work = 0;
  for (const g of plan.demand) {
    arrivals += g[dayType].rate[k] * plan.grid.intervalMinutes;
    work += g[dayType].load.sipp[k];
  }
  return { arrivals, work };
}

const FAR_ABOVE = 3;

/** The odd rows of a kind of day (see the file comment), at most one per interval, in order. */
export function oddRows(plan: PlanShape, dayType: DayType, key: StaffingKey = 'required'): OddRow[] {
  const out: OddRow[] = [];
  const cutoff = parseTimeOfDay(plan.grid.ticketEnd) ?? Infinity;
  const open = parseTimeOfDay(plan.grid.open) ?? 0;
  const windowsAt = (k: number) => plan.staffing[key].reduce((a, g) => a + g[dayType][k], 0);
  for (let k = 0; k < plan.grid.intervals; k++) {
    const windows = windowsAt(k);
    const { arrivals, work } = intervalWork(plan, dayType, k);
    const short =
      key === 'required' ? plan.floor.short.find((s) => s.dayType === dayType && s.interval === k) : undefined;
    if (short) {
      out.push({
        dayType,
        interval: k,
        kind: 'gridShort',
        windows,
        arrivals,
        work,
        short: { group: short.group, load: short.load, open: short.open },
      });
    } else if (windows >= work + FAR_ABOVE && windows >= 2 * work) {
      const start = open + k * plan.grid.intervalMinutes;
      if (start >= cutoff) out.push({ dayType, interval: k, kind: 'afterCutoff', windows, arrivals, work });
      else {
        // The busiest of the two intervals before (the line it left).
        let from: OddRow['from'];
        for (let j = Math.max(0, k - 2); j < k; j++) {
          const w = intervalWork(plan, dayType, j);
          if (!from || w.work > from.work) from = { interval: j, ...w };
        }
        if (from && from.work > work)
          out.push({ dayType, interval: k, kind: 'carryOver', windows, arrivals, work, from });
        else out.push({ dayType, interval: k, kind: 'aboveWork', windows, arrivals, work });
      }
    } else if (windows + 1 < work) out.push({ dayType, interval: k, kind: 'belowWork', windows, arrivals, work });
  }
  return out;
}
