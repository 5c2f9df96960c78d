/**
 * The analytic staffing methods, per group, day type and interval, beside the simulation plan:
 * SIPP, lagged SIPP and the modified offered load (PLANNING-SCIENCE.md), each through Erlang C
 * (nobody gives up) or Erlang A (the scenario's patience, at its mean).
 *
 * Their input is the demand each group actually gets, measured by simulating the hall with
 * unlimited windows (the Iterative Staffing Algorithm's first step): joiners per interval per
 * day of each type, their handling times, and the routing between groups as the model does it.
 * The handling-time law of a group (for the lag and for m(t)) is the mixture of the laws of the
 * business types it serves, weighted by their shares of demand; its mean is the measured one.
 */
import { distribution, type DistributionSpec } from '../engine/distributions.ts';
import { groupLoadCell } from '../hall/group-load.ts';
import type { MergedGroupLoad } from '../results/merge-group-load.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type DayType, type Scenario } from '../scenario/index.ts';
import { requiredWindows, type QueueModel } from './analytic-staffing.ts';
import { laggedRates, limitedMean, offeredLoadByInterval, serviceLag } from './offered-load.ts';
import type { Staffing } from './staffing.ts';
import type { PlanTargets } from './target.ts';

export type AnalyticMethod = 'sipp' | 'laggedSipp' | 'mol';
export const ANALYTIC_METHODS: readonly AnalyticMethod[] = ['sipp', 'laggedSipp', 'mol'];

/** Per group and day type, per interval. */
export interface GroupDemand {
  /** Joiners per minute, by interval (averaged over the days of the type). */
  rate: number[];
  /** Offered load in windows: λ·E[S] (SIPP), lagged, and m(t) averaged over the interval. */
  load: Record<AnalyticMethod, number[]>;
  meanService: number;
}

export interface AnalyticPlan {
  demand: Record<DayType, GroupDemand>[];
  staffing: Record<AnalyticMethod, Staffing>;
}

/** The group's handling-time law: the laws of the types it serves, weighted by their shares. */
function groupService(scenario: Scenario, g: number): DistributionSpec {
  const r = resolveScenario(scenario);
  const group = r.groups[g];
  const parts = r.types
    .filter((t) => group.serves[t.index])
    .map((t) => ({ weight: scenario.types[t.index].share, dist: scenario.types[t.index].service }));
  return parts.length === 1 ? parts[0].dist : { kind: 'mixture', components: parts };
}

export function analyticPlan(
  scenario: Scenario,
  load: MergedGroupLoad,
  targets: PlanTargets,
  shrinkage = 0,
): AnalyticPlan {
  const I = load.intervals;
  const w = load.intervalMinutes;
  const patience = scenario.behaviour?.patience;
  const meanPatience = patience ? distribution(patience).mean : null;
  const demand: Record<DayType, GroupDemand>[] = [];
  const staffing = { sipp: [], laggedSipp: [], mol: [] } as Record<AnalyticMethod, Staffing>;
  load.groups.forEach((_, g) => {
    const spec = groupService(scenario, g);
    const G = limitedMean(spec);
    const lag = serviceLag(spec);
    const perType = {} as Record<DayType, GroupDemand>;
    const perMethod = { sipp: {}, laggedSipp: {}, mol: {} } as Record<AnalyticMethod, Record<DayType, number[]>>;
    DAY_TYPES.forEach((type, d) => {
      const days = load.days[type];
      const cells = Array.from({ length: I }, (_, k) => groupLoadCell(I, g, d, k));
      let served = 0;
      let work = 0;
      for (const c of cells) {
        served += load.served[c];
        work += load.serviceSum[c];
      }
      const meanService = served > 0 ? work / served : distribution(spec).mean;
      const rate = cells.map((c) => (days > 0 ? load.joined[c] / days / w : 0));
      const step = { start: 0, width: w, rates: rate };
      const m = offeredLoadByInterval(step, G).mean;
      const loads: Record<AnalyticMethod, number[]> = {
        sipp: rate.map((x) => x * meanService),
        laggedSipp: Array.from(laggedRates(step, lag), (x) => x * meanService),
        mol: Array.from(m),
      };
      perType[type] = { rate, load: loads, meanService };
      const model: QueueModel = { meanService, meanPatience };
      for (const method of ANALYTIC_METHODS) {
        perMethod[method][type] = loads[method].map((a) => {
          const need = requiredWindows(a, model, {
            share: targets[type].share,
            waitMinutes: targets[type].waitMinutes,
            meanWaitMinutes: targets[type].meanWaitMinutes,
            abandonShare: targets[type].abandonShare,
            occupancyCap: targets[type].occupancyCap,
          }).windows;
          return shrinkage > 0 ? Math.max(0, Math.ceil(need / (1 - shrinkage) - 1e-9)) : need;
        });
      }
    });
    demand.push(perType);
    for (const method of ANALYTIC_METHODS) staffing[method].push(perMethod[method]);
  });
  return { demand, staffing };
}
