/**
 * One lifecycle for the page's single-purpose workers (the model check's M/M/c worker and the
 * history import worker): started on first use and kept between calls; `stop()` terminates it,
 * and every call still pending rejects with WorkerStoppedError (Comlink alone would wait for
 * ever); a worker that dies by itself (its `error` or `messageerror` event: a script that did not
 * load, an uncaught error, out of memory) rejects pending calls with WorkerCrashError; the next
 * call starts a fresh worker. The replication pool (workers/pool.ts) keeps its own workers: it
 * replaces one that dies and retries its replication.
 */
import * as Comlink from 'comlink';

/** The worker was stopped on purpose (a cancelled run or read). */
export class WorkerStoppedError extends Error {
  override readonly name = 'WorkerStoppedError';
}

/** The worker itself failed. */
export class WorkerCrashError extends Error {
  override readonly name = 'WorkerCrashError';
}

export interface WorkerHandle<Api> {
  /** Calls the worker (started if need be); rejects when it is stopped or dies meanwhile. */
  call<T>(use: (api: Comlink.Remote<Api>) => Promise<T>): Promise<T>;
  /** Terminates the worker, if one runs: pending calls reject with WorkerStoppedError. */
  stop(): void;
}

interface Live<Api> {
  remote: Comlink.Remote<Api>;
  /** Rejects when the worker is torn down; raced against every call. */
  stopped: Promise<never>;
  stop(reason: Error): void;
}

/**
 * `make` creates the worker: `new Worker(new URL('…', import.meta.url), …)` must be written where
 * the worker's module is named, so that the bundler finds it.
 */
export function workerHandle<Api>(make: () => Worker): WorkerHandle<Api> {
  let live: Live<Api> | null = null;
  const start = (): Live<Api> => {
    const worker = make();
    let reject: (reason: Error) => void = () => {};
    const stopped = new Promise<never>((_, r) => (reject = r));
    stopped.catch(() => {}); // nobody may be waiting when it stops
    const self: Live<Api> = {
      remote: Comlink.wrap<Api>(worker),
      stopped,
      stop(reason) {
        worker.terminate();
        if (live === self) live = null;
        reject(reason);
      },
    };
    worker.addEventListener('error', (event) => {
      event.preventDefault(); // the page reports it; no second report in the console
      // An ErrorEvent has the message; a script that fails to load gives a plain Event with none.
      const message = (event as Partial<ErrorEvent>).message;
      self.stop(new WorkerCrashError(typeof message === 'string' ? message : ''));
    });
    worker.addEventListener('messageerror', () => self.stop(new WorkerCrashError('messageerror')));
    return self;
  };
  return {
    call(use) {
      live ??= start();
      return Promise.race([use(live.remote), live.stopped]);
    },
    stop() {
      live?.stop(new WorkerStoppedError('stopped'));
    },
  };
}
