/**
 * The page's handle on the M/M/c worker. One worker is kept alive between runs; if it dies
 * (its `error` event) or a run is cancelled, it is terminated and the next run starts a fresh
 * one. A pending call is rejected then, because Comlink alone would wait for ever.
 */
import * as Comlink from 'comlink';
import type { MMcParams } from '../sim/models/mmc.ts';
import type { MMcOutcome, MMcWorkerApi } from '../workers/mmc-protocol.ts';

/** The worker itself failed (script did not load, uncaught error, out of memory). */
export class WorkerCrashError extends Error {
  override readonly name = 'WorkerCrashError';
}
/** The run was stopped by `cancelRun()`. */
export class RunCancelledError extends Error {
  override readonly name = 'RunCancelledError';
}

interface LiveWorker {
  worker: Worker;
  remote: Comlink.Remote<MMcWorkerApi>;
  /** Rejects when the worker is torn down; raced against every call. */
  stopped: Promise<never>;
  stop(reason: Error): void;
}

let live: LiveWorker | null = null;

function startWorker(): LiveWorker {
  const worker = new Worker(new URL('../workers/mmc.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hallflow-mmc',
  });
  let reject: (reason: Error) => void = () => {};
  const stopped = new Promise<never>((_, r) => (reject = r));
  stopped.catch(() => {}); // nobody may be waiting when it stops
  const self: LiveWorker = {
    worker,
    remote: Comlink.wrap<MMcWorkerApi>(worker),
    stopped,
    stop(reason) {
      worker.terminate();
      if (live === self) live = null;
      reject(reason);
    },
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault(); // the page reports it; no second report in the console
    // A script that fails to load gives a plain Event with no message.
    self.stop(new WorkerCrashError(event instanceof ErrorEvent ? event.message : ''));
  });
  worker.addEventListener('messageerror', () => {
    self.stop(new WorkerCrashError('messageerror'));
  });
  return self;
}

/** Runs one experiment in the worker. Rejects with WorkerCrashError or RunCancelledError. */
export async function runMMc(params: MMcParams): Promise<MMcOutcome> {
  live ??= startWorker();
  return Promise.race([live.remote.runMMc(params), live.stopped]);
}

/** Stops the running experiment, if any, by terminating the worker. */
export function cancelRun(): void {
  live?.stop(new RunCancelledError('cancelled'));
}
