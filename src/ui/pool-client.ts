/**
 * The page's worker pool: created on first use, one Web Worker per logical core, kept for the
 * life of the page (workers are reused run after run; cancel stops a run, not the pool).
 */
import { createBrowserPool } from '../workers/browser-pool.ts';
import type { WorkerPool } from '../workers/pool.ts';

let pool: WorkerPool | null = null;

export function getPool(): WorkerPool {
  pool ??= createBrowserPool();
  return pool;
}
