/**
 * The cost against service trade-off: for several target shares (at the plan's target wait) and,
 * at the chosen target, two hall kiosks fewer and more, a staffing and what it achieves,
 * re-simulated on fresh seeds. Each point: staff-hours over the horizon, kiosks, and the whole
 * period's share served within the target wait with its confidence interval (attainment.ts).
 * The scenario's own staffing is a point too (its evaluation is the plan's, not run again).
 *
 * How each point's staffing is found, cheaply and comparably: the plan's own staffing, moved in
 * every cell by the windows the Iterative Staffing Algorithm's rule (isa.ts, `nextStaffing`)
 * says the other target needs beyond what it says the plan's target needs, both read from the
 * plan's own last simulation; for another kiosk count, by what the rule says at the plan's
 * target on a simulation of the plan's staffing with that many kiosks, against the same rule on
 * the plan's simulation. Then the workload floor (workload-floor.ts), as for the plan. So a
 * point differs from the plan only by what the other target or kiosk count changes, the plan's
 * room for the confidence interval is kept, and a higher share never gets fewer windows in any
 * cell. Only the check on fresh seeds is a new simulation per point (two for a kiosk count).
 *
 * More service never costs less: should a lower share's point still cost more than a higher
 * one's (the floor can do that), it takes the higher one's figures and says so (`takenFrom`).
 */
import type { MetricEstimate } from '../results/merge.ts';
import type { MergedGroupLoad } from '../results/merge-group-load.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type Scenario } from '../scenario/index.ts';
import { evaluateStaffing, type Evaluation } from './evaluate.ts';
import { nextStaffing, ratesFrom } from './isa.ts';
import { withKiosks } from './kiosk-plan.ts';
import type { Simulate } from '../results/simulate.ts';
import { daysByType, staffHours, withStaffing, type Staffing } from './staffing.ts';
import type { PlanTargets } from './target.ts';
import { workloadFloor } from './workload-floor.ts';

export interface FrontierPoint {
  label: { zh: string; en: string };
  kind: 'target' | 'kiosks' | 'scenario';
  /** The target share the staffing was planned for (null for the scenario's own staffing). */
  targetShare: number | null;
  kiosks: number;
  staffHours: number;
  within: MetricEstimate | null;
  meanWait: MetricEstimate | null;
  /** Whether this is the plan's own choice. */
  chosen: boolean;
  /** The higher target share whose staffing this point took, being cheaper and meeting this one too (else null). */
  takenFrom: number | null;
}

export const FRONTIER_SHARES = [0.8, 0.85, 0.9, 0.95];

export interface TradeOffInput {
  scenario: Scenario;
  targets: PlanTargets;
  simulate: Simulate;
  replications: number;
  seed: number;
  evaluationSeed: number;
  /** Index of the kiosk site whose count is varied (the hall's), or −1. */
  kioskSite: number;
  /**
   * The plan's staffing and its evaluation; `simulated` is the staffing `load` was measured under
   * (the plan's last simulation, planning seed).
   */
  chosen: { staffing: Staffing; evaluation: Evaluation; simulated: Staffing; load: MergedGroupLoad };
  /** The scenario as it is, with its own staffing's evaluation (the plan's). */
  current: { scenario: Scenario; staffing: Staffing; evaluation: Evaluation };
  onPoint?: (done: number, total: number) => void;
}

/** The share points (besides the plan's) and kiosk counts the frontier simulates. */
export function frontierPlan(
  scenario: Scenario,
  targets: PlanTargets,
  kioskSite: number,
): { shares: number[]; kioskCounts: number[]; simulations: number } {
  const chosen = targets.filing.share;
  const shares = [...new Set([...FRONTIER_SHARES, chosen])].sort((a, b) => a - b);
  const installed = kioskSite >= 0 ? scenario.kiosks!.sites[kioskSite].kiosks : 0;
  const kioskCounts = kioskSite >= 0 ? [installed - 2, installed + 2].filter((n) => n >= 1) : [];
  return { shares, kioskCounts, simulations: shares.length - 1 + 2 * kioskCounts.length };
}

const withShare = (targets: PlanTargets, share: number) =>
  Object.fromEntries(DAY_TYPES.map((d) => [d, { ...targets[d], share }])) as PlanTargets;

/** `base` moved cell by cell by `to − from`, never below zero. */
function shifted(base: Staffing, from: Staffing, to: Staffing): Staffing {
  return base.map(
    (g, i) =>
      Object.fromEntries(
        DAY_TYPES.map((d) => [d, g[d].map((n, k) => Math.max(0, n + to[i][d][k] - from[i][d][k]))]),
      ) as Record<(typeof DAY_TYPES)[number], number[]>,
  );
}

export async function tradeOff(input: TradeOffInput): Promise<FrontierPoint[]> {
  const { scenario, targets, simulate, replications, seed, evaluationSeed, chosen } = input;
  const chosenShare = targets.filing.share;
  const site = input.kioskSite;
  const { shares, kioskCounts, simulations } = frontierPlan(scenario, targets, site);
  const total = simulations;
  let done = 0;
  const waitMinutes = Object.fromEntries(DAY_TYPES.map((d) => [d, targets[d].waitMinutes])) as Record<
    (typeof DAY_TYPES)[number],
    number
  >;
  const rates = ratesFrom(chosen.load, scenario);
  const rule = (load: MergedGroupLoad, t: PlanTargets, r = rates) => nextStaffing(load, r, t, chosen.simulated);
  const atChosen = rule(chosen.load, targets);
  const evaluate = async (s: Scenario, staffing: Staffing, t: PlanTargets) => {
    const ev = await evaluateStaffing({
      scenario: s,
      staffing,
      targets: t,
      simulate,
      replications,
      seed: evaluationSeed,
    });
    input.onPoint?.(++done, total);
    return ev;
  };
  const point = (
    s: Scenario,
    staffing: Staffing,
    ev: Evaluation,
    kind: FrontierPoint['kind'],
    label: FrontierPoint['label'],
    targetShare: number | null,
    isChosen: boolean,
  ): FrontierPoint => ({
    label,
    kind,
    targetShare,
    kiosks: site >= 0 ? s.kiosks!.sites[site].kiosks : 0,
    staffHours: staffHours(staffing, resolveScenario(s).interval, daysByType(s)).total,
    // The whole period's share within the plan's target wait (attainment.ts: the measure the
    // results and the plan show too).
    within: { mean: ev.attainment.period.mean, halfWidth: ev.attainment.period.halfWidth, n: ev.replications },
    meanWait: ev.metrics['wait.all.mean'],
    chosen: isChosen,
    takenFrom: null,
  });
  // Every point's simulations are started together: the pool runs them one after another, and
  // merging one overlaps running the next.
  const sharePoints = shares.map(async (share) => {
    const pct = `${Math.round(share * 100)}%`;
    const label = { zh: `目标 ${pct}`, en: `target ${pct}` };
    if (share === chosenShare) return point(scenario, chosen.staffing, chosen.evaluation, 'target', label, share, true);
    const t = withShare(targets, share);
    const staffing = workloadFloor(scenario, shifted(chosen.staffing, atChosen, rule(chosen.load, t))).staffing;
    return point(scenario, staffing, await evaluate(scenario, staffing, t), 'target', label, share, false);
  });
  const kioskPoints = kioskCounts.map(async (n) => {
    const s = withKiosks(
      scenario,
      scenario.kiosks!.sites.map((x, i) => (i === site ? n : x.kiosks)),
    );
    const measured = await simulate({ scenario: withStaffing(s, chosen.simulated), replications, seed, waitMinutes });
    input.onPoint?.(++done, total);
    const load = measured.groupLoad!;
    const staffing = workloadFloor(
      s,
      shifted(chosen.staffing, atChosen, rule(load, targets, ratesFrom(load, s))),
    ).staffing;
    return point(
      s,
      staffing,
      await evaluate(s, staffing, targets),
      'kiosks',
      { zh: `大厅自助终端 ${n} 台`, en: `${n} hall kiosks` },
      chosenShare,
      false,
    );
  });
  const points = [...(await Promise.all(sharePoints)), ...(await Promise.all(kioskPoints))];
  const c = input.current;
  points.push(
    point(c.scenario, c.staffing, c.evaluation, 'scenario', { zh: '现行排班', en: 'current staffing' }, null, false),
  );
  return monotone(points);
}

/**
 * More service never costs less: going down the target shares, a point that costs more than a
 * higher share's takes that staffing's figures (it meets the lower share too). The plan's own
 * point keeps its staffing, being what the plan recommends, unless a higher share is cheaper.
 */
export function monotone(points: FrontierPoint[]): FrontierPoint[] {
  const targets = points.filter((p) => p.kind === 'target').sort((a, b) => b.targetShare! - a.targetShare!);
  let best: FrontierPoint | null = null;
  for (const p of targets) {
    if (best && best.staffHours < p.staffHours) {
      p.takenFrom = best.targetShare;
      p.staffHours = best.staffHours;
      p.within = best.within;
      p.meanWait = best.meanWait;
    } else best = p;
  }
  return points;
}
