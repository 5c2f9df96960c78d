/**
 * The staffing plan's state, kept outside the view so a plan keeps running (and its result
 * stays) while the planner looks at other tabs: the settings as typed, the run with its stage,
 * simulation and elapsed time, the last plan with the scenario it was made for (so the view can
 * say the scenario changed since), and what was applied. The last plan is kept in IndexedDB with
 * its scenario (plan-keep.ts) and comes back after a reload.
 */
import type { DayType, Localized, Scenario } from '../../sim/scenario/index.ts';
import type { Plan, PlanProgress } from '../../sim/plan/recommendation.ts';
import type { PlanTargets } from '../../sim/plan/target.ts';
import { poolSimulate } from '../../workers/pool-simulate.ts';
import type { Progress } from '../../workers/pool.ts';
import { getPool } from '../pool-client.ts';
import { appliedScenario, type ApplyChoice } from './plan/apply.ts';
import { checkTarget, DEFAULT_REPLICATIONS, DEFAULT_TARGET } from './plan/form.ts';
import { checkTargetForm, formFromTargets, type TargetForm } from './plan/target-form.ts';
import { formatTarget, parseTarget } from '../../sim/plan/target.ts';
import { runPlan } from './plan/plan-run.ts';
import { indexedDbStore, type KeyValue } from './idb.ts';
import { keptPlan, loadPlan, savePlan, scenarioHash, type KeptPlan } from './plan-keep.ts';
import { runs } from './runs.svelte.ts';
import { scenario } from './scenario.svelte.ts';

export type PlanStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

class PlanStore {
  /** The target as fields (what Run uses), and as text (the advanced option, kept in step). */
  targetForm: TargetForm = $state(formFromTargets(parseTarget(DEFAULT_TARGET)));
  targetText = $state(DEFAULT_TARGET);
  replications = $state(String(DEFAULT_REPLICATIONS));
  kiosks = $state(true);
  staggered = $state(true);
  backOffice = $state(true);
  frontier = $state(true);

  status: PlanStatus = $state('idle');
  progress: PlanProgress | null = $state(null);
  /** The simulation under way (counted from 1) and its replications. */
  simulation: { n: number; done: number; total: number } | null = $state(null);
  elapsedSeconds = $state(0);
  error: Localized | null = $state(null);

  /** The last plan made, and the scenario it was made for. */
  plan: Plan | null = $state.raw(null);
  planScenario: Scenario | null = $state.raw(null);
  /** The kind of day shown (null: the default). */
  dayType: DayType | null = $state(null);
  applyChoice: ApplyChoice = $state('recommended');
  /** What the last "apply" put in the scenario (its JSON) and which windows. */
  applied: { json: string; choice: ApplyChoice } | null = $state.raw(null);
  /** The hash of what was applied (kept across reloads, where the JSON is not). */
  appliedHash: string | null = $state(null);
  /** When the plan shown was restored from the browser: when it was made. */
  restoredFrom: string | null = $state(null);
  /** The browser refused to keep the last plan. */
  keepFailed = $state(false);

  #kv: KeyValue;
  #kept: KeptPlan | null = null;

  constructor(kv: KeyValue = indexedDbStore('hallflow-plans')) {
    this.#kv = kv;
  }

  /** Brings back the plan kept for the hall being edited (or the latest), unless a plan is already here. */
  async restore(current: Scenario): Promise<void> {
    const k = await loadPlan(this.#kv, current);
    if (!k || this.plan || this.status === 'running') return;
    this.#kept = k;
    this.plan = k.plan;
    this.planScenario = k.scenario;
    this.appliedHash = k.appliedHash;
    if (k.appliedChoice) this.applyChoice = k.appliedChoice;
    this.restoredFrom = k.plan.madeAt ?? k.savedAt;
    // The settings it was made with, so Run makes it again.
    this.targetForm = formFromTargets(k.plan.target.perDayType);
    this.targetText = formatTarget(k.plan.target.perDayType);
    this.replications = String(k.plan.settings.replications);
  }

  async #keep(k: KeptPlan): Promise<void> {
    this.#kept = k;
    this.keepFailed = !(await savePlan(this.#kv, k));
  }

  #cancelled = false;
  #timer: ReturnType<typeof setInterval> | null = null;

  async run(s: Scenario, targets: PlanTargets, replications: number): Promise<void> {
    if (this.status === 'running') return;
    this.status = 'running';
    this.progress = null;
    this.simulation = null;
    this.error = null;
    this.#cancelled = false;
    const started = performance.now();
    this.elapsedSeconds = 0;
    this.#timer = setInterval(() => (this.elapsedSeconds = (performance.now() - started) / 1000), 250);
    const pool = getPool();
    const onPool = (p: Progress) => {
      // A cancel pressed while the pool was still stopping a what-if run reaches this run here.
      if (this.#cancelled) pool.cancel();
      if (this.simulation) this.simulation = { ...this.simulation, done: Math.floor(p.done), total: p.total };
    };
    try {
      const out = await runPlan(
        {
          simulate: poolSimulate(pool, onPool),
          runs,
          current: () => ({ scenario: scenario.current, valid: scenario.valid }),
          cancelled: () => this.#cancelled,
          onSimulation: (n) => (this.simulation = { n, done: 0, total: 0 }),
        },
        s,
        {
          targets,
          replications,
          seed: runs.seed,
          kiosks: this.kiosks,
          staggered: this.staggered,
          backOffice: this.backOffice,
          frontier: this.frontier,
          madeAt: new Date().toISOString(),
          onProgress: (p) => (this.progress = p),
        },
      );
      if (out.status === 'done') {
        this.plan = out.plan;
        this.planScenario = s;
        this.applied = null;
        this.appliedHash = null;
        this.restoredFrom = null;
        this.status = 'done';
        void this.#keep(keptPlan(out.plan, s, out.plan.madeAt ?? new Date().toISOString()));
      } else this.status = 'cancelled';
    } catch (e) {
      this.status = 'error';
      const en = e instanceof Error ? e.message : String(e);
      const zh = (e as { messageZh?: unknown } | null)?.messageZh;
      this.error = { en, zh: typeof zh === 'string' ? zh : en };
    } finally {
      if (this.#timer !== null) clearInterval(this.#timer);
      this.#timer = null;
      this.elapsedSeconds = (performance.now() - started) / 1000;
    }
  }

  /** The advanced text typed: a valid one fills the fields. */
  setTargetText(text: string): void {
    this.targetText = text;
    const c = checkTarget(text);
    if (c.ok) this.targetForm = formFromTargets(c.targets);
  }

  /** The fields changed: valid ones write the text back. */
  setTargetForm(f: TargetForm): void {
    this.targetForm = f;
    const c = checkTargetForm(f);
    if (c.ok) this.targetText = formatTarget(c.targets);
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.#cancelled = true;
    getPool().cancel();
  }

  /** Replaces the scenario by the planned one (one undo step). */
  apply(choice: ApplyChoice): void {
    if (!this.plan) return;
    this.applyScenario(appliedScenario(this.plan, choice), choice);
  }

  /** Replaces the scenario by the reviewed one (the ticked parts of the plan): one undo step. */
  applyScenario(next: Scenario, choice: ApplyChoice): void {
    if (!this.plan) return;
    scenario.replace(next);
    this.applied = { json: JSON.stringify(next), choice };
    this.appliedHash = scenarioHash(next);
    if (this.#kept && this.#kept.plan === this.plan)
      void this.#keep({ ...this.#kept, appliedHash: this.appliedHash, appliedChoice: choice });
  }
}

export const plan = new PlanStore();

// The plan kept in this browser comes back when the plan's code first loads (the plan tab).
if (typeof indexedDB !== 'undefined') void plan.restore(scenario.current);
