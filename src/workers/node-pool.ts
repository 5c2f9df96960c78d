/**
 * The pool on Node (the CLI, benchmarks, tests): worker threads, one per available core unless
 * told otherwise, speaking Comlink through its Node adapter.
 */
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReplicationWorkerApi } from './protocol.ts';
import { spawnLocalWorker } from './local-worker.ts';
import { WorkerPool, type WorkerHandle } from './pool.ts';

/** The TypeScript worker, loaded through tsx by a small bootstrap. */
const DEFAULT_WORKER = new URL('./node-bootstrap.mjs', import.meta.url);

export function spawnNodeWorker(script: URL = DEFAULT_WORKER): WorkerHandle {
  const worker = new Worker(script);
  const listeners: ((reason: Error) => void)[] = [];
  let dead = false;
  const die = (reason: Error) => {
    if (dead) return;
    dead = true;
    for (const l of listeners) l(reason);
  };
  worker.on('error', (e) => die(e instanceof Error ? e : new Error(String(e))));
  worker.on('exit', (code) => die(new Error(`worker exited with code ${code}`)));
  // Workers must not keep the CLI alive once the pool is idle.
  worker.unref();
  return {
    api: Comlink.wrap<ReplicationWorkerApi>(nodeEndpoint(worker)),
    terminate: () => {
      dead = true;
      void worker.terminate();
    },
    onDeath: (l) => listeners.push(l),
  };
}

export function createNodePool(size: number = availableParallelism(), script?: URL): WorkerPool {
  return new WorkerPool(() => spawnNodeWorker(script), size);
}

/**
 * The command line's pool: slot 0 runs in this thread (warm after its first replications, no
 * start-up), the others are worker threads. `size` 1 is this thread alone; `grow` adds threads.
 */
export function createCliPool(size: number, script?: URL): WorkerPool {
  return new WorkerPool((slot) => (slot === 0 ? spawnLocalWorker() : spawnNodeWorker(script)), size);
}
