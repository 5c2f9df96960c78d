/**
 * The page's handle on the history import worker: started on first use and kept (it holds the
 * file and its records between the read, the fit and the backtest). `stopImport()` terminates it
 * (a cancelled read): what it held is gone, every pending call rejects with ImportStoppedError
 * (Comlink alone would wait for ever), and the next call starts a fresh worker. A worker that
 * dies by itself rejects pending calls with ImportCrashError.
 */
import * as Comlink from 'comlink';
import type { ImportWorkerApi } from '../workers/import-api.ts';

export class ImportStoppedError extends Error {
  override readonly name = 'ImportStoppedError';
}
export class ImportCrashError extends Error {
  override readonly name = 'ImportCrashError';
}

interface Live {
  remote: Comlink.Remote<ImportWorkerApi>;
  stopped: Promise<never>;
  stop(reason: Error): void;
}

let live: Live | null = null;

function start(): Live {
  const worker = new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module', name: 'hallflow-import' });
  let reject: (reason: Error) => void = () => {};
  const stopped = new Promise<never>((_, r) => (reject = r));
  stopped.catch(() => {}); // nobody may be waiting when it stops
  const self: Live = {
    remote: Comlink.wrap<ImportWorkerApi>(worker),
    stopped,
    stop(reason) {
      worker.terminate();
      if (live === self) live = null;
      reject(reason);
    },
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault(); // the view reports it
    self.stop(new ImportCrashError(event instanceof ErrorEvent ? event.message : ''));
  });
  worker.addEventListener('messageerror', () => self.stop(new ImportCrashError('messageerror')));
  return self;
}

/** Calls the worker; rejects when it is stopped or dies meanwhile. */
export function callImport<T>(call: (api: Comlink.Remote<ImportWorkerApi>) => Promise<T>): Promise<T> {
  live ??= start();
  return Promise.race([call(live.remote), live.stopped]);
}

/** Wraps a callback so the worker can call it (progress). */
export const proxy = Comlink.proxy;

/** Stops the worker (and with it a read under way). */
export function stopImport(): void {
  live?.stop(new ImportStoppedError('stopped'));
}
