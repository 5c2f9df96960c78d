/**
 * The compare view's state, kept outside the component so a comparison keeps running (and its
 * result stays) while the planner looks at other tabs: the picks, saved variants, loaded presets
 * and files, and the run with its progress and result.
 */
import { type Problem, type Scenario, validateScenario } from '../../../sim/scenario/index.ts';
import type { Progress } from '../../../workers/pool.ts';
import { getPool } from '../../pool-client.ts';
import { PRESETS } from '../../presets.ts';
import { runs } from '../../state/runs.svelte.ts';
import { scenario } from '../../state/scenario.svelte.ts';
import { loadVariants, saveVariants, type Variant } from '../../state/storage.ts';
import { deleteVariant, picksAfterVariantDelete, saveVariant, type Choice } from './choices.ts';
import { runComparison, type ComparisonResult } from '../../state/compare/comparison-run.ts';

export interface FileChoice {
  id: string;
  name: string;
  scenario: Scenario;
  problems: Problem[];
}

export interface ShownComparison extends ComparisonResult {
  /** The compared scenarios as they were labelled when the run started, baseline first. */
  labels: Pick<Choice, 'kind' | 'name'>[];
}

export type CompareStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export const DEFAULT_REPLICATIONS = 20;

class CompareStore {
  /** Choice ids in the order picked: the first is the baseline. */
  picked: string[] = $state([]);
  replications = $state(String(DEFAULT_REPLICATIONS));
  variants: Variant[] = $state.raw(loadVariants());
  presets: Record<string, { scenario: Scenario; problems: Problem[] }> = $state.raw({});
  files: FileChoice[] = $state.raw([]);
  status: CompareStatus = $state('idle');
  progress: Progress | null = $state(null);
  result: ShownComparison | null = $state.raw(null);
  error: string | null = $state(null);
  #presetsLoading: Promise<void> | null = null;
  #fileCounter = 0;
  #cancelled = false;

  /** Loads every preset once (small files, each its own chunk). */
  loadPresets(): Promise<void> {
    this.#presetsLoading ??= Promise.all(
      PRESETS.map(async (p) => {
        const s = await p.load();
        this.presets = { ...this.presets, [p.id]: { scenario: s, problems: validateScenario(s) } };
      }),
    ).then(() => undefined);
    return this.#presetsLoading;
  }

  /** Saves the current scenario as a variant; the outcome for the message, or null without a name. */
  saveCurrent(name: string): { name: string; replaced: boolean; stored: boolean } | null {
    const saved = saveVariant(this.variants, name, scenario.current, new Date());
    if (!saved) return null;
    this.variants = saved.list;
    return { name: saved.list[saved.index].name, replaced: saved.replaced, stored: saveVariants(saved.list) };
  }

  deleteVariant(index: number): boolean {
    this.variants = deleteVariant(this.variants, index);
    this.picked = picksAfterVariantDelete(this.picked, index);
    return saveVariants(this.variants);
  }

  addFile(name: string, s: Scenario, problems: Problem[]): void {
    this.files = [...this.files, { id: `file-${++this.#fileCounter}`, name, scenario: s, problems }];
  }

  removeFile(id: string): void {
    this.files = this.files.filter((f) => f.id !== id);
    this.picked = this.picked.filter((p) => p !== id);
  }

  async run(choices: (Choice & { scenario: Scenario })[], replications: number): Promise<void> {
    if (this.status === 'running') return;
    this.status = 'running';
    this.progress = null;
    this.error = null;
    this.#cancelled = false;
    const pool = getPool();
    try {
      const out = await runComparison(
        pool,
        runs,
        { scenarios: choices.map((c) => c.scenario), seed: runs.seed, replications },
        (p) => {
          // A cancel pressed while the pool was still stopping a what-if run reaches this run here.
          if (this.#cancelled) pool.cancel();
          this.progress = p;
        },
        () => ({ scenario: scenario.current, valid: scenario.valid }),
      );
      this.result = { ...out, labels: choices.map((c) => ({ kind: c.kind, name: c.name })) };
      this.status = out.status === 'cancelled' ? 'cancelled' : 'done';
    } catch (e) {
      this.status = 'error';
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.#cancelled = true;
    getPool().cancel();
  }
}

export const compare = new CompareStore();
