/**
 * What a batch keeps of each finished job, small enough to store per job and to load a whole
 * province in the app: the hall as it is (simulate), what its plan needs (plan), and what the
 * what-if changes (compare). Every figure from simulation carries its 95% half-width.
 *
 * "Shortfall" is how far the hall as it is falls short of its target share served within the
 * target wait over the whole period, in shares (0 when it meets it): the measure halls are
 * ranked by.
 */
import type { MergedResult, MetricEstimate } from '../results/merge.ts';
import { attainment, uniformTargets } from '../results/attainment.ts';
import type { Plan } from '../plan/recommendation.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type Localized, type Scenario } from '../scenario/index.ts';

export interface Figure {
  mean: number;
  /** 95% half-width (null with too few replications). */
  halfWidth: number | null;
}

export interface Installed {
  windows: number;
  kiosks: number;
}

export interface SimulateRecord {
  task: 'simulate';
  replications: number;
  target: { waitMinutes: number; share: number };
  /** Whole-period share served within the target wait. */
  within: Figure;
  shortfall: number;
  meanWait: Figure | null;
  p90Wait: Figure | null;
  abandoned: Figure | null;
  utilisation: Figure | null;
  arrivals: Figure | null;
}

export interface PlanRecord {
  task: 'plan';
  replications: number;
  /** Most windows open at once: the plan's required and the roster's, any day and interval. */
  windowsNeeded: number;
  windowsRostered: number;
  /**
   * Kiosks recommended in all (a site where no count meets the target counts its installed);
   * null without a kiosk plan.
   */
  kiosksRecommended: number | null;
  /** Window staff-hours over the horizon: the hall's own schedule and the roster's. */
  staffHours: { current: number; recommended: number };
  /** Back-office officers, installed and recommended (null without a back office or a recommendation). */
  officers: { installed: number; recommended: number | null } | null;
  /** Whole-period share within the target: the hall as it is, and with the roster (fresh seeds). */
  withinCurrent: Figure;
  withinRecommended: Figure;
  warnings: number;
}

export interface CompareRecord {
  task: 'compare';
  replications: number;
  whatIf: Localized;
  /** What-if minus the hall as it is, paired (same seeds), per measure. */
  differences: { metric: string; asIs: number; whatIf: number; difference: Figure }[];
}

export type JobRecord = SimulateRecord | PlanRecord | CompareRecord;

export interface HallHeader {
  id: string;
  name: Localized;
  installed: Installed;
}

export function installedOf(s: Scenario): Installed {
  return {
    windows: s.windows.groups.reduce((a, g) => a + g.windows, 0),
    kiosks: s.kiosks?.sites.reduce((a, k) => a + k.kiosks, 0) ?? 0,
  };
}

const figure = (m: MetricEstimate | undefined): Figure | null => (m ? { mean: m.mean, halfWidth: m.halfWidth } : null);

export function simulateRecord(scenario: Scenario, merged: MergedResult): SimulateRecord {
  const target = resolveScenario(scenario).target;
  const share = target.share;
  const a = attainment(merged.groupLoad!, uniformTargets(share));
  const m = merged.metrics;
  return {
    task: 'simulate',
    replications: merged.replications,
    target: { waitMinutes: target.waitMinutes, share },
    within: { mean: a.period.mean, halfWidth: a.period.halfWidth },
    shortfall: Math.max(0, share - a.period.mean),
    meanWait: figure(m['wait.all.mean']),
    p90Wait: figure(m['wait.all.p90']),
    abandoned: figure(m['count.abandoned']),
    utilisation: figure(m['windows.all.utilisation']),
    arrivals: figure(m['count.arrivals']),
  };
}

export function planRecord(plan: Plan): PlanRecord {
  const peak = (key: 'required' | 'recommended') => {
    const s = plan.staffing[key];
    let most = 0;
    for (const d of DAY_TYPES)
      for (let k = 0; k < plan.grid.intervals; k++)
        most = Math.max(
          most,
          s.reduce((a, g) => a + g[d][k], 0),
        );
    return most;
  };
  const period = (k: 'scenario' | 'recommended') => {
    const p = plan.evaluation[k].attainment.period;
    return { mean: p.mean, halfWidth: p.halfWidth };
  };
  return {
    task: 'plan',
    replications: plan.settings.replications,
    windowsNeeded: peak('required'),
    windowsRostered: peak('recommended'),
    kiosksRecommended: plan.kiosks ? plan.kiosks.reduce((a, k) => a + (k.recommended ?? k.installed), 0) : null,
    staffHours: { current: plan.staffHours.scenario.total, recommended: plan.staffHours.recommended.total },
    officers: plan.backOffice
      ? { installed: plan.backOffice.installed, recommended: plan.backOffice.recommended }
      : null,
    withinCurrent: period('scenario'),
    withinRecommended: period('recommended'),
    warnings: plan.warnings.length,
  };
}
