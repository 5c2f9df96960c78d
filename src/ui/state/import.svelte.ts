/**
 * The history import's state, kept outside the view so a read, a fit or a backtest goes on (and
 * its result stays) while the planner looks at other tabs. The work happens in the import worker
 * (src/workers/import-api.ts), which keeps the file and its records; this store keeps what the
 * page shows: the report (without the rejected rows, which come a page at a time), the user's
 * column and business-type choices, the business-type guesses the director confirmed (applying
 * waits for every one), the fit and what applying it did, and the backtest.
 */
import type { Scenario } from '../../sim/scenario/index.ts';
import type { BacktestResult } from '../../sim/history/backtest.ts';
import type { FitResult } from '../../sim/history/fit.ts';
import type { RejectedRow, TypeMatch } from '../../sim/history/records.ts';
import type {
  BacktestOutcome,
  FitOutcome,
  ImportFailure,
  ImportSummary,
  ReadOutcome,
} from '../../workers/import-api.ts';
import { callImport, proxy, stopImport } from '../import-client.ts';
import { WorkerStoppedError } from '../worker-handle.ts';
import { DEFAULT_FIT, fitOptionsOf, knownTypesOf, type FitChoices } from './import/fit-options.ts';
import { chooseType, NO_CHOICES, pending, requestOf, type Choices } from './import/mapping.ts';
import { pageOf, PAGE_SIZE } from './import/rejected.ts';
import { fetchSample, type Sample } from './import/samples.ts';
import { confirmAllGuesses, confirmGuess, openGuesses, type Confirmed } from './import/type-decisions.ts';
import { runs } from './runs.svelte.ts';
import { scenario } from './scenario.svelte.ts';

export type ReadStatus = 'idle' | 'reading' | 'read' | 'error' | 'cancelled';
export type StepStatus = 'idle' | 'running' | 'done' | 'error';
/** One word for tests and the view's root: how far the import has come. */
export type ImportStatus =
  ReadStatus | 'fitting' | 'fitted' | 'fit-error' | 'backtesting' | 'backtested' | 'backtest-error';

export const DEFAULT_BACKTEST_REPLICATIONS = 20;

function failureOf(e: unknown, code = 'crash'): ImportFailure {
  const detail = e instanceof Error ? e.message : String(e);
  return { code, message: { en: detail, zh: detail }, summary: null };
}

class ImportStore {
  status: ReadStatus = $state('idle');
  fileName = $state('');
  fileSize = $state(0);
  progress: { fraction: number; rows: number } | null = $state(null);
  /** The report of the last successful read. */
  summary: ImportSummary | null = $state.raw(null);
  /** Why the last read failed (with what it found, when anything). */
  failure: ImportFailure | null = $state.raw(null);
  /** Header, layout and mapping of the last report seen, so the mapping can be changed after a failed re-read. */
  known: Pick<ImportSummary, 'layout' | 'header' | 'mapping'> | null = $state.raw(null);
  /** The choices for the next read, and those the shown report was read with. */
  choices: Choices = $state.raw(NO_CHOICES);
  readWith: Choices = $state.raw(NO_CHOICES);
  /** Business-type guesses the director confirmed (file value → type id), kept while the same file is read again. */
  confirmedTypes: Confirmed = $state.raw({});
  /** The rejected-rows page shown. */
  page = $state(0);
  pageRows: RejectedRow[] = $state.raw([]);

  fitChoices: FitChoices = $state({ ...DEFAULT_FIT });
  fitStatus: StepStatus = $state('idle');
  fit: FitResult | null = $state.raw(null);
  /** The scenario the fit was made on. */
  fitBase: Scenario | null = $state.raw(null);
  fitFailure: ImportFailure | null = $state.raw(null);
  /** What "apply" put in the scenario (its JSON) and how many values changed. */
  applied: { json: string; changes: number } | null = $state.raw(null);

  replications = $state(DEFAULT_BACKTEST_REPLICATIONS);
  backtestStatus: StepStatus = $state('idle');
  backtest: BacktestResult | null = $state.raw(null);
  backtestFailure: ImportFailure | null = $state.raw(null);
  backtestMillis = $state(0);

  #generation = 0;
  /** A read is running in the worker (a new one must stop it first: both would share its state). */
  #inFlight = false;

  get overall(): ImportStatus {
    if (this.status !== 'read') return this.status;
    if (this.backtestStatus === 'running') return 'backtesting';
    if (this.backtestStatus === 'done') return 'backtested';
    if (this.backtestStatus === 'error') return 'backtest-error';
    if (this.fitStatus === 'running') return 'fitting';
    if (this.fitStatus === 'done') return 'fitted';
    if (this.fitStatus === 'error') return 'fit-error';
    return 'read';
  }

  /** The report shown: the last read's, or what a failed read found. */
  get shown(): ImportSummary | null {
    return this.status === 'error' ? (this.failure?.summary ?? null) : this.summary;
  }

  /** Business types guessed from a name and not yet confirmed: applying the fit waits for them. */
  get openGuesses(): TypeMatch[] {
    return this.status === 'read' && this.summary ? openGuesses(this.summary.typeMatches, this.confirmedTypes) : [];
  }

  confirmType(m: Pick<TypeMatch, 'value' | 'id'>): void {
    this.confirmedTypes = confirmGuess(this.confirmedTypes, m);
  }

  /** The director's explicit "confirm all": every open guess as it stands. */
  confirmAllTypes(): void {
    this.confirmedTypes = confirmAllGuesses(this.confirmedTypes, this.summary?.typeMatches ?? []);
  }

  /** A value mapped to another type ('' leaves its rows out; null: matched by name again), and the file read again. */
  changeType(value: string, typeId: string | null): Promise<void> {
    this.choices = chooseType(this.choices, value, typeId);
    return this.reread();
  }

  get hasPending(): boolean {
    return pending(this.choices, this.readWith);
  }

  /** Reads a file chosen or dropped by the user: choices start afresh. */
  readFile(file: File): Promise<void> {
    this.choices = NO_CHOICES;
    this.known = null;
    this.confirmedTypes = {};
    return this.#read(file.name, file.size, (api, onProgress) =>
      api.read(file, file.name, this.#request(), onProgress),
    );
  }

  /** Fetches a sample of the demo history (same origin) and reads it. */
  async readSample(sample: Sample): Promise<void> {
    const generation = ++this.#generation;
    this.#startReading(sample.fileName, 0);
    let file: File;
    try {
      file = await fetchSample(sample);
    } catch (e) {
      if (generation !== this.#generation) return;
      this.status = 'error';
      this.failure = failureOf(e, 'fetch');
      return;
    }
    if (generation !== this.#generation) return;
    await this.readFile(file);
  }

  /** Reads the same file again with the pending choices. */
  reread(): Promise<void> {
    return this.#read(this.fileName, this.fileSize, (api, onProgress) => api.reread(this.#request(), onProgress));
  }

  /** Back to the detected mapping and no type map, and read again. */
  resetChoices(): Promise<void> {
    this.choices = NO_CHOICES;
    return this.reread();
  }

  /** Stops a read under way (the worker is stopped, and with it the file it held). */
  cancel(): void {
    if (this.status !== 'reading') return;
    this.#generation++;
    this.#inFlight = false;
    stopImport();
    this.status = 'cancelled';
    this.progress = null;
    this.summary = null;
    this.failure = null;
    this.#clearFit();
  }

  async showPage(page: number): Promise<void> {
    const total = this.shown?.rejectedCount ?? 0;
    const info = pageOf(total, page);
    const generation = this.#generation;
    const first = this.shown?.rejectedFirst ?? [];
    let rows: RejectedRow[];
    try {
      rows =
        info.to <= first.length
          ? first.slice(info.from, info.to)
          : await callImport<RejectedRow[]>((api) => api.rejectedPage(info.from, PAGE_SIZE));
    } catch {
      return; // the worker was stopped meanwhile: its rows are gone with it
    }
    if (generation !== this.#generation) return;
    this.page = info.page;
    this.pageRows = rows;
  }

  /** Every rejected row as a CSV blob (made in the worker). */
  rejectedCsv(header: [string, string, string], lang: 'zh' | 'en'): Promise<Blob> {
    return callImport((api) => api.rejectedCsv(header, lang));
  }

  async runFit(): Promise<void> {
    if (this.status !== 'read' || this.fitStatus === 'running' || this.backtestStatus === 'running') return;
    const base = scenario.current;
    const generation = this.#generation;
    this.fitStatus = 'running';
    this.fitFailure = null;
    this.fit = null;
    this.applied = null;
    this.#clearBacktest();
    try {
      const out = await callImport<FitOutcome>((api) =>
        api.fit(base, fitOptionsOf(this.fitChoices, this.readWith.typeMap)),
      );
      if (generation !== this.#generation) return;
      if (out.ok) {
        this.fit = out.fit;
        this.fitBase = base;
        this.fitStatus = 'done';
      } else {
        this.fitFailure = out.failure;
        this.fitStatus = 'error';
      }
    } catch (e) {
      if (generation !== this.#generation || e instanceof WorkerStoppedError) return;
      this.fitFailure = failureOf(e);
      this.fitStatus = 'error';
    }
  }

  /** Replaces the scenario by the fitted one: one undo step; never while a business type is only guessed. */
  apply(): void {
    if (!this.fit || this.openGuesses.length > 0) return;
    scenario.replace(this.fit.scenario);
    const changes = this.fit.patch.filter((op) => JSON.stringify(op.before) !== JSON.stringify(op.value)).length;
    this.applied = { json: JSON.stringify(this.fit.scenario), changes };
  }

  async runBacktest(): Promise<void> {
    if (this.fitStatus !== 'done' || this.backtestStatus === 'running') return;
    const generation = this.#generation;
    this.backtestStatus = 'running';
    this.backtestFailure = null;
    this.backtest = null;
    try {
      const out = await callImport<BacktestOutcome>((api) => api.backtest(this.replications, runs.seed));
      if (generation !== this.#generation) return;
      if (out.ok) {
        this.backtest = out.backtest;
        this.backtestMillis = out.millis;
        this.backtestStatus = 'done';
      } else {
        this.backtestFailure = out.failure;
        this.backtestStatus = 'error';
      }
    } catch (e) {
      if (generation !== this.#generation || e instanceof WorkerStoppedError) return;
      this.backtestFailure = failureOf(e);
      this.backtestStatus = 'error';
    }
  }

  #request() {
    return { knownTypes: knownTypesOf(scenario.current), ...requestOf(this.choices) };
  }

  #startReading(name: string, size: number): void {
    this.status = 'reading';
    this.fileName = name;
    this.fileSize = size;
    this.progress = { fraction: 0, rows: 0 };
    this.failure = null;
    this.page = 0;
    this.pageRows = [];
    this.#clearFit();
  }

  #clearFit(): void {
    this.fit = null;
    this.fitBase = null;
    this.fitFailure = null;
    this.fitStatus = 'idle';
    this.applied = null;
    this.#clearBacktest();
  }

  #clearBacktest(): void {
    this.backtest = null;
    this.backtestFailure = null;
    this.backtestStatus = 'idle';
  }

  async #read(
    name: string,
    size: number,
    call: (
      api: Parameters<Parameters<typeof callImport>[0]>[0],
      onProgress: (fraction: number, rows: number) => void,
    ) => Promise<ReadOutcome>,
  ): Promise<void> {
    if (this.#inFlight) stopImport();
    const generation = ++this.#generation;
    const choices = this.choices;
    this.#startReading(name, size);
    const onProgress = proxy((fraction: number, rows: number) => {
      if (generation === this.#generation) this.progress = { fraction, rows };
    });
    let out: ReadOutcome;
    this.#inFlight = true;
    try {
      out = await callImport<ReadOutcome>((api) => call(api, onProgress));
    } catch (e) {
      if (generation !== this.#generation || e instanceof WorkerStoppedError) return;
      this.status = 'error';
      this.failure = failureOf(e);
      this.progress = null;
      return;
    } finally {
      if (generation === this.#generation) this.#inFlight = false;
    }
    if (generation !== this.#generation) return;
    this.progress = null;
    this.readWith = choices;
    if (out.ok) {
      this.summary = out.summary;
      this.known = { layout: out.summary.layout, header: out.summary.header, mapping: out.summary.mapping };
      this.status = 'read';
      this.pageRows = out.summary.rejectedFirst.slice(0, PAGE_SIZE);
    } else {
      this.summary = null;
      this.failure = out.failure;
      const s = out.failure.summary;
      if (s) {
        this.known = { layout: s.layout, header: s.header, mapping: s.mapping };
        this.pageRows = s.rejectedFirst.slice(0, PAGE_SIZE);
      }
      this.status = 'error';
    }
  }
}

export const importStore = new ImportStore();
