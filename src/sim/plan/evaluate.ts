/**
 * A staffing re-simulated on fresh seeds (not those it was planned with): the service level each
 * interval achieves with its confidence interval, whether it meets the target, and the hall's
 * main measures. This is the evidence every recommended number comes with.
 */
import { attainment, type Attainment } from '../results/attainment.ts';
import { groupLoadCell } from '../hall/group-load.ts';
import type { MergedResult, MetricEstimate } from '../results/merge.ts';
import { DAY_TYPES, type DayType, type Scenario } from '../scenario/index.ts';
import type { Simulate } from '../results/simulate.ts';
import { withStaffing, type Staffing } from './staffing.ts';
import type { PlanTargets } from './target.ts';

export interface CellShare {
  /** Share served within target among joiners (1 where nobody joined). */
  mean: number;
  halfWidth: number;
  /** Joiners per replication (summed over the days of the type). */
  joined: number;
}

export interface Evaluation {
  seed: number;
  replications: number;
  /** cells[g][dayType][k]. */
  cells: Record<DayType, CellShare[]>[];
  /** The whole hall, per interval, and per day type. */
  hallIntervals: Record<DayType, CellShare[]>;
  hallDays: Record<DayType, CellShare>;
  /**
   * Whether it meets the target: the whole period and the hall's intervals (attainment.ts, the one
   * meaning used everywhere).
   */
  attainment: Attainment;
  /**
   * Window-group intervals (group × day type × interval with joiners; a group's day with a
   * whole-day target) meeting the target at their estimate: the planner's own unit.
   */
  met: number;
  total: number;
  metrics: Record<
    | 'wait.all.mean'
    | 'wait.all.p90'
    | 'wait.all.withinTarget'
    | 'count.abandoned'
    | 'windows.all.utilisation'
    | 'windows.overtimeMinutes',
    MetricEstimate | null
  >;
}

export function evaluationOf(merged: MergedResult, targets: PlanTargets, seed: number): Evaluation {
  const load = merged.groupLoad!;
  const I = load.intervals;
  const share = load.share;
  const at = (s: typeof share.cell, i: number): CellShare => ({
    mean: s.mean[i],
    halfWidth: s.halfWidth[i],
    joined: s.joined[i],
  });
  let met = 0;
  let total = 0;
  const cells = load.groups.map(
    (_, g) =>
      Object.fromEntries(
        DAY_TYPES.map((type, d) => [
          type,
          Array.from({ length: I }, (_, k) => {
            const c = at(share.cell, groupLoadCell(I, g, d, k));
            if (load.days[type] > 0 && c.joined > 0 && targets[type].scope === 'interval') {
              total++;
              if (c.mean >= targets[type].share) met++;
            }
            return c;
          }),
        ]),
      ) as Record<DayType, CellShare[]>,
  );
  const hallIntervals = Object.fromEntries(
    DAY_TYPES.map((type, d) => [type, Array.from({ length: I }, (_, k) => at(share.hallInterval, d * I + k))]),
  ) as Record<DayType, CellShare[]>;
  const hallDays = Object.fromEntries(DAY_TYPES.map((type, d) => [type, at(share.hallDay, d)])) as Record<
    DayType,
    CellShare
  >;
  // A whole-day target counts each group's day as one unit.
  DAY_TYPES.forEach((type, d) => {
    if (load.days[type] === 0 || targets[type].scope !== 'day') return;
    load.groups.forEach((_, g) => {
      const c = at(share.groupDay, g * DAY_TYPES.length + d);
      if (c.joined === 0) return;
      total++;
      if (c.mean >= targets[type].share) met++;
    });
  });
  const m = (k: string) => merged.metrics[k] ?? null;
  return {
    seed,
    replications: merged.replications,
    cells,
    hallIntervals,
    hallDays,
    attainment: attainment(load, targets),
    met,
    total,
    metrics: {
      'wait.all.mean': m('wait.all.mean'),
      'wait.all.p90': m('wait.all.p90'),
      'wait.all.withinTarget': m('wait.all.withinTarget'),
      'count.abandoned': m('count.abandoned'),
      'windows.all.utilisation': m('windows.all.utilisation'),
      'windows.overtimeMinutes': m('windows.overtimeMinutes'),
    },
  };
}

export async function evaluateStaffing(input: {
  scenario: Scenario;
  staffing: Staffing;
  targets: PlanTargets;
  simulate: Simulate;
  replications: number;
  seed: number;
}): Promise<Evaluation> {
  const waitMinutes = Object.fromEntries(DAY_TYPES.map((d) => [d, input.targets[d].waitMinutes])) as Record<
    DayType,
    number
  >;
  const merged = await input.simulate({
    scenario: withStaffing(input.scenario, input.staffing),
    replications: input.replications,
    seed: input.seed,
    waitMinutes,
    // The shares and counts only: an evaluation reads no in-system histogram (the ISA's).
    load: 'counts',
  });
  return evaluationOf(merged, input.targets, input.seed);
}
