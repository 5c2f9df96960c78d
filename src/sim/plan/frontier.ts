/**
 * The cost against service trade-off: for several target shares (at the plan's target wait) and,
 * at the chosen target, two hall kiosks fewer and more, the staffing that meets that target and
 * what it achieves, re-simulated on fresh seeds. Each point: staff-hours over the horizon,
 * kiosks, and the whole period's share served within the target wait with its confidence
 * interval (attainment.ts). The scenario's own staffing is a point too.
 *
 * Every point is planned the same way as the plan itself (the repair and trim passes of
 * refine.ts, started from the plan's staffing, or from the Iterative Staffing Algorithm without
 * one), so the points compare. More service never costs less: a staffing planned for a higher
 * share meets every lower one too, so where it costs fewer window-hours than the lower share's
 * own, the lower share takes it, and the point says so (`takenFrom`).
 */
import type { MetricEstimate } from '../hall/merge.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type Scenario } from '../hall/scenario.ts';
import { evaluateStaffing, type Evaluation } from './evaluate.ts';
import { iterativeStaffing } from './isa.ts';
import { withKiosks } from './kiosk-plan.ts';
import { refineStaffing } from './refine.ts';
import type { Simulate } from './simulate.ts';
import { daysByType, staffHours, staffingOf, type Staffing } from './staffing.ts';
import type { PlanTargets } from './target.ts';

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

export async function tradeOff(input: {
  scenario: Scenario;
  targets: PlanTargets;
  simulate: Simulate;
  replications: number;
  seed: number;
  evaluationSeed: number;
  /** Index of the kiosk site whose count is varied (the hall's), or −1. */
  kioskSite: number;
  /** The plan's own staffing at the chosen target and its evaluation (not planned again). */
  chosen?: { staffing: Staffing; evaluation: Evaluation };
  onPoint?: (done: number, total: number) => void;
}): Promise<FrontierPoint[]> {
  const { scenario, targets, simulate, replications, seed, evaluationSeed } = input;
  const chosenShare = targets.filing.share;
  const shares = [...new Set([...FRONTIER_SHARES, chosenShare])].sort((a, b) => a - b);
  const site = input.kioskSite;
  const installedKiosks = site >= 0 ? scenario.kiosks!.sites[site].kiosks : 0;
  const kioskVariants = site >= 0 ? [installedKiosks - 2, installedKiosks + 2].filter((n) => n >= 1) : [];
  const total = shares.length + kioskVariants.length + 1;
  let done = 0;
  const points: FrontierPoint[] = [];
  const plan = async (s: Scenario, t: PlanTargets): Promise<Staffing> => {
    const start = input.chosen?.staffing ?? (await iterativeStaffing({ scenario: s, targets: t, simulate, replications, seed })).staffing;
    return (await refineStaffing({ scenario: s, staffing: start, targets: t, simulate, replications, seed })).staffing;
  };
  const point = async (s: Scenario, t: PlanTargets, kind: FrontierPoint['kind'], label: FrontierPoint['label'], targetShare: number | null, chosen: boolean) => {
    const own = chosen && input.chosen ? input.chosen : null;
    const staffing = own ? own.staffing : kind === 'scenario' ? staffingOf(s) : await plan(s, t);
    const ev = own ? own.evaluation : await evaluateStaffing({ scenario: s, staffing, targets: t, simulate, replications, seed: evaluationSeed });
    const evDays = daysByType(s);
    points.push({
      label,
      kind,
      targetShare,
      kiosks: site >= 0 ? s.kiosks!.sites[site].kiosks : 0,
      staffHours: staffHours(staffing, resolveScenario(s).interval, evDays).total,
      // The whole period's share within the plan's target wait (attainment.ts: the measure the results and the plan show too).
      within: { mean: ev.attainment.period.mean, halfWidth: ev.attainment.period.halfWidth, n: ev.replications },
      meanWait: ev.metrics['wait.all.mean'],
      chosen,
      takenFrom: null,
    });
    input.onPoint?.(++done, total);
  };
  for (const share of shares) {
    const t = Object.fromEntries(DAY_TYPES.map((d) => [d, { ...targets[d], share }])) as PlanTargets;
    const pct = `${Math.round(share * 100)}%`;
    await point(scenario, t, 'target', { zh: `目标 ${pct}`, en: `target ${pct}` }, share, share === chosenShare);
  }
  for (const n of kioskVariants) {
    const counts = scenario.kiosks!.sites.map((x, i) => (i === site ? n : x.kiosks));
    await point(withKiosks(scenario, counts), targets, 'kiosks', { zh: `大厅自助终端 ${n} 台`, en: `${n} hall kiosks` }, chosenShare, false);
  }
  await point(scenario, targets, 'scenario', { zh: '现行排班', en: 'current staffing' }, null, false);
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
