/**
 * The scenario being edited: one reactive store for the whole app.
 *
 * The source of truth is the scenario's JSON text: every edit produces a new plain object
 * (components never mutate it), so undo/redo, autosave, sharing and the workers all see plain
 * data. Edits are saved in the browser at once. Validation runs on every change and components
 * ask for the problems under their field's path to show them at the field.
 *
 * What it guarantees, so the page can always be drawn (on this load and the next):
 *  - It only ever holds a plain JSON object: values from a file, a link, the storage or a preset
 *    pass `admit.ts` first, and anything else is refused with the reason. So nothing it saves
 *    is a value that cannot be opened again.
 *  - `problems` never throws: a validator that fails becomes one problem about the whole
 *    scenario (`check.ts`), and the scenario is not valid (it is never run).
 *  - The last good scenario (the last one that ran and gave results) is kept in storage apart
 *    from the autosave, and `restoreLastGood` brings it back (the demo when none was kept yet).
 *  - Start-up never throws: a link or saved value that cannot be used is passed over with a
 *    notice (`startup.ts`), and if even that fails, the demo opens.
 */
import demo from '../../../data/scenarios/demo-hall.json';
import { formatPath, type Path, type Problem, type Scenario } from '../../sim/scenario/index.ts';
import { admitText, admitValue, type Admission } from './admit.ts';
import { checkSafely, type Check } from './check.ts';
import { History } from './history.ts';
import { chooseStart, type Origin, type Startup, type StartupNotice } from './startup.ts';
import {
  admitHash,
  hashHasScenario,
  loadCurrentText,
  loadLastGoodText,
  saveCurrentText,
  saveLastGoodText,
  scenarioToHash,
} from './storage.ts';

export type { Path, Origin, StartupNotice };

export const DEMO = demo as unknown as Scenario;
const DEMO_TEXT = JSON.stringify(DEMO);

/** What the page was given at start-up; the defaults read the real URL and storage. */
export interface StartupSource {
  hash?: string;
  /** Removes the consumed link from the address bar (so a reload opens the autosave, edits included). */
  forgetLink?: () => void;
}

function pageHash(): string {
  return typeof location === 'undefined' ? '' : location.hash;
}

function forgetPageLink(): void {
  if (typeof history === 'undefined' || typeof location === 'undefined') return;
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  } catch {
    // The address bar keeps the link: a reload reads it again, which is still a working page.
  }
}

function start(hash: string): Startup {
  try {
    return chooseStart({ link: admitHash(hash), saved: loadCurrentText(), lastGood: loadLastGoodText(), demo: DEMO });
  } catch {
    return { text: DEMO_TEXT, origin: 'demo', notices: [] }; // the page must open, whatever went wrong above
  }
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

export class ScenarioStore {
  readonly origin: Origin;
  /** Always the JSON text of a plain object (see the guarantees above). */
  #text = $state('');
  /**
   * The scenario family of the text: a new one with every scenario loaded from elsewhere (a
   * preset, a file), the same one through edits. Results of different families are not compared
   * as the effect of a change (was-now.ts). Kept in the history beside each text, so undo and
   * redo across a load come back to the right family.
   */
  #lineage = $state(0);
  #lineages = 0;
  #history = new History<{ text: string; lineage: number }>();
  /** Bumped on undo/redo so the buttons update. */
  #historyVersion = $state(0);
  /** The last good scenario's text, or null when none was kept (the demo stands in). */
  #lastGood: string | null = $state(null);
  /** False when the browser refused to save (storage full or disabled). */
  saved = $state(true);
  /** Scenarios passed over at start-up; cleared when the planner dismisses them or restores. */
  notices: StartupNotice[] = $state([]);

  /** The scenario as plain data (a new object after every change). */
  readonly current: Scenario = $derived(JSON.parse(this.#text) as Scenario);
  readonly #check: Check = $derived(checkSafely(this.current));
  /** Every problem the validator finds, at once (never throws). */
  readonly problems: Problem[] = $derived(this.#check.problems);
  /** The validator's own failure on this scenario, in both languages, or null. */
  readonly checkError: { en: string; zh: string } | null = $derived(this.#check.error);
  readonly valid: boolean = $derived(this.problems.length === 0);

  constructor(source: StartupSource = {}) {
    const hash = source.hash ?? pageHash();
    const begin = start(hash);
    this.origin = begin.origin;
    this.notices = begin.notices;
    this.#text = begin.text;
    const good = admitStored(loadLastGoodText());
    this.#lastGood = good;
    if (begin.origin === 'link') {
      // The link has been read: from now on the autosave holds it, with the edits made to it.
      this.saved = saveCurrentText(begin.text);
    }
    if (hashHasScenario(hash)) (source.forgetLink ?? forgetPageLink)();
  }

  /** Replaces the value at `path` (undefined removes it). `key` groups keystrokes into one undo step. */
  set(path: Path, value: unknown): void {
    this.update(formatPath(path), (draft) => setAt(draft, path, value));
  }

  /** Applies a change to a copy of the scenario (a change that leaves no plain object is refused). */
  update(key: string, change: (draft: Scenario) => void): void {
    const before = this.#text;
    const draft = JSON.parse(before) as Scenario;
    change(draft);
    const admitted = admitValue(draft);
    if (!admitted.ok || admitted.text === before) return;
    this.#history.record({ text: before, lineage: this.#lineage }, key, Date.now());
    this.#commit(admitted.text, this.#lineage);
  }

  /**
   * Replaces the scenario as a whole: one undo step. `fresh` for a scenario from elsewhere (a
   * preset, an imported file: a new family); without it, a change of this one (an adopted plan,
   * a fit of the hall's history, the last good scenario). A value that is not a plain object is
   * refused, the current scenario stays, and the reason comes back.
   */
  replace(next: unknown, fresh = false): Admission {
    const admitted = admitValue(next);
    if (!admitted.ok || admitted.text === this.#text) return admitted;
    this.#history.record({ text: this.#text, lineage: this.#lineage }, '', Date.now());
    this.#commit(admitted.text, fresh ? ++this.#lineages : this.#lineage);
    return admitted;
  }

  undo(): void {
    const prev = this.#history.undo({ text: this.#text, lineage: this.#lineage });
    if (prev !== null) this.#commit(prev.text, prev.lineage);
  }

  redo(): void {
    const next = this.#history.redo({ text: this.#text, lineage: this.#lineage });
    if (next !== null) this.#commit(next.text, next.lineage);
  }

  /** The scenario family of the current scenario (see `#lineage`). */
  get lineage(): number {
    return this.#lineage;
  }

  get canUndo(): boolean {
    void this.#historyVersion;
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    void this.#historyVersion;
    return this.#history.canRedo;
  }

  /** The scenario `restoreLastGood` would bring back: the last good one, or the demo. */
  get lastGood(): Scenario {
    return JSON.parse(this.#lastGood ?? DEMO_TEXT) as Scenario;
  }

  /** Whether restoring would change anything (the current scenario is not the last good one). */
  get canRestore(): boolean {
    return (this.#lastGood ?? DEMO_TEXT) !== this.#text;
  }

  /**
   * Keeps `s` as the last good scenario (the caller has seen it run and give results). Stored
   * apart from the autosave, so a broken scenario saved later never takes it along.
   */
  rememberGood(s: Scenario): void {
    const admitted = admitValue(s);
    if (!admitted.ok || admitted.text === this.#lastGood) return;
    this.#lastGood = admitted.text;
    saveLastGoodText(admitted.text);
  }

  /** Brings back the last good scenario (the demo when none was kept): one undo step. */
  restoreLastGood(): Scenario {
    this.notices = [];
    const good = this.lastGood;
    this.replace(good);
    return good;
  }

  dismissNotices(): void {
    this.notices = [];
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

  /** `text` is always the JSON of a plain object: every way in passes `admitValue` or the history of such texts. */
  #commit(text: string, lineage: number): void {
    this.#text = text;
    this.#lineage = lineage;
    this.#historyVersion++;
    this.saved = saveCurrentText(text);
  }
}

/** A stored scenario's text if it is a scenario object (normalised), else null. */
function admitStored(text: string | null): string | null {
  if (text === null) return null;
  const a = admitText(text);
  return a.ok ? a.text : null;
}

export const scenario = new ScenarioStore();
