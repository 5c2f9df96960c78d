/**
 * The pool on the page: one Web Worker per logical core (navigator.hardwareConcurrency) unless
 * told otherwise. Workers come from the app's own origin (CSP worker-src 'self').
 */
import * as Comlink from 'comlink';
import type { ReplicationWorkerApi } from './protocol.ts';
import { WorkerPool, type WorkerHandle } from './pool.ts';

export function spawnBrowserWorker(): WorkerHandle {
  const worker = new Worker(new URL('./replication.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hallflow-replications',
  });
  const listeners: ((reason: Error) => void)[] = [];
  let dead = false;
  const die = (reason: Error) => {
    if (dead) return;
    dead = true;
    worker.terminate();
    for (const l of listeners) l(reason);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault(); // the pool reports it
    die(new Error(event instanceof ErrorEvent ? event.message : 'the worker failed to start'));
  });
  worker.addEventListener('messageerror', () => die(new Error('a message could not be read')));
  return {
    api: Comlink.wrap<ReplicationWorkerApi>(worker),
    terminate: () => {
      dead = true;
      worker.terminate();
    },
    onDeath: (l) => listeners.push(l),
  };
}

export function createBrowserPool(size: number = Math.max(1, navigator.hardwareConcurrency || 2)): WorkerPool {
  return new WorkerPool(spawnBrowserWorker, size);
}
