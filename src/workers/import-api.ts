/**
 * The history import worker's API (comlink), the same object in a browser Web Worker and when a
 * test calls it directly in Node. The file is read here (src/sim/history/read.ts, streaming), its
 * records STAY here, and the page gets only what it shows: the import report without its list of
 * rejected rows (those come a page at a time, or as one CSV blob), then the fit and the backtest.
 * A million rows never cross to the page.
 *
 * State kept between calls: the file (re-read with another mapping or type map), the records of
 * the last successful read, and the last fit (the backtest simulates it against those records).
 */
import type { Localized, Scenario } from '../sim/scenario/index.ts';
import { backtest, type BacktestResult } from '../sim/history/backtest.ts';
import { fitHistory, type FitOptions, type FitResult } from '../sim/history/fit.ts';
import { HistoryImportError, readHistory, type KnownType } from '../sim/history/read.ts';
import type { HistoryLayout, ImportReport, RejectedRow, TicketRecord, VolumeRecord } from '../sim/history/records.ts';
import { simulateInThread, type Simulate } from '../sim/results/simulate.ts';
import { rejectedCsvText } from '../sim/history/csv-write.ts';

/** What a read is asked to do besides detecting: the user's choices. */
export interface ReadRequest {
  /** The scenario's business types (ids and names) the file's values are matched to. */
  knownTypes: KnownType[];
  /** Field → column index, or null to leave a detected field out. */
  mapping?: Record<string, number | null>;
  /** File value → type id ('' leaves the rows out). */
  typeMap?: Record<string, string>;
  /** Forced layout; detected when absent. */
  layout?: HistoryLayout;
}

/** The import report as the page gets it: the rejected rows counted, the first page included. */
export interface ImportSummary extends Omit<ImportReport, 'rejected'> {
  rejectedCount: number;
  /** The first rejected rows (up to FIRST_REJECTED), so the first page needs no second call. */
  rejectedFirst: RejectedRow[];
  fileName: string;
  fileSize: number;
  /** Time the read took, milliseconds. */
  millis: number;
}

/** A read, fit or backtest that could not be done, and why (both languages). */
export interface ImportFailure {
  /** HistoryImportError's code, or 'parameter' / 'internal' / 'noFile' / 'noFit' / 'layout'. */
  code: string;
  message: Localized;
  /** What the read found before it gave up (header, rejected rows), when there is something. */
  summary: ImportSummary | null;
}

export type ReadOutcome = { ok: true; summary: ImportSummary } | { ok: false; failure: ImportFailure };
export type FitOutcome = { ok: true; fit: FitResult } | { ok: false; failure: ImportFailure };
export type BacktestOutcome =
  { ok: true; backtest: BacktestResult; millis: number } | { ok: false; failure: ImportFailure };

/** (fraction of bytes read 0..1, data rows read so far) */
export type ReadProgress = (fraction: number, rows: number) => void;

export interface ImportWorkerApi {
  /** Reads a file (a File or any Blob) and keeps it for re-reading. */
  read(file: Blob, name: string, request: ReadRequest, onProgress?: ReadProgress): Promise<ReadOutcome>;
  /** Reads the kept file again with other choices. */
  reread(request: ReadRequest, onProgress?: ReadProgress): Promise<ReadOutcome>;
  /** Rejected rows [offset, offset + limit) of the last read (or of the failed read's report). */
  rejectedPage(offset: number, limit: number): RejectedRow[];
  /** Every rejected row as CSV (UTF-8 with BOM): line, reason in `lang`, the row as read. */
  rejectedCsv(header: [string, string, string], lang: 'zh' | 'en'): Blob;
  /** Fits the records of the last read into `base`. */
  fit(base: Scenario, options: FitOptions): FitOutcome;
  /** Simulates the last fit over the history's dates, staffed as logged, against the records. */
  backtest(replications: number, seed: number): Promise<BacktestOutcome>;
  /** Drops the file, records and fit. */
  forget(): void;
}

/** Rejected rows sent with the report. */
export const FIRST_REJECTED = 50;
/** Progress calls at most this often (the last one always goes). */
const PROGRESS_EVERY_MS = 80;

function localizedOf(e: unknown): Localized {
  const en = e instanceof Error ? e.message : String(e);
  const zh = (e as { messageZh?: unknown } | null)?.messageZh;
  return { en, zh: typeof zh === 'string' && zh !== '' ? zh : en };
}

function failureOf(e: unknown, summary: ImportSummary | null = null): ImportFailure {
  if (e instanceof HistoryImportError) return { code: e.code, message: localizedOf(e), summary };
  const code = (e as { name?: unknown } | null)?.name === 'ParameterError' ? 'parameter' : 'internal';
  return { code, message: localizedOf(e), summary };
}

export interface ImportApiOptions {
  /** How the backtest simulates (default: in this thread). */
  simulate?: Simulate;
  now?: () => number;
}

export function createImportApi(options: ImportApiOptions = {}): ImportWorkerApi {
  const simulate = options.simulate ?? simulateInThread;
  const now = options.now ?? (() => performance.now());
  let file: Blob | null = null;
  let fileName = '';
  let tickets: TicketRecord[] = [];
  let volumes: VolumeRecord[] = [];
  let layout: HistoryLayout | null = null;
  /** Rejected rows of the last read, successful or not. */
  let rejected: RejectedRow[] = [];
  let fitted: FitResult | null = null;

  function summarise(report: ImportReport, millis: number): ImportSummary {
    const { rejected: rows, ...rest } = report;
    return {
      ...rest,
      rejectedCount: rows.length,
      rejectedFirst: rows.slice(0, FIRST_REJECTED),
      fileName,
      fileSize: file?.size ?? 0,
      millis,
    };
  }

  function throttled(onProgress: ReadProgress | undefined): ReadProgress | undefined {
    if (!onProgress) return undefined;
    let last = -Infinity;
    return (fraction, rows) => {
      const t = now();
      if (fraction < 1 && t - last < PROGRESS_EVERY_MS) return;
      last = t;
      // Across comlink the call returns a promise: nothing waits for it.
      void onProgress(fraction, rows);
    };
  }

  async function readKept(request: ReadRequest, onProgress?: ReadProgress): Promise<ReadOutcome> {
    if (!file)
      return {
        ok: false,
        failure: { code: 'noFile', message: { en: 'no file has been read yet', zh: '尚未读取文件' }, summary: null },
      };
    tickets = [];
    volumes = [];
    layout = null;
    rejected = [];
    fitted = null;
    const t0 = now();
    try {
      const result = await readHistory(file.stream(), {
        knownTypes: request.knownTypes,
        mapping: request.mapping,
        typeMap: request.typeMap,
        layout: request.layout,
        totalBytes: file.size,
        onProgress: throttled(onProgress),
      });
      tickets = result.tickets;
      volumes = result.volumes;
      layout = result.report.layout;
      rejected = result.report.rejected;
      return { ok: true, summary: summarise(result.report, now() - t0) };
    } catch (e) {
      const report = e instanceof HistoryImportError ? e.report : null;
      if (report) rejected = report.rejected;
      return { ok: false, failure: failureOf(e, report ? summarise(report, now() - t0) : null) };
    }
  }

  return {
    read(blob, name, request, onProgress) {
      file = blob;
      fileName = name;
      return readKept(request, onProgress);
    },
    reread(request, onProgress) {
      return readKept(request, onProgress);
    },
    rejectedPage(offset, limit) {
      return rejected.slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
    },
    rejectedCsv(header, lang) {
      return new Blob([rejectedCsvText(rejected, header, lang)], { type: 'text/csv;charset=utf-8' });
    },
    fit(base, fitOptions) {
      const rows = layout === 'tickets' ? tickets : volumes;
      if (layout === null || rows.length === 0)
        return {
          ok: false,
          failure: {
            code: 'noFile',
            message: { en: 'no records to fit: read a file first', zh: '没有可拟合的记录：请先读取文件' },
            summary: null,
          },
        };
      try {
        // The fit's time on this thread's clock (the model reads none itself).
        fitted = fitHistory(rows, base, { ...fitOptions, clock: () => performance.now() });
        return { ok: true, fit: fitted };
      } catch (e) {
        fitted = null;
        return { ok: false, failure: failureOf(e) };
      }
    },
    async backtest(replications, seed) {
      if (!fitted)
        return {
          ok: false,
          failure: { code: 'noFit', message: { en: 'fit the history first', zh: '请先拟合历史数据' }, summary: null },
        };
      if (layout !== 'tickets') {
        return {
          ok: false,
          failure: {
            code: 'layout',
            message: {
              en: 'a backtest needs a ticket log (waits per ticket); a volumes file has counts only',
              zh: '回测需要取号明细（每张号的等候时间）；业务量文件只有数量',
            },
            summary: null,
          },
        };
      }
      const t0 = now();
      try {
        const result = await backtest({ fitted, tickets, simulate, replications, seed });
        return { ok: true, backtest: result, millis: now() - t0 };
      } catch (e) {
        return { ok: false, failure: failureOf(e) };
      }
    },
    forget() {
      file = null;
      fileName = '';
      tickets = [];
      volumes = [];
      layout = null;
      rejected = [];
      fitted = null;
    },
  };
}
