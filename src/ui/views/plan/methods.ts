/**
 * Staff-hours by method: each staffing's window-hours per day of each kind and over the horizon,
 * how often it meets the target when simulated again (for those that were), and the method that
 * made it (METHODS, in both languages).
 */
import type { DayType, Localized } from '../../../sim/scenario/index.ts';
import { METHODS, STAFFING_KEYS, type Plan, type StaffingKey } from '../../../sim/plan/recommendation.ts';
import { presentDayTypes } from './intervals.ts';

export interface MethodRow {
  key: StaffingKey;
  perDay: { type: DayType; hours: number }[];
  total: number;
  /** Intervals meeting the target on fresh seeds, of how many; null when not simulated again. */
  meets: { met: number; total: number } | null;
  how: Localized;
}

export function methodRows(plan: Plan): MethodRow[] {
  const types = presentDayTypes(plan);
  return STAFFING_KEYS.map((key) => {
    const h = plan.staffHours[key];
    const ev =
      key === 'required' || key === 'recommended' || key === 'sipp' || key === 'scenario' ? plan.evaluation[key] : null;
    return {
      key,
      perDay: types.map((type) => ({ type, hours: h.perDay[type] })),
      total: h.total,
      meets: ev ? { met: ev.met, total: ev.total } : null,
      how: METHODS[key],
    };
  });
}
