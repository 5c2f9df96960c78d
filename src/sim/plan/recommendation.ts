/**
 * The capacity plan as data, which the CLI and the app render: per group, day type and interval
 * the required windows (simulation: the Iterative Staffing Algorithm, then trim and repair) and
 * the recommended ones (the roster's), beside SIPP, lagged SIPP and modified-offered-load numbers
 * and the scenario's own schedule; what each achieves re-simulated on fresh seeds with confidence
 * intervals; staff-hours; kiosks per site; staggered invitations; back-office officers; the
 * roster; the cost against service frontier; which method made each number; and warnings.
 *
 * Order: kiosks first (they take load off the windows), then the staggered invitations (they
 * move load between days), then the windows with both in place (then raised to the workload
 * floor, workload-floor.ts), then the roster, the back office, the evaluation on fresh seeds and
 * the frontier.
 *
 * Speed (issue 11): every simulation is counted (work.ts) so the page can say how much is left,
 * and run once (simulate.ts, `memoSimulate`: trim and repair begin with the staffing the ISA
 * simulated last); stages that only need a rough answer (the kiosk screening, the staggered
 * options) run fewer replications and record less; the four evaluations and the frontier's
 * points are started together so merging one overlaps running the next.
 */
import { DAY_TYPES, type DayType, formatTimeOfDay, type Localized, type Scenario } from '../scenario/index.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { analyticPlan, type AnalyticMethod, type GroupDemand } from './analytic-plan.ts';
import { planHotline, type HotlineAdvice, type HotlineMethod, type HotlineTarget } from './hotline-plan.ts';
import { planBackOffice, type BackOfficeAdvice, type BackOfficeTarget } from './back-office-plan.ts';
import { evaluateStaffing, type Evaluation } from './evaluate.ts';
import { frontierPlan, tradeOff, type FrontierPoint } from './frontier.ts';
import { iterativeStaffing, type IsaIteration } from './isa.ts';
import { planKiosks, withKiosks, type KioskSiteAdvice, type KioskTarget } from './kiosk-plan.ts';
import { refineStaffing, type RefineRound } from './refine.ts';
import { pooledRoster } from './pooled-roster.ts';
import { rosterFor } from './rostering.ts';
import type { RosterResult } from './roster.ts';
import type { ShiftTemplate } from './shift-templates.ts';
import { memoSimulate, type Simulate } from '../results/simulate.ts';
import { daysByType, staffHours, staffingOf, type Staffing } from './staffing.ts';
import { planStaggered, type StaggeredAdvice } from './staggered-plan.ts';
import { formatTarget, type PlanTargets } from './target.ts';
import { expectedWork, PlanWork, screeningReplications, type PlanStage } from './work.ts';
import { workloadFloor, type ShortCell } from './workload-floor.ts';

export type { PlanStage } from './work.ts';

export type StaffingKey = 'required' | 'recommended' | AnalyticMethod | 'scenario';
export const STAFFING_KEYS: readonly StaffingKey[] = [
  'required',
  'recommended',
  'sipp',
  'laggedSipp',
  'mol',
  'scenario',
];

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
  /** Default: on when the scenario has a hotline. */
  hotline?: boolean;
  hotlineTarget?: HotlineTarget;
  /** How the hotline's agents are planned: 'isa' (default) or 'laggedSipp' (faster, formula only). */
  hotlineMethod?: HotlineMethod;
  frontier?: boolean;
  /** Share of rostered staff absent (analytic methods: required / (1 − shrinkage)). Default 0. */
  shrinkage?: number;
  templates?: ShiftTemplate[];
  /** When the plan was made (ISO 8601), recorded in the plan; the caller reads the clock (sim never does). */
  madeAt?: string;
  onProgress?: (p: PlanProgress) => void;
  cancelled?: () => boolean;
}

export interface PlanProgress {
  stage: PlanStage;
  /** The stages this plan runs, in order. */
  stages: PlanStage[];
  /** Replications simulated so far (whole simulations), and the whole plan's expected (work.ts). */
  done: number;
  expected: number;
  /** done / expected. */
  fraction: number;
  detail: string;
}

export interface Plan {
  kind: 'hallflow.plan';
  /** 2: the workload floor and the time of making added (issue 11). */
  version: 2;
  scenario: { name: Localized; synthetic: boolean };
  /** When it was made (ISO 8601), if the caller said. */
  madeAt: string | null;
  target: { text: string; perDayType: PlanTargets };
  settings: { replications: number; seed: number; evaluationSeed: number; shrinkage: number };
  /** `ticketEnd`: when tickets stop ("HH:MM"; the line that took one before is still served). */
  grid: { open: string; intervalMinutes: number; intervals: number; labels: string[]; ticketEnd: string };
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
  /**
   * The workload floor: windows it added per day type (window-intervals) and the cells still below
   * the expected work (more windows needed than installed).
   */
  floor: { added: Record<DayType, number>; short: ShortCell[] };
  /** Replications simulated in each stage (what the plan cost). */
  work: Partial<Record<PlanStage, number>>;
  roster: {
    rosters: Record<DayType, RosterResult | null>;
    aboveInstalled: Record<DayType, boolean>;
    idle: Record<DayType, number[]>;
  };
  kiosks: KioskSiteAdvice[] | null;
  staggered: StaggeredAdvice | null;
  /** Whether the staggered option was applied before planning the windows. */
  staggeredApplied: boolean;
  backOffice: BackOfficeAdvice | null;
  /** The 12366 hotline's agents (absent in plans made before the hotline was modelled). */
  hotline?: HotlineAdvice | null;
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
  required: {
    zh: '仿真：迭代排班算法（ISA）+ 公共随机数削减与补足',
    en: 'simulation: Iterative Staffing Algorithm, then trim and repair with common random numbers',
  },
  recommended: {
    zh: '排班：按所需窗口数以整数规划（集合覆盖）排出的班次在岗人数',
    en: 'roster: staff on duty in the shifts chosen by integer programming (set covering) over the required windows',
  },
  sipp: {
    zh: '解析：逐时段平稳近似（SIPP），Erlang A/C',
    en: 'analytic: stationary independent period by period (SIPP), Erlang A/C',
  },
  laggedSipp: {
    zh: '解析：滞后 SIPP（滞后平均剩余办理时长）',
    en: 'analytic: lagged SIPP (lag = mean residual handling time)',
  },
  mol: {
    zh: '解析：修正提供负荷法（无限窗口下的平均在办人数 m(t)）',
    en: 'analytic: modified offered load (m(t), the mean number in service with unlimited windows)',
  },
  scenario: { zh: '方案现行排班', en: 'the scenario’s own schedule' },
};

export async function makePlan(scenario: Scenario, simulateAny: Simulate, o: PlanOptions): Promise<Plan> {
  const r = resolveScenario(scenario);
  const seed = o.seed;
  const evaluationSeed = o.evaluationSeed ?? seed + 1_000_003;
  const reps = o.replications;
  const warnings: Localized[] = [];
  const on = {
    kiosks: o.kiosks ?? true,
    staggered: o.staggered ?? true,
    backOffice: o.backOffice ?? true,
    hotline: o.hotline ?? true,
    frontier: o.frontier ?? true,
  };
  const work = new PlanWork(expectedWork(scenario, { replications: reps, ...on, hotlineMethod: o.hotlineMethod }));
  const spent: Partial<Record<PlanStage, number>> = {};
  let detail = '';
  const report = () =>
    o.onProgress?.({
      stage: work.current,
      stages: work.stages,
      done: work.done,
      expected: work.expected,
      fraction: work.expected > 0 ? work.done / work.expected : 0,
      detail,
    });
  const progress = (stage: PlanStage, text = '') => {
    if (stage !== work.current) work.start(stage);
    detail = text;
    report();
  };
  // Every simulation counted when it ends (for the time left), and each run once.
  const simulate = memoSimulate(async (request) => {
    const stage = work.current;
    const merged = await simulateAny(request);
    work.ran(request.replications);
    spent[stage] = (spent[stage] ?? 0) + request.replications;
    report();
    return merged;
  });
  const stop = () => o.cancelled?.() === true;

  // 1. Kiosks per site.
  let planned = scenario;
  let kiosks: KioskSiteAdvice[] | null = null;
  if (on.kiosks && scenario.kiosks && scenario.kiosks.sites.length > 0) {
    progress('kiosks');
    kiosks = await planKiosks({ scenario, target: o.kioskTarget, simulate, replications: reps, seed });
    planned = withKiosks(
      planned,
      kiosks.map((k) => k.recommended ?? k.installed),
    );
    for (const k of kiosks)
      if (k.recommended === null)
        warnings.push({
          zh: `自助终端点位「${k.name.zh}」即使放置上限台数也达不到目标。`,
          en: `Kiosk site “${k.name.en}” misses the target even at the largest count tried.`,
        });
  }
  // 2. Staggered invitations.
  let staggered: StaggeredAdvice | null = null;
  let staggeredApplied = false;
  if (!stop() && on.staggered) {
    // Without filing days there is nothing to simulate: the advice says why (no stage shown).
    if (work.stages.includes('staggered')) progress('staggered');
    staggered = await planStaggered({ scenario: planned, targets: o.targets, simulate, replications: reps, seed });
    const best = staggered.applicable ? staggered.options[staggered.best] : null;
    if (best && best.inviteShare > 0 && staggered.windowsSaved > 0) {
      planned = { ...planned, staggered: best.spec };
      staggeredApplied = true;
    }
  }
  // 3. Windows: the Iterative Staffing Algorithm, then trim and repair, then the workload floor.
  progress('isa');
  const isa = await iterativeStaffing({
    scenario: planned,
    targets: o.targets,
    simulate,
    replications: reps,
    screenReplications: screeningReplications(reps),
    seed,
    cancelled: o.cancelled,
    onIteration: (it) => progress('isa', `${it.iteration}: ±${it.maxChange}`),
  });
  if (!isa.converged)
    warnings.push({
      zh: '迭代排班算法未在上限次数内收敛，已用最后一次结果继续。',
      en: 'The Iterative Staffing Algorithm did not settle within its iterations; its last staffing was used.',
    });
  progress('refine');
  const refine = await refineStaffing({
    scenario: planned,
    staffing: isa.staffing,
    targets: o.targets,
    simulate,
    replications: reps,
    seed,
    cancelled: o.cancelled,
    onRound: (x) => progress('refine', `${x.round}: +${x.added} −${x.removed}`),
  });
  if (!refine.holds)
    warnings.push({
      zh: '补足与削减在上限轮数内未完全稳定，部分时段可能仍未达标（见评估）。',
      en: 'The repair and trim passes did not settle within their rounds; some intervals may still miss the target (see the evaluation).',
    });
  const floor = workloadFloor(planned, refine.staffing);
  const required = floor.staffing;
  const days = daysByType(planned);
  // 4. The analytic methods on the demand measured with unlimited windows.
  const analytic = analyticPlan(planned, isa.unlimited, o.targets, o.shrinkage ?? 0);
  // 5. The roster.
  progress('roster');
  const roster = rosterFor(planned, required, days, o.templates, o.shrinkage ?? 0);
  for (const d of DAY_TYPES) {
    const most = Math.max(
      ...Array.from({ length: r.hallIntervals }, (_, k) => required.reduce((a, g) => a + g[d][k], 0)),
    );
    const installed = scenario.windows.groups.reduce((a, g) => a + g.windows, 0);
    if (!roster.aboveInstalled[d]) continue;
    if (most > installed)
      warnings.push({
        zh: `${DAY_NAMES[d].zh}：最多需要 ${most} 个窗口，超过已安装的 ${installed} 个；排班按所需人数安排。`,
        en: `${DAY_NAMES[d].en}: up to ${most} windows are needed, more than the ${installed} installed; the roster covers what is needed.`,
      });
    else
      warnings.push({
        zh: `${DAY_NAMES[d].zh}：所需窗口不超过已安装的 ${installed} 个，但按现有班次模板（含午休）无法在此范围内排班，部分时段在岗人数多于窗口数。`,
        en: `${DAY_NAMES[d].en}: the windows needed fit in the ${installed} installed, but no roster of these shift templates (with their breaks) stays within them; at some times more staff are on duty than there are windows.`,
      });
  }
  // 6. The back office.
  let backOffice: BackOfficeAdvice | null = null;
  if (!stop() && on.backOffice && scenario.backOffice) {
    progress('backOffice');
    backOffice = await planBackOffice({
      scenario: planned,
      target: o.backOfficeTarget,
      simulate,
      replications: reps,
      seed,
    });
    if (backOffice && backOffice.recommended === null)
      warnings.push({
        zh: '后台处理能力在上限内达不到时限要求。',
        en: 'No back-office capacity up to the cap meets the time limits.',
      });
  }
  // 6b. The 12366 hotline's agents: its own queue, planned on the planned hall (its cases reach
  // the back office above, but its agents take no window).
  let hotline: HotlineAdvice | null = null;
  if (!stop() && on.hotline && scenario.hotline) {
    progress('hotline');
    hotline = await planHotline({
      scenario: planned,
      target: o.hotlineTarget,
      method: o.hotlineMethod,
      simulate,
      replications: reps,
      screenReplications: screeningReplications(reps),
      seed,
      evaluationSeed,
      onIteration: (it) => progress('hotline', `${it.iteration}: ±${it.maxChange}`),
      cancelled: stop,
    });
    // One officer pool for the windows and the phones, against two rosters (no simulation).
    const agents = Object.fromEntries(DAY_TYPES.map((d) => [d, hotline!.recommended[d]])) as Record<DayType, number[]>;
    hotline.pooled = pooledRoster(scenario, required, agents, days, o.shrinkage ?? 0);
    if (hotline.aboveSeats)
      warnings.push({
        zh: '12366 热线部分时段所需坐席多于现有坐席数。',
        en: 'Some intervals of the 12366 hotline need more agents than there are seats.',
      });
  }
  // 7. Everything re-simulated on fresh seeds (started together: see the file comment).
  progress('evaluate');
  const own = staffingOf(scenario);
  const evaluate = (staffing: Staffing, s: Scenario) =>
    evaluateStaffing({ scenario: s, staffing, targets: o.targets, simulate, replications: reps, seed: evaluationSeed });
  const [evRequired, evRecommended, evSipp, evScenario] = await Promise.all([
    evaluate(required, planned),
    evaluate(roster.recommended, planned),
    evaluate(analytic.staffing.sipp, planned),
    evaluate(own, scenario),
  ]);
  const evaluation = { required: evRequired, recommended: evRecommended, sipp: evSipp, scenario: evScenario };
  // 8. The frontier.
  let frontier: FrontierPoint[] | null = null;
  if (!stop() && on.frontier) {
    const hall = planned.kiosks?.sites.findIndex((x) => x.kind === 'hall') ?? -1;
    work.revise('frontier', reps * frontierPlan(planned, o.targets, hall).simulations);
    progress('frontier');
    frontier = await tradeOff({
      scenario: planned,
      targets: o.targets,
      simulate,
      replications: reps,
      seed,
      evaluationSeed,
      kioskSite: hall,
      chosen: {
        staffing: required,
        evaluation: evaluation.required,
        simulated: refine.lastStaffing,
        load: refine.last.groupLoad!,
      },
      current: { scenario, staffing: own, evaluation: evaluation.scenario },
    });
  }
  const staffing: Record<StaffingKey, Staffing> = {
    required,
    recommended: roster.recommended,
    sipp: analytic.staffing.sipp,
    laggedSipp: analytic.staffing.laggedSipp,
    mol: analytic.staffing.mol,
    scenario: own,
  };
  const hours = Object.fromEntries(
    STAFFING_KEYS.map((k) => [k, staffHours(staffing[k], r.interval, days)]),
  ) as Plan['staffHours'];
  return {
    kind: 'hallflow.plan',
    version: 2,
    scenario: { name: scenario.name, synthetic: scenario.synthetic === true },
    madeAt: o.madeAt ?? null,
    target: { text: formatTarget(o.targets), perDayType: o.targets },
    settings: { replications: reps, seed, evaluationSeed, shrinkage: o.shrinkage ?? 0 },
    grid: {
      open: formatTimeOfDay(r.open),
      intervalMinutes: r.interval,
      intervals: r.hallIntervals,
      labels: Array.from({ length: r.hallIntervals }, (_, k) => formatTimeOfDay(r.open + k * r.interval)),
      ticketEnd: formatTimeOfDay(r.ticketEnd),
    },
    days,
    groups: scenario.windows.groups.map((g) => ({ id: g.id, name: g.name, installed: g.windows })),
    staffing,
    staffHours: hours,
    demand: analytic.demand,
    evaluation,
    isa: { iterations: isa.iterations, converged: isa.converged },
    refine: { rounds: refine.rounds, holds: refine.holds },
    floor: { added: floor.added, short: floor.short },
    work: spent,
    roster: { rosters: roster.rosters, aboveInstalled: roster.aboveInstalled, idle: roster.idle },
    kiosks,
    staggered,
    staggeredApplied,
    backOffice,
    hotline,
    frontier,
    plannedScenario: planned,
    warnings,
  };
}
