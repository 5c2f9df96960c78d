/**
 * The answer first: window-hours of the plan (needed by simulation, rostered) against the
 * scenario now, how often each staffing meets the target when simulated again on fresh seeds
 * (the plan, the roster, SIPP's formula, the scenario now), and the target in words.
 */
import type { MetricEstimate } from '../../../sim/results/merge.ts';
import { DAY_TYPES, type DayType } from '../../../sim/scenario/index.ts';
import type { Plan } from '../../../sim/plan/recommendation.ts';
import type { PlanTarget, PlanTargets } from '../../../sim/plan/target.ts';
import type { Formatters } from '../../charts/format.ts';
import type { PlanMessages } from '../../i18n/plan.en.ts';
import { presentDayTypes } from './intervals.ts';

export type HoursKey = 'required' | 'recommended' | 'scenario';
export type EvaluatedKey = keyof Plan['evaluation'];
export const EVALUATED: readonly EvaluatedKey[] = ['required', 'recommended', 'sipp', 'scenario'];

export interface HoursFigure {
  key: HoursKey;
  /** Window-hours over the horizon. */
  total: number;
  perDay: { type: DayType; hours: number }[];
  /** Against the scenario now (null for the scenario itself). */
  versusNow: number | null;
}

export function hoursFigures(plan: Plan): HoursFigure[] {
  const now = plan.staffHours.scenario.total;
  return (['required', 'recommended', 'scenario'] as const).map((key) => ({
    key,
    total: plan.staffHours[key].total,
    perDay: presentDayTypes(plan).map((type) => ({ type, hours: plan.staffHours[key].perDay[type] })),
    versusNow: key === 'scenario' ? null : plan.staffHours[key].total - now,
  }));
}

export interface MeetsFigure {
  key: EvaluatedKey;
  met: number;
  total: number;
  within: MetricEstimate | null;
  meanWait: MetricEstimate | null;
}

/**
 * Whether each staffing meets the target, in the one meaning used everywhere (attainment.ts):
 * the whole period's share within the target wait, and the hall's intervals that reach it.
 */
export function meetsFigures(plan: Plan): MeetsFigure[] {
  return EVALUATED.map((key) => {
    const e = plan.evaluation[key];
    const a = e.attainment;
    return {
      key,
      met: a.intervals.met,
      total: a.intervals.total,
      within: { mean: a.period.mean, halfWidth: a.period.halfWidth, n: e.replications },
      meanWait: e.metrics['wait.all.mean'],
    };
  });
}

/** Working days in the horizon after the warm-up. */
export function workingDays(plan: Plan): number {
  return DAY_TYPES.reduce((a, d) => a + plan.days[d], 0);
}

function sameTarget(a: PlanTarget, b: PlanTarget): boolean {
  return (
    a.waitMinutes === b.waitMinutes &&
    a.share === b.share &&
    a.scope === b.scope &&
    a.meanWaitMinutes === b.meanWaitMinutes &&
    a.abandonShare === b.abandonShare
  );
}

/** One sentence per distinct target: "Every kind of day: at least 90% … within 15 minutes, in every interval". */
export function targetLines(targets: PlanTargets, t: PlanMessages, fmt: Formatters): string[] {
  const groups: { types: DayType[]; target: PlanTarget }[] = [];
  for (const type of DAY_TYPES) {
    const hit = groups.find((g) => sameTarget(g.target, targets[type]));
    if (hit) hit.types.push(type);
    else groups.push({ types: [type], target: targets[type] });
  }
  const s = t.summary;
  return groups.map(({ types, target }) => {
    const who =
      types.length === DAY_TYPES.length
        ? s.everyDay
        : types.map((d) => t.dayTypes[d]).join(fmt.locale === 'zh-CN' ? '、' : ', ');
    let line = s.targetLine(
      who,
      fmt.percent(target.share, 1),
      fmt.number(target.waitMinutes, 1),
      target.scope === 'day' ? s.scopeDay : s.scopeInterval,
    );
    if (target.meanWaitMinutes !== undefined) line += s.meanCap(fmt.number(target.meanWaitMinutes, 1));
    if (target.abandonShare !== undefined) line += s.abandonCap(fmt.percent(target.abandonShare, 1));
    return `${line}${fmt.locale === 'zh-CN' ? '。' : '.'}`;
  });
}
