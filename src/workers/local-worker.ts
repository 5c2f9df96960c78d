/**
 * A pool member that runs in this thread: the same replication API as a worker thread, called
 * directly. The command line's main thread is otherwise idle while its workers run, and unlike a
 * new worker it pays no start-up and is already warm after its first replications (on this
 * 2-core machine a cold worker thread takes about half a second of compiling before it runs at
 * full speed); so a run starts here at once and adds worker threads only when it proves long
 * (`src/cli/run-pool.ts`). Never on a page: its main thread must stay free.
 *
 * Each call is deferred to a later turn of the event loop (`setImmediate`), so the pool's
 * bookkeeping, progress and Ctrl-C are heard between replications, as with a real worker.
 * A replication runs to its end once started (it cannot be interrupted in this thread);
 * `terminate` drops the calls not yet started, which then never answer, as a terminated
 * worker's do not.
 */
import type * as Comlink from 'comlink';
import type { WorkerHandle } from './pool.ts';
import type { ReplicationWorkerApi } from './protocol.ts';
import { createReplicationApi } from './replication-api.ts';

export function spawnLocalWorker(): WorkerHandle {
  const api = createReplicationApi();
  let dead = false;
  const later =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): Promise<R> =>
      new Promise<R>((resolve, reject) =>
        setImmediate(() => {
          if (dead) return;
          try {
            resolve(f(...args));
          } catch (e) {
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        }),
      );
  const remote = {
    load: later(api.load),
    unload: later(api.unload),
    listen: later(api.listen),
    run: later(api.run),
  };
  return {
    api: remote as unknown as Comlink.Remote<ReplicationWorkerApi>,
    terminate: () => {
      dead = true;
    },
    // Nothing here can die apart from the whole process.
    onDeath: () => {},
  };
}
