/**
 * The run store over a stand-in pool that runs real replications in this thread: which result
 * becomes "was", the note while the quick pass is shown, and that its status flags (partial,
 * refining, the failure, the progress) say only what holds for the result on screen.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import mmc from '../../../data/scenarios/textbook-mmc.json';
import { mergeResults } from '../../sim/hall/merge.ts';
import type { ReplicationResult } from '../../sim/hall/results.ts';
import { runReplication } from '../../sim/hall/run.ts';
import type { Scenario } from '../../sim/hall/scenario.ts';
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
    onProgress?.({ done: n, total: request.replications, fraction: n / request.replications, elapsedSeconds: 0.5, etaSeconds: 0 });
    return { status: how === 'cancelled' || how === 'nothing' ? 'cancelled' : 'complete', results: [results], replications: n, elapsedSeconds: 0.5, busySeconds: 0.5 };
  },
  async merge(results: ReplicationResult[]) {
    return mergeResults(results);
  },
  cancel() {},
};
vi.mock('../pool-client.ts', () => ({ getPool: () => pool }));

const { runs } = await import('./runs.svelte.ts');

function hall(windows: number): Scenario {
  const s = structuredClone(mmc) as unknown as Scenario;
  s.calendar.days = 2;
  const g = s.windows.groups[0];
  g.windows = windows;
  g.schedule = (g.schedule as number[]).map(() => windows);
  return s;
}

const waitVerdict = () => (runs.merged ? runs.effectFor(runs.merged)?.figures.find((f) => f.id === 'wait-mean')?.verdict : undefined);

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
    expect([runs.status, runs.partial, runs.shownReplications, runs.change.note]).toEqual(['cancelled', true, 4, 'partial']);
    expect(runs.effectFor(runs.merged!)).toBeNull();
    expect(runs.change.baseline).toBe(was);
    // Some replications of the full pass had finished: shown, partial, still not compared.
    pool.hooks = [() => {}, () => 'cancelled'];
    await runs.run(hall(9), true, 0);
    expect([runs.status, runs.partial, runs.shownReplications, runs.change.note]).toEqual(['cancelled', true, 2, 'partial']);
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
    expect([runs.status, runs.failedScenario, runs.change.note, runs.partial, runs.refining]).toEqual(['error', s, null, true, false]);
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
