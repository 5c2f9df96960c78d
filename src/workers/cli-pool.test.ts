/**
 * The command line's pool: slot 0 runs in this thread, worker threads are added during a run
 * (`grow`), and none of it changes a number: the merged result is the same as from worker
 * threads alone, and each added worker gets work.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../sim/scenario/index.ts';
import { spawnLocalWorker } from './local-worker.ts';
import { createNodePool, spawnNodeWorker } from './node-pool.ts';
import { WorkerPool, type WorkerHandle } from './pool.ts';

const county: Scenario = JSON.parse(
  readFileSync(new URL('../../data/scenarios/county-hall.json', import.meta.url), 'utf8'),
);
const pools: WorkerPool[] = [];
afterAll(() => pools.forEach((p) => p.destroy()));

/** A CLI pool that counts, per slot, the replications its workers were given. */
function countingPool(size: number): { pool: WorkerPool; given: number[] } {
  const given: number[] = [];
  const pool = new WorkerPool((slot) => {
    const h: WorkerHandle = slot === 0 ? spawnLocalWorker() : spawnNodeWorker();
    given[slot] ??= 0;
    // A wrapper, not an assignment: setting a property of a Comlink remote would post it.
    const api = new Proxy(h.api, {
      get: (target, key) =>
        key === 'run'
          ? (task: Parameters<typeof target.run>[0]) => {
              given[slot]++;
              return target.run(task);
            }
          : target[key as keyof typeof target],
    });
    return { ...h, api };
  }, size);
  pools.push(pool);
  return { pool, given };
}

describe("the command line's pool (this thread first, workers added as the run goes)", () => {
  it('this thread alone gives the same merged result as worker threads', async () => {
    const threads = createNodePool(2);
    pools.push(threads);
    const expected = await threads.run({ scenarios: [county], seed: 5, replications: 6 });
    const { pool, given } = countingPool(1);
    const out = await pool.run({ scenarios: [county], seed: 5, replications: 6 });
    expect(given).toEqual([6]);
    expect(out.status).toBe('complete');
    expect(out.merged[0]).toStrictEqual(expected.merged[0]);
    expect(out.scalars).toStrictEqual(expected.scalars);
  }, 60000);

  it('grows mid-run: the added worker takes replications, and the result is unchanged', async () => {
    const threads = createNodePool(1);
    pools.push(threads);
    const expected = await threads.run({ scenarios: [county], seed: 9, replications: 24 });
    const { pool, given } = countingPool(1);
    let grown = false;
    const out = await pool.run({ scenarios: [county], seed: 9, replications: 24 }, (p) => {
      if (!grown && p.done >= 2) {
        grown = true;
        pool.grow(1);
      }
    });
    expect(grown).toBe(true);
    expect(pool.size).toBe(2);
    expect(given[0] + given[1]).toBe(24);
    expect(given[1]).toBeGreaterThan(0);
    expect(out.merged[0]).toStrictEqual(expected.merged[0]);
  }, 60000);

  it('refuses a negative growth and ignores growth of a destroyed pool', () => {
    const { pool } = countingPool(1);
    expect(() => pool.grow(-1)).toThrow(/workers/);
    pool.destroy();
    pool.grow(2);
    expect(pool.size).toBe(1);
  });
});
