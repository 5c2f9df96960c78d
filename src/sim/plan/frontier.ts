/**
 * The cost against service trade-off: for several target shares (at the plan's target wait) and,
 * at the chosen target, one hall kiosk fewer and more, the Iterative Staffing Algorithm's staffing
 * and what it achieves, re-simulated on fresh seeds. Each point: staff-hours over the horizon,
 * kiosks, and the share served within the target wait with its confidence interval. The
 * scenario's own staffing is a point too. The chosen target's point is the plan itself (trimmed
 * and repaired); the others are the algorithm's staffing without that pass, so they sit a little
 * above what a full plan would need.
 */
import type { MetricEstimate } from '../hall/merge.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type Scenario } from '../hall/scenario.ts';
import { evaluateStaffing, type Evaluation } from './evaluate.ts';
import { iterativeStaffing } from './isa.ts';
import { withKiosks } from './kiosk-plan.ts';
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
  const point = async (s: Scenario, t: PlanTargets, kind: FrontierPoint['kind'], label: FrontierPoint['label'], targetShare: number | null, chosen: boolean) => {
    const own = chosen && input.chosen ? input.chosen : null;
    const staffing = own ? own.staffing : kind === 'scenario' ? staffingOf(s) : (await iterativeStaffing({ scenario: s, targets: t, simulate, replications, seed })).staffing;
    const ev = own ? own.evaluation : await evaluateStaffing({ scenario: s, staffing, targets: t, simulate, replications, seed: evaluationSeed });
    const evDays = daysByType(s);
    points.push({
      label,
      kind,
      targetShare,
      kiosks: site >= 0 ? s.kiosks!.sites[site].kiosks : 0,
      staffHours: staffHours(staffing, resolveScenario(s).interval, evDays).total,
      within: ev.metrics['wait.all.withinTarget'],
      meanWait: ev.metrics['wait.all.mean'],
      chosen,
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
  return points;
}
