/**
 * How much simulating a plan takes, in replications, known before it starts and corrected as it
 * goes, so the page can say which stage runs and how long is left (the measured replications
 * per second times the replications still expected), instead of a fixed "about a minute".
 *
 * The stages are known up front from the options and the scenario (kiosks only with kiosk sites,
 * the staggered options only with filing days, …). Each stage's estimate is its usual number of
 * simulations times their replications (the counts below, from the demo hall and the presets);
 * a stage that needs more than its estimate is expected to need one more simulation of the size
 * of its last, until it ends, when its estimate becomes what it took. So the total expected never
 * falls below what has been done, and it is exact once the plan ends.
 *
 * Pure: no clock is read here; the caller passes the elapsed time to `secondsLeft`.
 */
import { resolveScenario } from '../hall/resolve.ts';
import type { Scenario } from '../scenario/index.ts';

export type PlanStage =
  'kiosks' | 'staggered' | 'isa' | 'refine' | 'roster' | 'backOffice' | 'hotline' | 'evaluate' | 'frontier';

/**
 * Replications of a screening pass (a stage that only needs a rough answer): a quarter of the
 * plan's, at least 10, never more than the plan's.
 */
export function screeningReplications(replications: number): number {
  return Math.min(replications, Math.max(10, Math.round(replications / 4)));
}

/**
 * Usual simulations per stage (the demo hall): the kiosk screening bisects down from the
 * installed count (no count needs confirming), the staggered options 6 screening ones, the ISA 3
 * at full replications and 3 screening ones, trim and repair 3 new rounds (its first is the
 * ISA's last, run once), the back office 2 screening ones, the hotline's ISA 2 full ones and 1
 * screening one (it starts from lagged SIPP) and its 2 evaluations, 4 evaluations.
 */
export const USUAL = {
  isaFull: 3,
  isaScreen: 3,
  refine: 3,
  backOfficeScreen: 2,
  evaluate: 4,
  staggeredOptions: 6,
  hotlineIsaFull: 2,
  hotlineIsaScreen: 1,
} as const;

export interface WorkOptions {
  replications: number;
  kiosks: boolean;
  staggered: boolean;
  backOffice: boolean;
  /** The 12366 hotline's agents (the ISA's steps, then the scenario's and the recommended schedule). Default off. */
  hotline?: boolean;
  /** How its agents are planned (default 'isa'; 'laggedSipp' simulates the two schedules only). */
  hotlineMethod?: 'isa' | 'laggedSipp';
  frontier: boolean;
  /** Frontier points that need simulating (target shares besides the plan's, kiosk variants twice). Default 5. */
  frontierSimulations?: number;
}

/** The stages a plan with these options runs on this scenario, each with its expected replications. */
export function expectedWork(scenario: Scenario, o: WorkOptions): { stage: PlanStage; replications: number }[] {
  const full = o.replications;
  const screen = screeningReplications(full);
  const out: { stage: PlanStage; replications: number }[] = [];
  const sites = scenario.kiosks?.sites ?? [];
  if (o.kiosks && sites.length > 0) {
    // Bisecting down from the installed count to 1.
    const most = Math.max(2, ...sites.map((s) => s.kiosks));
    out.push({ stage: 'kiosks', replications: screen * (Math.ceil(Math.log2(most)) + 1) });
  }
  if (o.staggered && hasFilingDays(scenario))
    out.push({ stage: 'staggered', replications: screen * USUAL.staggeredOptions });
  out.push({ stage: 'isa', replications: full * USUAL.isaFull + screen * USUAL.isaScreen });
  out.push({ stage: 'refine', replications: full * USUAL.refine });
  out.push({ stage: 'roster', replications: 0 });
  if (o.backOffice && scenario.backOffice)
    out.push({ stage: 'backOffice', replications: screen * USUAL.backOfficeScreen });
  if (o.hotline && scenario.hotline) {
    const isa = o.hotlineMethod === 'laggedSipp' ? 0 : full * USUAL.hotlineIsaFull + screen * USUAL.hotlineIsaScreen;
    out.push({ stage: 'hotline', replications: isa + full * 2 });
  }
  out.push({ stage: 'evaluate', replications: full * USUAL.evaluate });
  if (o.frontier) out.push({ stage: 'frontier', replications: full * (o.frontierSimulations ?? 5) });
  return out;
}

function hasFilingDays(scenario: Scenario): boolean {
  try {
    const r = resolveScenario(scenario);
    for (let d = 0; d < r.days; d++) if (r.calendar.isWorking(d) && r.calendar.dayType(d) === 'filing') return true;
    return false;
  } catch {
    return true; // the planner will say what is wrong; the estimate errs on the long side
  }
}

interface StageState {
  estimate: number;
  done: number;
  last: number;
  finished: boolean;
}

/** The running count: replications done and expected, by stage. */
export class PlanWork {
  readonly stages: PlanStage[];
  readonly #by = new Map<PlanStage, StageState>();
  #current: PlanStage;

  constructor(work: { stage: PlanStage; replications: number }[]) {
    this.stages = work.map((w) => w.stage);
    for (const w of work) this.#by.set(w.stage, { estimate: w.replications, done: 0, last: 0, finished: false });
    this.#current = this.stages[0];
  }

  get current(): PlanStage {
    return this.#current;
  }

  /** A stage begins (the ones before it, if still open, are finished: a skipped stage costs nothing). */
  start(stage: PlanStage): void {
    for (const s of this.stages) {
      if (s === stage) break;
      this.finish(s);
    }
    this.#current = stage;
  }

  /** Replaces a stage's estimate once more is known (the frontier's points after the kiosk plan). */
  revise(stage: PlanStage, replications: number): void {
    const s = this.#by.get(stage);
    if (s && !s.finished) s.estimate = replications;
  }

  /** A simulation of the current stage finished. */
  ran(replications: number): void {
    const s = this.#by.get(this.#current);
    if (!s) return;
    s.done += replications;
    s.last = replications;
  }

  finish(stage: PlanStage): void {
    const s = this.#by.get(stage);
    if (s) s.finished = true;
  }

  get done(): number {
    let n = 0;
    for (const s of this.#by.values()) n += s.done;
    return n;
  }

  /**
   * What the whole plan is expected to take: done stages as they were, the others as estimated
   * (never below what they did, plus one simulation while they go on beyond it).
   */
  get expected(): number {
    let n = 0;
    for (const s of this.#by.values())
      n += s.finished ? s.done : Math.max(s.estimate, s.done + (s.done >= s.estimate ? Math.max(1, s.last) : 0));
    return n;
  }
}

/**
 * Seconds left at the speed measured so far: replications still expected over replications done
 * per second. Null until there is a speed to go by (at least `minDone` replications and one
 * second), so the page says "estimating" rather than a guess.
 */
export function secondsLeft(done: number, expected: number, elapsedSeconds: number, minDone = 10): number | null {
  if (done < minDone || elapsedSeconds < 1) return null;
  return (Math.max(0, expected - done) * elapsedSeconds) / done;
}
