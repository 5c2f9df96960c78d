/**
 * Staggered bookings (Rule 3, 错峰预约): how many off-peak invitations to offer, for which days
 * and slots, to flatten the filing peak, and the windows that saves.
 *
 * The peak days are the scenario's (its staggered block, or by default the deadline day and the
 * three working days before it); the accepted come on earlier filing days, in the two off-peak
 * hours of the filing day with the fewest joiners (measured). For each share of the peak days'
 * demand invited (0, 10 %, … 50 %), at the scenario's acceptance rate (default 45 %), the hall is
 * simulated with unlimited windows and the windows each interval needs are taken from the modified
 * offered load (analytic-plan.ts): staff-hours over the horizon and the peak windows of the busiest
 * interval. The best option has the fewest peak windows (then the fewest staff-hours, then the
 * fewest invitations); the windows saved are against inviting nobody (moving demand to other days
 * can cost staff-hours while it lowers the peak: both are shown). The final windows plan is then
 * made by simulation on the scenario with that option applied (recommendation.ts).
 *
 * The options are compared by a formula on the demand, not planned: the simulations only measure
 * where and when taxpayers join, averaged over every day of a kind, so they run with the
 * screening replications (work.ts: a quarter of the plan's, at least 10) and without the
 * planner's histograms.
 */
import type { MetricEstimate } from '../results/merge.ts';
import { isPeakDay } from '../hall/demand.ts';
import { resolveScenario } from '../hall/resolve.ts';
import {
  DAY_TYPES,
  type DayType,
  formatTimeOfDay,
  parseTimeOfDay,
  type Scenario,
  type StaggeredSpec,
  type TimeRange,
} from '../scenario/index.ts';
import { groupLoadCell } from '../hall/group-load.ts';
import { analyticPlan } from './analytic-plan.ts';
import { UNLIMITED } from './isa.ts';
import type { Simulate } from '../results/simulate.ts';
import { screeningReplications } from './work.ts';
import { staffHours, uniformStaffing, withStaffing } from './staffing.ts';
import type { PlanTargets } from './target.ts';

export interface StaggeredOption {
  inviteShare: number;
  spec: StaggeredSpec;
  /** Bookings made over the horizon, and those that found no free slot, per replication. */
  booked: MetricEstimate | null;
  overflow: MetricEstimate | null;
  /** Window-hours over the horizon (modified offered load). */
  staffHours: number;
  /** Windows needed in the busiest interval, and when. */
  peakWindows: number;
  peakAt: { dayType: DayType; time: string } | null;
}

export interface StaggeredAdvice {
  applicable: boolean;
  /** Why not, when not applicable. */
  reason: { zh: string; en: string } | null;
  options: StaggeredOption[];
  best: number;
  windowsSaved: number;
  staffHoursSaved: number;
}

export const INVITE_SHARES = [0, 0.1, 0.2, 0.3, 0.4, 0.5];

const DEFAULT_FROM: StaggeredSpec['fromDays'] = { dayTypes: ['deadline'], lastWorkingDays: 3 };
const DEFAULT_ACCEPTANCE = 0.45;

export async function planStaggered(input: {
  scenario: Scenario;
  targets: PlanTargets;
  simulate: Simulate;
  replications: number;
  seed: number;
  shares?: number[];
}): Promise<StaggeredAdvice> {
  const { scenario, targets, simulate, replications, seed } = input;
  const r = resolveScenario(scenario);
  const filingDays = Array.from({ length: r.days }, (_, d) => d).filter(
    (d) => r.calendar.isWorking(d) && r.calendar.dayType(d) === 'filing',
  ).length;
  if (filingDays === 0) {
    return {
      applicable: false,
      reason: {
        zh: '模拟期内没有申报期工作日，无需错峰预约。',
        en: 'The horizon has no filing-period working days: nothing to stagger.',
      },
      options: [],
      best: -1,
      windowsSaved: 0,
      staffHoursSaved: 0,
    };
  }
  const unlimited = withStaffing(scenario, uniformStaffing(scenario, UNLIMITED, r.hallIntervals));
  const base: StaggeredSpec = scenario.staggered ?? {
    fromDays: DEFAULT_FROM,
    inviteShare: 0,
    acceptance: DEFAULT_ACCEPTANCE,
    toDayTypes: ['filing'],
    toHours: [],
    capacityPerSlot: 1,
    slotMinutes: 30,
  };
  const run = async (s: Scenario) =>
    simulate({ scenario: s, replications: screeningReplications(replications), seed, load: 'counts' });
  const none = await run({ ...unlimited, staggered: null });
  const toHours =
    base.toHours.length > 0 ? base.toHours : quietestHours(none.groupLoad!, r.open, r.interval, r.hallIntervals);
  const slot = base.slotMinutes ?? 30;
  const slotsPerDay = toHours.reduce((a, h) => a + Math.floor((minutesOf(h.end) - minutesOf(h.start)) / slot), 0);
  const shares = input.shares ?? INVITE_SHARES;
  const options: StaggeredOption[] = [];
  for (const inviteShare of shares) {
    const spec: StaggeredSpec = { ...base, inviteShare, toHours };
    // Slots for 1.5 times the expected bookings, so that few find no free slot.
    const probe = resolveScenario({ ...scenario, staggered: { ...spec, capacityPerSlot: 1 } });
    let peakDemand = 0;
    for (let d = 0; d < probe.days; d++) if (isPeakDay(probe, d)) peakDemand += probe.volume[d];
    const perSlot = slotsPerDay > 0 ? (inviteShare * spec.acceptance * peakDemand) / (filingDays * slotsPerDay) : 0;
    spec.capacityPerSlot = Math.max(1, Math.ceil(1.5 * perSlot));
    const merged = inviteShare === 0 ? none : await run({ ...unlimited, staggered: spec });
    const load = merged.groupLoad!;
    const mol = analyticPlan(scenario, load, targets).staffing.mol;
    let peakWindows = 0;
    let peakAt: StaggeredOption['peakAt'] = null;
    DAY_TYPES.forEach((type) => {
      if (load.days[type] === 0) return;
      for (let k = 0; k < load.intervals; k++) {
        const n = mol.reduce((a, g) => a + g[type][k], 0);
        if (n > peakWindows) {
          peakWindows = n;
          peakAt = { dayType: type, time: formatTimeOfDay(r.open + k * r.interval) };
        }
      }
    });
    options.push({
      inviteShare,
      spec,
      booked: merged.metrics['count.staggered.booked'] ?? null,
      overflow: merged.metrics['count.staggered.overflow'] ?? null,
      staffHours: staffHours(mol, load.intervalMinutes, load.days).total,
      peakWindows,
      peakAt,
    });
  }
  // The aim is a flatter peak: the fewest windows in the busiest interval, then the fewest
  // staff-hours, then the fewest invitations.
  let best = 0;
  options.forEach((o, i) => {
    const b = options[best];
    if (o.peakWindows < b.peakWindows || (o.peakWindows === b.peakWindows && o.staffHours < b.staffHours - 1e-9))
      best = i;
  });
  const zero = options.find((o) => o.inviteShare === 0) ?? options[0];
  return {
    applicable: true,
    reason: null,
    options,
    best,
    windowsSaved: zero.peakWindows - options[best].peakWindows,
    staffHoursSaved: zero.staffHours - options[best].staffHours,
  };
}

const minutesOf = (hhmm: string): number => parseTimeOfDay(hhmm) ?? 0;

/** The two hours (four half-hour intervals, or as many as fit) of a filing day with the fewest joiners. */
function quietestHours(
  load: NonNullable<Awaited<ReturnType<Simulate>>['groupLoad']>,
  open: number,
  interval: number,
  intervals: number,
): TimeRange[] {
  const d = DAY_TYPES.indexOf('filing');
  const perInterval = Array.from({ length: intervals }, (_, k) =>
    load.groups.reduce((a, _, g) => a + load.joined[groupLoadCell(intervals, g, d, k)], 0),
  );
  const span = Math.max(1, Math.min(intervals - 2, Math.round(120 / interval)));
  let best = 1;
  let bestSum = Infinity;
  // Not the first interval (the opening rush) nor the last (the cut-off).
  for (let k = 1; k + span <= intervals - 1; k++) {
    const sum = perInterval.slice(k, k + span).reduce((a, b) => a + b, 0);
    if (sum < bestSum) {
      bestSum = sum;
      best = k;
    }
  }
  return [{ start: formatTimeOfDay(open + best * interval), end: formatTimeOfDay(open + (best + span) * interval) }];
}
