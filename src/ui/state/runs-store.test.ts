/**
 * The run store over a stand-in pool that runs real replications in this thread: which result
 * becomes "was", the note while the quick pass is shown, and that its status flags (partial,
 * refining, the failure, the progress) say only what holds for the result on screen.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textbookHall } from '../../../tests/support/textbook-hall.ts';
import { mergeResults } from '../../sim/results/merge.ts';
import { scalarsOf } from '../../sim/results/accumulate.ts';
import type { ReplicationResult } from '../../sim/hall/results.ts';
import { runReplication } from '../../sim/hall/run.ts';
import type { Scenario } from '../../sim/scenario/index.ts';
import type { Progress, RunOutcome, RunRequest } from '../../workers/pool.ts';

/** What the test does inside a pass (after the pass starts, before it returns), and how the pass ends. */
type Hook = (request: RunRequest) => 'complete' | 'cancelled' | 'nothing' | 'fail' | void;

const pool = {
  hooks: [] as Hook[],
  async run(request: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome> {
    const how = this.hooks.shift()?.(request) ?? 'complete';
    if (how === 'fail') throw new Error('replication 2 failed');
    const n = how === 'nothing' ? 0 : how === 'cancelled' ? 2 : request.replications;
    const results: ReplicationResult[] = Array.from({ length: n }, (_, r) =>
      runReplication(request.scenarios[0], { seed: request.seed, replication: r, groupLoad: request.groupLoad }),
    );
    onProgress?.({
      done: n,
      total: request.replications,
      fraction: n / request.replications,
      elapsedSeconds: 0.5,
      etaSeconds: 0,
    });
    return {
      status: how === 'cancelled' || how === 'nothing' ? 'cancelled' : 'complete',
      scalars: [results.map(scalarsOf)],
      merged: [n > 0 ? mergeResults(results) : null],
      replications: n,
      elapsedSeconds: 0.5,
      busySeconds: 0.5,
    };
  },
  cancel() {},
};
vi.mock('../pool-client.ts', () => ({ getPool: () => pool }));

const { runs } = await import('./runs.svelte.ts');

const hall = (windows: number): Scenario => textbookHall(windows);

const waitVerdict = () =>
  runs.merged ? runs.effectFor(runs.merged)?.figures.find((f) => f.id === 'wait-mean')?.verdict : undefined;

beforeEach(() => {
  pool.hooks = [];
  runs.replications = 6;
  runs.seed = 5;
});

describe('the run store', () => {
  it('compares the full result of an edit with the full result before it; the quick pass only says it will', async () => {
    await runs.run(hall(11), true, 0);
    expect([runs.status, runs.shownReplications, runs.partial, runs.refining]).toEqual(['done', 6, false, false]);
    expect(runs.change.baseline!.values.replications).toEqual([0, 1, 2, 3, 4, 5]);
    expect(waitVerdict()).toBeUndefined(); // nothing before it

    let during: unknown[] = [];
    pool.hooks = [
      () => {},
      () => {
        // The full pass: the quick result is on screen and being refined; the last pass's count is gone.
        during = [runs.shownReplications, runs.refining, runs.progress, runs.change.note, waitVerdict()];
      },
    ];
    await runs.run(hall(10), true, 0);
    expect(during).toEqual([4, true, null, 'waiting', undefined]);
    expect([runs.status, runs.shownReplications, runs.change.note]).toEqual(['done', 6, null]);
    expect(waitVerdict()).toBe('worse'); // 11 → 10 windows, the same taxpayers: longer waits
    const effect = runs.effectFor(runs.merged!)!;
    expect(effect.unpaired).toBeNull();
    expect(effect.figures[0].difference!.now).toBe(runs.merged!.metrics['wait.all.mean'].mean);
    // Only beside its own result.
    expect(runs.effectFor(mergeResults([runReplication(hall(10), { seed: 5, replication: 0 })]))).toBeNull();
  });

  it('a cancel in the full pass: the quick result is partial, not compared, and "was" stays', async () => {
    await runs.run(hall(11), true, 0);
    const was = runs.change.baseline;
    pool.hooks = [() => {}, () => 'nothing'];
    await runs.run(hall(9), true, 0);
    expect([runs.status, runs.partial, runs.shownReplications, runs.change.note]).toEqual([
      'cancelled',
      true,
      4,
      'partial',
    ]);
    expect(runs.effectFor(runs.merged!)).toBeNull();
    expect(runs.change.baseline).toBe(was);
    // Some replications of the full pass had finished: shown, partial, still not compared.
    pool.hooks = [() => {}, () => 'cancelled'];
    await runs.run(hall(9), true, 0);
    expect([runs.status, runs.partial, runs.shownReplications, runs.change.note]).toEqual([
      'cancelled',
      true,
      2,
      'partial',
    ]);
  });

  it('a cancel before anything new: the earlier complete result is still on screen, not marked partial', async () => {
    await runs.run(hall(11), true, 0);
    pool.hooks = [() => 'nothing'];
    await runs.run(hall(9), true, 0);
    expect([runs.status, runs.partial, runs.shownReplications]).toEqual(['cancelled', false, 6]);
  });

  it('a failure names the scenario it failed on, and ends the "comparison comes" note', async () => {
    await runs.run(hall(11), true, 0);
    pool.hooks = [() => {}, () => 'fail'];
    const s = hall(9);
    await runs.run(s, true, 0);
    expect([runs.status, runs.failedScenario, runs.change.note, runs.partial, runs.refining]).toEqual([
      'error',
      s,
      null,
      true,
      false,
    ]);
    // The next run clears it.
    await runs.run(hall(9), true, 0);
    expect([runs.status, runs.failure, runs.failedScenario]).toEqual(['done', null, null]);
  });

  it('a single pass (replications at most the quick count) is "running", not "refining"', async () => {
    runs.replications = 3;
    let during: unknown[] = [];
    pool.hooks = [() => void (during = [runs.stage, runs.refining])];
    await runs.run(hall(11), true, 0);
    expect(during).toEqual(['full', false]);
  });

  it('a scenario of another family (a loaded preset) is not compared', async () => {
    await runs.run(hall(11), true, 0);
    await runs.run(hall(10), true, 1);
    expect(waitVerdict()).toBeUndefined();
    expect(runs.change.note).toBeNull();
  });
});

const { RunStore } = await import('./runs.svelte.ts');
const { keptResults } = await import('./kept-results.ts');
const { memoryStore } = await import('./idb.ts');

describe('the first result of a visit', () => {
  /** A store whose kept results live in memory, as a page's would in IndexedDB. */
  function storeWith(kv = memoryStore()) {
    const kept = keptResults({ model: 'test-model', engine: 'test', demo: null, kv, fetchText: async () => null });
    const store = new RunStore(kept);
    store.replications = 6;
    store.seed = 5;
    return { store, kv };
  }

  it('runs the scenario when nothing is kept, and keeps the complete run', async () => {
    const { store, kv } = storeWith();
    let runsStarted = 0;
    pool.hooks = [() => void runsStarted++, () => void runsStarted++];
    await store.start(hall(11), 0);
    expect([runsStarted, store.status, store.fromKept, store.shownReplications]).toEqual([2, 'done', null, 6]);
    await vi.waitFor(() => expect(kv.data.size).toBe(1));
  });

  it('shows the kept result of the same scenario, seed and replications without running, and compares the next edit with it', async () => {
    const { store, kv } = storeWith();
    await store.start(hall(11), 0);
    await vi.waitFor(() => expect(kv.data.size).toBe(1));
    const ran = store.merged!;

    // A reload: a new store over the same browser storage.
    const { store: next } = storeWith(kv);
    let runsStarted = 0;
    pool.hooks = [() => void runsStarted++];
    await next.start(hall(11), 0);
    expect([runsStarted, next.status, next.fromKept, next.shownReplications, next.partial]).toEqual([
      0,
      'done',
      'browser',
      6,
      false,
    ]);
    // The very numbers of the run (structured clone, as IndexedDB keeps them).
    expect(next.merged).toEqual(ran);
    expect(next.change.baseline!.values.replications).toEqual([0, 1, 2, 3, 4, 5]);

    // An edit runs and is compared with the kept result: 11 → 10 windows waits longer.
    pool.hooks = [];
    await next.run(hall(10), true, 0);
    expect([next.fromKept, next.effectFor(next.merged!)?.figures.find((f) => f.id === 'wait-mean')?.verdict]).toEqual([
      null,
      'worse',
    ]);
  });

  it('another seed, another number of replications or another scenario runs instead', async () => {
    const { store, kv } = storeWith();
    await store.start(hall(11), 0);
    await vi.waitFor(() => expect(kv.data.size).toBe(1));
    for (const change of [
      (s: InstanceType<typeof RunStore>) => (s.seed = 6),
      (s: InstanceType<typeof RunStore>) => (s.replications = 5),
      () => {},
    ]) {
      const { store: next } = storeWith(kv);
      change(next);
      let runsStarted = 0;
      pool.hooks = [() => void runsStarted++, () => void runsStarted++];
      await next.start(change.length === 0 ? hall(10) : hall(11), 0);
      expect([runsStarted > 0, next.fromKept]).toEqual([true, null]);
    }
  });

  it('an edit made while the kept result is looked up wins: its run is not overwritten', async () => {
    const { store, kv } = storeWith();
    await store.start(hall(11), 0);
    await vi.waitFor(() => expect(kv.data.size).toBe(1));
    const { store: next } = storeWith(kv);
    const looking = next.start(hall(11), 0);
    await next.run(hall(9), false, 0);
    await looking;
    expect([next.fromKept, next.resultScenario!.windows.groups[0].windows]).toEqual([null, 9]);
  });
});

describe('looking up the first result while the page mounts', () => {
  it('start takes the look-up begun for the same scenario and settings, and looks again for another', async () => {
    const kv = memoryStore();
    const base = keptResults({ model: 'test-model', engine: 'test', demo: null, kv, fetchText: async () => null });
    const first = new RunStore(base);
    first.replications = 6;
    first.seed = 5;
    await first.start(hall(11), 0);
    await vi.waitFor(() => expect(kv.data.size).toBe(1));

    const asked: string[] = [];
    const counting = {
      find: (t: string, s: number, r: number) => (asked.push(`${s}/${r}`), base.find(t, s, r)),
      keep: base.keep,
    };
    const next = new RunStore(counting);
    next.replications = 6;
    next.seed = 5;
    next.lookUp(hall(11));
    await next.start(hall(11), 0);
    expect([asked, next.fromKept]).toEqual([['5/6'], 'browser']);

    // Looked up for one scenario, started with another (the page's first scenario changed): looks again.
    const other = new RunStore(counting);
    other.replications = 6;
    other.seed = 5;
    other.lookUp(hall(11));
    pool.hooks = [];
    await other.start(hall(10), 0);
    expect([asked, other.fromKept]).toEqual([['5/6', '5/6', '5/6'], null]);
  });
});
