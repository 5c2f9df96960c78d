/**
 * The scenario being edited: one reactive store for the whole app.
 *
 * The source of truth is the scenario's JSON text: every edit produces a new plain object
 * (components never mutate it), so undo/redo, autosave, sharing and the workers all see plain
 * data. Edits are saved in the browser at once. Validation runs on every change and components
 * ask for the problems under their field's path to show them at the field.
 */
import demo from '../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../../sim/hall/scenario.ts';
import { formatPath, type Path } from '../../sim/hall/problems.ts';
import { validateScenario, type Problem } from '../../sim/hall/validate.ts';
import { History } from './history.ts';
import { loadCurrent, saveCurrent, scenarioFromHash, scenarioToHash } from './storage.ts';

export type { Path };

export const DEMO = demo as unknown as Scenario;

/** Where the scenario at startup came from. */
export type Origin = 'link' | 'saved' | 'demo';

function initial(): { scenario: unknown; origin: Origin } {
  const fromLink = typeof location === 'undefined' ? null : scenarioFromHash(location.hash);
  if (fromLink) return { scenario: fromLink, origin: 'link' };
  const saved = loadCurrent();
  if (saved) return { scenario: saved, origin: 'saved' };
  return { scenario: DEMO, origin: 'demo' };
}

function setAt(target: unknown, path: Path, value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
}

class ScenarioStore {
  readonly origin: Origin;
  #text = $state('');
  #history = new History();
  /** Bumped on undo/redo so the buttons update. */
  #historyVersion = $state(0);
  /** False when the browser refused to save (storage full or disabled). */
  saved = $state(true);

  /** The scenario as plain data (a new object after every change). */
  readonly current: Scenario = $derived(JSON.parse(this.#text) as Scenario);
  /** Every problem the validator finds, at once. */
  readonly problems: Problem[] = $derived(validateScenario(this.current));
  readonly valid: boolean = $derived(this.problems.length === 0);

  constructor() {
    const start = initial();
    this.origin = start.origin;
    this.#text = JSON.stringify(start.scenario);
  }

  /** Replaces the value at `path` (undefined removes it). `key` groups keystrokes into one undo step. */
  set(path: Path, value: unknown): void {
    this.update(formatPath(path), (draft) => setAt(draft, path, value));
  }

  /** Applies a change to a copy of the scenario. */
  update(key: string, change: (draft: Scenario) => void): void {
    const before = this.#text;
    const draft = JSON.parse(before) as Scenario;
    change(draft);
    const after = JSON.stringify(draft);
    if (after === before) return;
    this.#history.record(before, key, Date.now());
    this.#commit(after);
  }

  /** Loads another scenario (a preset, an imported file): one undo step. */
  replace(next: unknown): void {
    const after = JSON.stringify(next);
    if (after === this.#text) return;
    this.#history.record(this.#text, '', Date.now());
    this.#commit(after);
  }

  undo(): void {
    const prev = this.#history.undo(this.#text);
    if (prev !== null) this.#commit(prev);
  }

  redo(): void {
    const next = this.#history.redo(this.#text);
    if (next !== null) this.#commit(next);
  }

  get canUndo(): boolean {
    void this.#historyVersion;
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    void this.#historyVersion;
    return this.#history.canRedo;
  }

  /** Problems at `path` or below it. */
  problemsAt(path: Path): Problem[] {
    const p = formatPath(path);
    return this.problems.filter((x) => x.path === p || x.path.startsWith(`${p}.`) || x.path.startsWith(`${p}[`));
  }

  /** The scenario as indented JSON, for export. */
  toJson(): string {
    return JSON.stringify(this.current, null, 2);
  }

  /** A link that opens the app with this scenario. */
  shareLink(base: string): string {
    return `${base.split('#')[0]}${scenarioToHash(this.current)}`;
  }

  #commit(text: string): void {
    this.#text = text;
    this.#historyVersion++;
    this.saved = saveCurrent(JSON.parse(text) as Scenario);
  }
}

export const scenario = new ScenarioStore();
