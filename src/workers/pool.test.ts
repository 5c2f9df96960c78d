/**
 * The worker pool with real worker threads (Node): identical merged results for any number of
 * workers (merged as they arrive: exactly mergeResults of the same replications), cancel and
 * reuse, failures that name their replication and seed, a dead worker replaced, monotonic
 * progress, paired comparisons, early stopping.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeResults } from '../sim/results/merge.ts';
import { runReplication } from '../sim/hall/run.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { pairedDifferences } from './compare.ts';
import { createNodePool, spawnNodeWorker } from './node-pool.ts';
import { ReplicationError, WorkerPool, type WorkerHandle } from './pool.ts';

const load = (name: string): Scenario =>
  JSON.parse(readFileSync(new URL(`../../data/scenarios/${name}.json`, import.meta.url), 'utf8'));
const county = load('county-hall');

const pools: WorkerPool[] = [];
const pool = (n: number) => {
  const p = createNodePool(n);
  pools.push(p);
  return p;
};
afterAll(() => pools.forEach((p) => p.destroy()));

describe('the worker pool (worker threads)', () => {
  it('gives bit-identical merged results with 1, 2 and 4 workers: mergeResults of the same replications', async () => {
    const merged = [];
    for (const n of [1, 2, 4]) {
      const out = await pool(n).run({ scenarios: [county], seed: 11, replications: 8 });
      expect(out.status).toBe('complete');
      expect(out.scalars[0].map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      merged.push(out.merged[0]!);
    }
    expect(merged[1]).toStrictEqual(merged[0]);
    expect(merged[2]).toStrictEqual(merged[0]);
    // Only replication 0 carries the ledgers.
    expect(merged[0].ledgerReplication).toBe(0);
    // The same as merging every result at the end, as the pool once did.
    const results = Array.from({ length: 8 }, (_, replication) => {
      const r = runReplication(county, { seed: 11, replication });
      if (replication > 0) r.ledgers = { cases: [], overtime: [], timeOff: [] };
      return r;
    });
    expect(merged[0]).toStrictEqual(mergeResults(results));
    expect(merged[0].metrics['wait.all.mean'].mean).toBe(
      results.reduce((a, r) => a + r.metrics['wait.all.mean'], 0) / 8,
    );
  }, 60000);

  it('reports progress that never goes back and ends at 1', async () => {
    const seen: number[] = [];
    await pool(2).run({ scenarios: [county], seed: 3, replications: 6 }, (p) => seen.push(p.fraction));
    expect(seen.length).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(seen.at(-1)).toBe(1);
  }, 60000);

  it('cancels mid-run (partial results, marked so) and then runs again on the same pool', async () => {
    const p = pool(2);
    // M/M/10 around the clock for 173 days: 2 million taxpayers (HallFlow's limit for one
    // replication), seconds per replication, far longer than a cancel may take.
    const year = load('textbook-mmc');
    year.calendar.days = 173;
    let started!: () => void;
    const busy = new Promise<void>((r) => (started = r));
    const running = p.run({ scenarios: [year], seed: 5, replications: 20 }, () => started());
    await busy; // a replication has reported progress: the workers are deep in their work
    const t0 = performance.now();
    p.cancel();
    const out = await running;
    const stopTook = performance.now() - t0;
    expect(out.status).toBe('cancelled');
    expect(out.scalars[0].length).toBeLessThan(20);
    // The partial result merges exactly the replications that finished.
    expect(out.merged[0]?.replications ?? 0).toBe(out.scalars[0].length);
    // Not a speed test: a replication of this year takes seconds; stopping took far less (the
    // running ones get half a second's grace, then their workers are stopped).
    expect(stopTook).toBeLessThan(2000);
    const again = await p.run({ scenarios: [county], seed: 5, replications: 3 });
    expect(again.status).toBe('complete');
    expect(again.scalars[0].length).toBe(3);
    expect(again.merged[0]!.replications).toBe(3);
  }, 120000);

  it('a failing replication rejects the run with its replication and seed', async () => {
    const broken = structuredClone(county);
    broken.types[0].share = 0.01; // invalid: the worker refuses to run it
    const err = await pool(2)
      .run({ scenarios: [broken], seed: 77, replications: 4 })
      .catch((e) => e);
    expect(err).toBeInstanceOf(ReplicationError);
    expect(err.seed).toBe(77);
    expect(err.replication).toBeGreaterThanOrEqual(0);
    expect(err.message).toMatch(/seed 77/);
    expect(err.message).toMatch(/--replication/);
    expect(err.message).toMatch(/types: .*add up to/);
  }, 60000);

  it('replaces a worker that dies, retries its replication, and finishes with the same numbers', async () => {
    const handles: WorkerHandle[] = [];
    const p = new WorkerPool(() => {
      const h = spawnNodeWorker();
      handles.push(h);
      return h;
    }, 2);
    pools.push(p);
    const week = load('textbook-mmc'); // about 0.1 s a replication
    // Enough replications that work is left for the dead worker's slot whenever its death is
    // noticed (a replacement is spawned when the slot is next needed): with 6, a loaded machine
    // sometimes let the other worker finish the run first, and no replacement was needed.
    const reference = await pool(1).run({ scenarios: [week], seed: 9, replications: 16 });
    let crashed = false;
    const running = p.run({ scenarios: [week], seed: 9, replications: 16 }, () => {
      if (crashed) return;
      crashed = true;
      // The call never answers (the thread is gone), so it is not awaited.
      void (handles[0].api as unknown as { crash(): Promise<void> }).crash().catch(() => {});
    });
    const out = await running;
    expect(out.status).toBe('complete');
    expect(handles.length).toBeGreaterThan(2); // a replacement was spawned
    expect(crashed).toBe(true);
    expect(out.merged[0]).toStrictEqual(reference.merged[0]);
  }, 60000);

  it('compares a scenario with itself: every paired difference is exactly zero', async () => {
    const out = await pool(2).run({
      scenarios: [county, structuredClone(county)],
      seed: 21,
      replications: 5,
      merge: false,
    });
    expect(out.merged).toEqual([null, null]); // only the metrics were kept
    const diffs = pairedDifferences(out.scalars);
    expect(diffs.length).toBeGreaterThan(5);
    for (const d of diffs) {
      expect(d.differences[0].mean).toBe(0);
      expect(d.differences[0].halfWidth).toBe(0);
    }
    // One more window helps: the paired difference of the mean wait is negative and significant.
    const more = structuredClone(county);
    const g = more.windows.groups[0];
    const bump = (xs: number[]) => xs.map((x) => Math.min(g.windows, x + 1));
    g.schedule = Array.isArray(g.schedule)
      ? bump(g.schedule)
      : { ordinary: bump(g.schedule.ordinary), filing: bump(g.schedule.filing), deadline: bump(g.schedule.deadline) };
    const cmp = await pool(2).run({ scenarios: [county, more], seed: 21, replications: 10 });
    const wait = pairedDifferences(cmp.scalars, ['wait.all.mean'])[0].differences[0];
    expect(wait.mean + wait.halfWidth!).toBeLessThan(0);
  }, 60000);

  it('stops early at the same replication count whatever the number of workers', async () => {
    const stop = { metric: 'wait.all.mean', halfWidth: 0.5, minReplications: 4 };
    const a = await pool(1).run({ scenarios: [county], seed: 13, replications: 200, stop });
    const b = await pool(2).run({ scenarios: [county], seed: 13, replications: 200, stop });
    expect(a.status).toBe('stopped');
    expect(a.replications).toBeLessThan(200);
    expect(b.replications).toBe(a.replications);
    expect(b.merged[0]).toStrictEqual(a.merged[0]);
    // Exactly the first k replications were merged (none that finished past k).
    expect(a.merged[0]!.replications).toBe(a.replications);
    expect(b.scalars[0].map((r) => r.replication)).toEqual([...Array(a.replications).keys()]);
    const m = a.merged[0]!.metrics['wait.all.mean'];
    expect(m.halfWidth!).toBeLessThanOrEqual(0.5);
  }, 60000);
});
