/**
 * The page's handle on the history import worker: started on first use and kept (it holds the
 * file and its records between the read, the fit and the backtest). `stopImport()` terminates it
 * (a cancelled read): what it held is gone, every pending call rejects with WorkerStoppedError
 * (Comlink alone would wait for ever), and the next call starts a fresh worker. A worker that
 * dies by itself rejects pending calls with WorkerCrashError (worker-handle.ts).
 */
import * as Comlink from 'comlink';
import type { ImportWorkerApi } from '../workers/import-api.ts';
import { workerHandle } from './worker-handle.ts';

const importer = workerHandle<ImportWorkerApi>(
  () =>
    new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'hallflow-import' }),
);

/** Calls the worker; rejects when it is stopped or dies meanwhile. */
export function callImport<T>(call: (api: Comlink.Remote<ImportWorkerApi>) => Promise<T>): Promise<T> {
  return importer.call(call);
}

/** Wraps a callback so the worker can call it (progress). */
export const proxy = Comlink.proxy;

/** Stops the worker (and with it a read under way). */
export function stopImport(): void {
  importer.stop();
}
