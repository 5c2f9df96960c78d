/**
 * The other answers of a plan as rows to show: kiosks per site (the counts tried, with the 90th
 * percentile wait and the availability), the staggered invitation options, the back-office
 * officer counts tried, and the roster of each kind of day.
 */
import type { MetricEstimate } from '../../../sim/results/merge.ts';
import type { DayType, TimeRange } from '../../../sim/scenario/index.ts';
import type { Plan } from '../../../sim/plan/recommendation.ts';
import type { RosterResult, RosterShift } from '../../../sim/plan/roster.ts';
import { presentDayTypes } from './intervals.ts';

export interface KioskStepRow {
  count: number;
  p90Wait: MetricEstimate | null;
  anyUp: MetricEstimate | null;
  utilisation: MetricEstimate | null;
  served: MetricEstimate | null;
  meets: boolean;
  /** The recommended count. */
  chosen: boolean;
}

export function kioskSteps(plan: Plan, site: number): KioskStepRow[] {
  const advice = plan.kiosks?.[site];
  if (!advice) return [];
  return [...advice.steps]
    .sort((a, b) => a.count - b.count)
    .map((s) => ({ count: s.count, ...s.evidence, meets: s.meets, chosen: s.count === advice.recommended }));
}

export interface StaggeredRow {
  inviteShare: number;
  booked: MetricEstimate | null;
  overflow: MetricEstimate | null;
  peakWindows: number;
  peakAt: { dayType: DayType; time: string } | null;
  staffHours: number;
  chosen: boolean;
}

export function staggeredRows(plan: Plan): StaggeredRow[] {
  const s = plan.staggered;
  if (!s || !s.applicable) return [];
  return s.options.map((o, i) => ({
    inviteShare: o.inviteShare,
    booked: o.booked,
    overflow: o.overflow,
    peakWindows: o.peakWindows,
    peakAt: o.peakAt,
    staffHours: o.staffHours,
    chosen: i === s.best,
  }));
}

/** The off-peak hours invited to and the acceptance rate (the same for every option). */
export function staggeredHow(plan: Plan): { hours: TimeRange[]; acceptance: number } | null {
  const o = plan.staggered?.options[0];
  return o ? { hours: o.spec.toHours, acceptance: o.spec.acceptance } : null;
}

export interface BackOfficeRow {
  count: number;
  onTime: MetricEstimate | null;
  averages: (MetricEstimate | null)[];
  meets: boolean;
  chosen: boolean;
}

export function backOfficeRows(plan: Plan): BackOfficeRow[] {
  const b = plan.backOffice;
  if (!b) return [];
  return [...b.steps]
    .sort((x, y) => x.count - y.count)
    .map((s) => ({
      count: s.count,
      onTime: s.evidence.onTime,
      averages: s.evidence.averages.map((a) => a.estimate),
      meets: s.meets,
      chosen: s.count === b.recommended,
    }));
}

export interface RosterDay {
  type: DayType;
  roster: RosterResult;
  shifts: RosterShift[];
  /** People on shifts (all starts together). */
  people: number;
  aboveInstalled: boolean;
  /** Most rostered staff without a free window in any interval. */
  idle: number;
}

export function rosterDays(plan: Plan): RosterDay[] {
  const out: RosterDay[] = [];
  for (const type of presentDayTypes(plan)) {
    const roster = plan.roster.rosters[type];
    if (!roster) continue;
    out.push({
      type,
      roster,
      shifts: roster.shifts,
      people: roster.shifts.reduce((a, s) => a + s.count, 0),
      aboveInstalled: plan.roster.aboveInstalled[type],
      idle: Math.max(0, ...plan.roster.idle[type]),
    });
  }
  return out;
}
