/**
 * The capacity plan as data, which the CLI and the app render: per group, day type and interval
 * the required windows (simulation: the Iterative Staffing Algorithm, then trim and repair) and
 * the recommended ones (the roster's), beside SIPP, lagged SIPP and modified-offered-load numbers
 * and the scenario's own schedule; what each achieves re-simulated on fresh seeds with confidence
 * intervals; staff-hours; kiosks per site; staggered invitations; back-office officers; the
 * roster; the cost against service frontier; which method made each number; and warnings.
 *
 * Order: kiosks first (they take load off the windows), then the staggered invitations (they
 * move load between days), then the windows with both in place, then the roster, the back office,
 * the evaluation on fresh seeds and the frontier.
 */
import type { Localized, Scenario } from '../hall/scenario.ts';
import { DAY_TYPES, type DayType } from '../hall/scenario.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { formatTimeOfDay } from '../hall/time.ts';
import { analyticPlan, type AnalyticMethod, type GroupDemand } from './analytic-plan.ts';
import { planBackOffice, type BackOfficeAdvice, type BackOfficeTarget } from './back-office-plan.ts';
import { evaluateStaffing, type Evaluation } from './evaluate.ts';
import { tradeOff, type FrontierPoint } from './frontier.ts';
import { iterativeStaffing, type IsaIteration } from './isa.ts';
import { planKiosks, withKiosks, type KioskSiteAdvice, type KioskTarget } from './kiosk-plan.ts';
import { refineStaffing, type RefineRound } from './refine.ts';
import { rosterFor } from './rostering.ts';
import type { RosterResult } from './roster.ts';
import type { ShiftTemplate } from './shift-templates.ts';
import type { Simulate } from './simulate.ts';
import { daysByType, staffHours, staffingOf, type Staffing } from './staffing.ts';
import { planStaggered, type StaggeredAdvice } from './staggered-plan.ts';
import { formatTarget, type PlanTargets } from './target.ts';

export type StaffingKey = 'required' | 'recommended' | AnalyticMethod | 'scenario';
export const STAFFING_KEYS: readonly StaffingKey[] = ['required', 'recommended', 'sipp', 'laggedSipp', 'mol', 'scenario'];

export interface PlanOptions {
  targets: PlanTargets;
  /** Replications per simulation while planning. */
  replications: number;
  seed: number;
  /** Seed of the evaluation on fresh seeds (default: seed + 1,000,003). */
  evaluationSeed?: number;
  /** Default: on when the scenario has them. */
  kiosks?: boolean;
  kioskTarget?: KioskTarget;
  staggered?: boolean;
  backOffice?: boolean;
  backOfficeTarget?: BackOfficeTarget;
  frontier?: boolean;
  /** Share of rostered staff absent (analytic methods: required / (1 − shrinkage)). Default 0. */
  shrinkage?: number;
  templates?: ShiftTemplate[];
  onProgress?: (p: PlanProgress) => void;
  cancelled?: () => boolean;
}

export type PlanStage = 'kiosks' | 'staggered' | 'isa' | 'refine' | 'roster' | 'backOffice' | 'evaluate' | 'frontier';
export const PLAN_STAGES: readonly PlanStage[] = ['kiosks', 'staggered', 'isa', 'refine', 'roster', 'backOffice', 'evaluate', 'frontier'];

export interface PlanProgress {
  stage: PlanStage;
  /** Share of the whole plan done, 0..1 (by stage, roughly). */
  fraction: number;
  detail: string;
}

export interface Plan {
  kind: 'hallflow.plan';
  version: 1;
  scenario: { name: Localized; synthetic: boolean };
  target: { text: string; perDayType: PlanTargets };
  settings: { replications: number; seed: number; evaluationSeed: number; shrinkage: number };
  grid: { open: string; intervalMinutes: number; intervals: number; labels: string[] };
  /** Working days of each type in the horizon (after the warm-up). */
  days: Record<DayType, number>;
  groups: { id: string; name: Localized; installed: number }[];
  staffing: Record<StaffingKey, Staffing>;
  staffHours: Record<StaffingKey, { perDay: Record<DayType, number>; total: number }>;
  /** Joiners per minute and offered loads per group, day type and interval (unlimited windows). */
  demand: Record<DayType, GroupDemand>[];
  /** On fresh seeds: the plan, the roster, SIPP's staffing (to show what the formula misses) and the scenario's own. */
  evaluation: { required: Evaluation; recommended: Evaluation; sipp: Evaluation; scenario: Evaluation };
  isa: { iterations: IsaIteration[]; converged: boolean };
  refine: { rounds: RefineRound[]; holds: boolean };
  roster: { rosters: Record<DayType, RosterResult | null>; aboveInstalled: Record<DayType, boolean>; idle: Record<DayType, number[]> };
  kiosks: KioskSiteAdvice[] | null;
  staggered: StaggeredAdvice | null;
  /** Whether the staggered option was applied before planning the windows. */
  staggeredApplied: boolean;
  backOffice: BackOfficeAdvice | null;
  frontier: FrontierPoint[] | null;
  /** The scenario the windows were planned on (kiosks and invitations applied), for "apply to scenario". */
  plannedScenario: Scenario;
  warnings: Localized[];
}

export const DAY_NAMES: Record<DayType, Localized> = {
  ordinary: { zh: '平日', en: 'Ordinary days' },
  filing: { zh: '申报期', en: 'Filing-period days' },
  deadline: { zh: '申报截止日', en: 'Deadline day' },
};

export const METHODS: Record<StaffingKey, Localized> = {
  required: { zh: '仿真：迭代排班算法（ISA）+ 公共随机数削减与补足', en: 'simulation: Iterative Staffing Algorithm, then trim and repair with common random numbers' },
  recommended: { zh: '排班：按所需窗口数以整数规划（集合覆盖）排出的班次在岗人数', en: 'roster: staff on duty in the shifts chosen by integer programming (set covering) over the required windows' },
  sipp: { zh: '解析：逐时段平稳近似（SIPP），Erlang A/C', en: 'analytic: stationary independent period by period (SIPP), Erlang A/C' },
  laggedSipp: { zh: '解析：滞后 SIPP（滞后平均剩余办理时长）', en: 'analytic: lagged SIPP (lag = mean residual handling time)' },
  mol: { zh: '解析：修正提供负荷法（无限窗口下的平均在办人数 m(t)）', en: 'analytic: modified offered load (m(t), the mean number in service with unlimited windows)' },
  scenario: { zh: '方案现行排班', en: 'the scenario’s own schedule' },
};

export async function makePlan(scenario: Scenario, simulate: Simulate, o: PlanOptions): Promise<Plan> {
  const r = resolveScenario(scenario);
  const seed = o.seed;
  const evaluationSeed = o.evaluationSeed ?? seed + 1_000_003;
  const reps = o.replications;
  const warnings: Localized[] = [];
  const stageShare: Record<PlanStage, [number, number]> = { kiosks: [0, 0.1], staggered: [0.1, 0.2], isa: [0.2, 0.45], refine: [0.45, 0.7], roster: [0.7, 0.72], backOffice: [0.72, 0.8], evaluate: [0.8, 0.88], frontier: [0.88, 1] };
  const progress = (stage: PlanStage, within: number, detail = '') => o.onProgress?.({ stage, fraction: stageShare[stage][0] + (stageShare[stage][1] - stageShare[stage][0]) * Math.min(1, within), detail });
  const stop = () => o.cancelled?.() === true;

  // 1. Kiosks per site.
  let planned = scenario;
  let kiosks: KioskSiteAdvice[] | null = null;
  if ((o.kiosks ?? true) && scenario.kiosks && scenario.kiosks.sites.length > 0) {
    progress('kiosks', 0);
    kiosks = await planKiosks({ scenario, target: o.kioskTarget, simulate, replications: reps, seed });
    planned = withKiosks(planned, kiosks.map((k) => k.recommended ?? k.installed));
    for (const k of kiosks) if (k.recommended === null) warnings.push({ zh: `自助终端点位「${k.name.zh}」即使放置上限台数也达不到目标。`, en: `Kiosk site “${k.name.en}” misses the target even at the largest count tried.` });
  }
  // 2. Staggered invitations.
  let staggered: StaggeredAdvice | null = null;
  let staggeredApplied = false;
  if (!stop() && (o.staggered ?? true)) {
    progress('staggered', 0);
    staggered = await planStaggered({ scenario: planned, targets: o.targets, simulate, replications: reps, seed });
    const best = staggered.applicable ? staggered.options[staggered.best] : null;
    if (best && best.inviteShare > 0 && staggered.windowsSaved > 0) {
      planned = { ...planned, staggered: best.spec };
      staggeredApplied = true;
    }
  }
  // 3. Windows: the Iterative Staffing Algorithm, then trim and repair.
  progress('isa', 0);
  const isa = await iterativeStaffing({ scenario: planned, targets: o.targets, simulate, replications: reps, seed, cancelled: o.cancelled, onIteration: (it) => progress('isa', it.iteration / 8, `${it.iteration}: ±${it.maxChange}`) });
  if (!isa.converged) warnings.push({ zh: '迭代排班算法未在上限次数内收敛，已用最后一次结果继续。', en: 'The Iterative Staffing Algorithm did not settle within its iterations; its last staffing was used.' });
  progress('refine', 0);
  const refine = await refineStaffing({ scenario: planned, staffing: isa.staffing, targets: o.targets, simulate, replications: reps, seed, cancelled: o.cancelled, onRound: (x) => progress('refine', x.round / 8, `${x.round}: +${x.added} −${x.removed}`) });
  if (!refine.holds) warnings.push({ zh: '补足与削减在上限轮数内未完全稳定，部分时段可能仍未达标（见评估）。', en: 'The repair and trim passes did not settle within their rounds; some intervals may still miss the target (see the evaluation).' });
  const required = refine.staffing;
  const days = daysByType(planned);
  // 4. The analytic methods on the demand measured with unlimited windows.
  const analytic = analyticPlan(planned, isa.unlimited, o.targets, o.shrinkage ?? 0);
  // 5. The roster.
  progress('roster', 0);
  const roster = rosterFor(planned, required, days, o.templates, o.shrinkage ?? 0);
  for (const d of DAY_TYPES) {
    const most = Math.max(...Array.from({ length: r.hallIntervals }, (_, k) => required.reduce((a, g) => a + g[d][k], 0)));
    const installed = scenario.windows.groups.reduce((a, g) => a + g.windows, 0);
    if (!roster.aboveInstalled[d]) continue;
    if (most > installed) warnings.push({ zh: `${DAY_NAMES[d].zh}：最多需要 ${most} 个窗口，超过已安装的 ${installed} 个；排班按所需人数安排。`, en: `${DAY_NAMES[d].en}: up to ${most} windows are needed, more than the ${installed} installed; the roster covers what is needed.` });
    else warnings.push({ zh: `${DAY_NAMES[d].zh}：所需窗口不超过已安装的 ${installed} 个，但按现有班次模板（含午休）无法在此范围内排班，部分时段在岗人数多于窗口数。`, en: `${DAY_NAMES[d].en}: the windows needed fit in the ${installed} installed, but no roster of these shift templates (with their breaks) stays within them; at some times more staff are on duty than there are windows.` });
  }
  // 6. The back office.
  let backOffice: BackOfficeAdvice | null = null;
  if (!stop() && (o.backOffice ?? true) && scenario.backOffice) {
    progress('backOffice', 0);
    backOffice = await planBackOffice({ scenario: planned, target: o.backOfficeTarget, simulate, replications: reps, seed });
    if (backOffice && backOffice.recommended === null) warnings.push({ zh: '后台处理能力在上限内达不到时限要求。', en: 'No back-office capacity up to the cap meets the time limits.' });
  }
  // 7. Everything re-simulated on fresh seeds.
  progress('evaluate', 0);
  const own = staffingOf(scenario);
  const evaluate = (staffing: Staffing, s: Scenario) => evaluateStaffing({ scenario: s, staffing, targets: o.targets, simulate, replications: reps, seed: evaluationSeed });
  const evaluation = {
    required: await evaluate(required, planned),
    recommended: await evaluate(roster.recommended, planned),
    sipp: await evaluate(analytic.staffing.sipp, planned),
    scenario: await evaluate(own, scenario),
  };
  progress('evaluate', 1);
  // 8. The frontier.
  let frontier: FrontierPoint[] | null = null;
  if (!stop() && (o.frontier ?? true)) {
    const hall = planned.kiosks?.sites.findIndex((s) => s.kind === 'hall') ?? -1;
    frontier = await tradeOff({ scenario: planned, targets: o.targets, simulate, replications: reps, seed, evaluationSeed, kioskSite: hall, chosen: { staffing: required, evaluation: evaluation.required }, onPoint: (d, t) => progress('frontier', d / t) });
  }
  const staffing: Record<StaffingKey, Staffing> = { required, recommended: roster.recommended, sipp: analytic.staffing.sipp, laggedSipp: analytic.staffing.laggedSipp, mol: analytic.staffing.mol, scenario: own };
  const hours = Object.fromEntries(STAFFING_KEYS.map((k) => [k, staffHours(staffing[k], r.interval, days)])) as Plan['staffHours'];
  return {
    kind: 'hallflow.plan',
    version: 1,
    scenario: { name: scenario.name, synthetic: scenario.synthetic === true },
    target: { text: formatTarget(o.targets), perDayType: o.targets },
    settings: { replications: reps, seed, evaluationSeed, shrinkage: o.shrinkage ?? 0 },
    grid: { open: formatTimeOfDay(r.open), intervalMinutes: r.interval, intervals: r.hallIntervals, labels: Array.from({ length: r.hallIntervals }, (_, k) => formatTimeOfDay(r.open + k * r.interval)) },
    days,
    groups: scenario.windows.groups.map((g) => ({ id: g.id, name: g.name, installed: g.windows })),
    staffing,
    staffHours: hours,
    demand: analytic.demand,
    evaluation,
    isa: { iterations: isa.iterations, converged: isa.converged },
    refine: { rounds: refine.rounds, holds: refine.holds },
    roster: { rosters: roster.rosters, aboveInstalled: roster.aboveInstalled, idle: roster.idle },
    kiosks,
    staggered,
    staggeredApplied,
    backOffice,
    frontier,
    plannedScenario: planned,
    warnings,
  };
}
