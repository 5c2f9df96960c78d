import { beforeAll, describe, expect, it } from 'vitest';
import { ResultAccumulator, scalarsOf, type ReplicationScalars } from '../../../sim/results/accumulate.ts';
import { runReplication } from '../../../sim/hall/run.ts';
import type { Scenario } from '../../../sim/scenario/index.ts';
import type { Plan, PlanProgress } from '../../../sim/plan/recommendation.ts';
import { parseTarget } from '../../../sim/plan/target.ts';
import { poolSimulate } from '../../../workers/pool-simulate.ts';
import type { Progress, RunOutcome, RunRequest, WorkerPool } from '../../../workers/pool.ts';
import { formatters } from '../../charts/format.ts';
import { planEn } from '../../i18n/plan.en.ts';
import { planZh } from '../../i18n/plan.zh-CN.ts';
import type { WhatIfRuns } from '../compare/comparison-run.ts';
import { checkReplications, checkTarget } from './form.ts';
import { runPlan } from './plan-run.ts';
import { elapsedText, leftText, stageDetail, stageName, stepText } from '../../views/plan/progress.ts';
import { planPathEn } from '../../i18n/plan-path.en.ts';
import { planPathZh } from '../../i18n/plan-path.zh-CN.ts';
import { mmcTwoDays, SEED, smallPlan, TARGET } from '../../views/plan/test-fixtures.ts';

const OPTIONS = {
  targets: parseTarget(TARGET),
  replications: 4,
  seed: SEED,
  kiosks: false,
  staggered: false,
  backOffice: false,
  frontier: false,
};

/** A pool that runs replications in this thread; cancel() makes the run under way (or the next) end as cancelled. */
function standInPool(cancelAfterRuns = Infinity) {
  const log = { runs: 0, cancels: 0, requests: [] as RunRequest[] };
  let cancelled = false;
  const pool = {
    log,
    cancel() {
      log.cancels++;
      cancelled = true;
    },
    async run(request: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome> {
      log.runs++;
      log.requests.push(request);
      if (log.runs > cancelAfterRuns) pool.cancel();
      // Merged as they come, as the pool does.
      const merging = new ResultAccumulator();
      const scalars: ReplicationScalars[] = [];
      for (let r = 0; r < request.replications && !cancelled; r++) {
        const result = runReplication(request.scenarios[0], {
          seed: request.seed,
          replication: r,
          groupLoad: request.groupLoad,
        });
        scalars.push(scalarsOf(result));
        merging.add(result);
        onProgress?.({
          done: r + 1,
          total: request.replications,
          fraction: (r + 1) / request.replications,
          elapsedSeconds: 0,
          etaSeconds: 0,
        });
      }
      const status = cancelled ? 'cancelled' : 'complete';
      cancelled = false;
      const merged = [scalars.length > 0 ? merging.finish() : null];
      return { status, scalars: [scalars], merged, replications: scalars.length, elapsedSeconds: 0, busySeconds: 0 };
    },
  };
  return pool;
}

function fakeRuns(
  status = 'running',
  resultScenario: Scenario | null = mmcTwoDays(),
): WhatIfRuns & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    auto: true,
    heldBy: null,
    status,
    resultScenario,
    cancel: () => calls.push('cancel'),
    schedule: () => calls.push('schedule'),
  };
}

let small: Plan;
beforeAll(async () => {
  small = await smallPlan();
});

describe('running a plan on the shared pool', () => {
  it('holds the pool, pauses what-if runs, makes the same plan as in this thread, then restores them', async () => {
    const runs = fakeRuns('running');
    const pool = standInPool();
    const seen: { auto: boolean; held: string | null }[] = [];
    const stages = new Set<string>();
    const simulations: number[] = [];
    const out = await runPlan(
      {
        simulate: poolSimulate(pool as unknown as WorkerPool, () => seen.push({ auto: runs.auto, held: runs.heldBy })),
        runs,
        current: () => ({ scenario: mmcTwoDays(), valid: true }),
        cancelled: () => false,
        onSimulation: (n) => simulations.push(n),
      },
      mmcTwoDays(),
      { ...OPTIONS, onProgress: (p: PlanProgress) => stages.add(p.stage) },
    );
    expect(out.status).toBe('done');
    if (out.status !== 'done') return;
    // Same seeds, same simulations: the pool gives the plan the planner makes in this thread.
    expect(out.plan.staffing).toEqual(small.staffing);
    expect(out.plan.evaluation.recommended.met).toBe(small.evaluation.recommended.met);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.auto === false && s.held === 'plan')).toBe(true);
    expect(runs.heldBy).toBe(null);
    expect(runs.auto).toBe(true);
    // The what-if run it interrupted is run again.
    expect(runs.calls).toEqual(['cancel', 'schedule']);
    expect(simulations).toEqual(Array.from({ length: pool.log.runs }, (_, i) => i + 1));
    expect(pool.log.requests.every((r) => r.ledgers === false && r.groupLoad !== undefined && r.seed >= SEED)).toBe(
      true,
    );
    expect([...stages]).toEqual(expect.arrayContaining(['isa', 'refine', 'roster', 'evaluate']));
  });

  it('says cancelled, with no plan, when the pool run is cancelled; re-runs stay off when they were off', async () => {
    const runs = fakeRuns('done');
    runs.auto = false;
    let cancelled = false;
    const pool = standInPool();
    const out = await runPlan(
      {
        simulate: poolSimulate(pool as unknown as WorkerPool, (p) => {
          // Cancel pressed during the third simulation, as the store does it.
          if (pool.log.runs === 3 && p.done === 2) {
            cancelled = true;
            pool.cancel();
          }
        }),
        runs,
        current: () => ({ scenario: mmcTwoDays(), valid: true }),
        cancelled: () => cancelled,
      },
      mmcTwoDays(),
      OPTIONS,
    );
    expect(out).toEqual({ status: 'cancelled' });
    expect(pool.log.runs).toBe(3);
    expect(runs.auto).toBe(false);
    expect(runs.heldBy).toBe(null);
    expect(runs.calls).toEqual(['cancel']);
  });

  it('stops at the next simulation when Cancel comes between two', async () => {
    const runs = fakeRuns('idle');
    let cancelled = false;
    const pool = standInPool();
    const out = await runPlan(
      {
        simulate: async (request) => {
          const merged = await poolSimulate(pool as unknown as WorkerPool)(request);
          if (pool.log.runs === 2) cancelled = true; // after the run finished: the pool has nothing to cancel
          return merged;
        },
        runs,
        current: () => ({ scenario: mmcTwoDays(), valid: true }),
        cancelled: () => cancelled,
      },
      mmcTwoDays(),
      OPTIONS,
    );
    expect(out.status).toBe('cancelled');
    expect(pool.log.runs).toBe(2);
    expect(runs.auto).toBe(true);
    expect(runs.heldBy).toBe(null);
    // Not interrupted and the shown result is of the current scenario: nothing to re-run.
    expect(runs.calls).toEqual(['cancel']);
  });

  it('restores re-runs when the plan fails, and re-runs a scenario edited meanwhile', async () => {
    const runs = fakeRuns('done');
    const edited = mmcTwoDays();
    edited.windows.groups[0].windows = 11;
    await expect(
      runPlan(
        {
          simulate: async () => Promise.reject(new Error('worker died twice')),
          runs,
          current: () => ({ scenario: edited, valid: true }),
          cancelled: () => false,
        },
        mmcTwoDays(),
        OPTIONS,
      ),
    ).rejects.toThrow('worker died twice');
    expect(runs.auto).toBe(true);
    expect(runs.heldBy).toBe(null);
    expect(runs.calls).toEqual(['cancel', 'schedule']);
  });

  it('drops a plan finished after Cancel (its later stages were skipped)', async () => {
    const runs = fakeRuns('idle');
    let cancelled = false;
    const out = await runPlan(
      {
        simulate: async () => {
          throw new Error('not called');
        },
        runs,
        current: () => ({ scenario: mmcTwoDays(), valid: false }),
        cancelled: () => cancelled,
        make: async () => {
          cancelled = true;
          return small;
        },
      },
      mmcTwoDays(),
      OPTIONS,
    );
    expect(out.status).toBe('cancelled');
    expect(runs.calls).toEqual(['cancel']);
  });
});

describe('the settings as typed', () => {
  it('checks the target with the planner’s parser, in both languages', () => {
    const ok = checkTarget('filing:wait<=20min@85%;wait<=15min@90%/day');
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.targets.filing).toEqual({ waitMinutes: 20, share: 0.85, scope: 'interval' });
      expect(ok.targets.ordinary).toEqual({ waitMinutes: 15, share: 0.9, scope: 'day' });
    }
    const bad = checkTarget('wait<15min');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      // What is allowed, without the "target: got …" prefix (the field shows the value).
      expect(bad.message.en.startsWith('a target reads like wait<=15min@90%; e.g.')).toBe(true);
      expect(bad.message.zh.startsWith('目标应写作 wait<=15min@90%；例如')).toBe(true);
    }
    const share = checkTarget('wait<=15min@100%');
    expect(share.ok === false && share.message.zh).toBe('比例应大于 0% 且小于 100%，而不是 100%');
    expect(checkTarget('').ok).toBe(false);
  });

  it('takes replications from 10 to 2000', () => {
    expect(checkReplications('40')).toBe(40);
    expect(checkReplications(' 2,000 ')).toBe(2000);
    expect(checkReplications('10')).toBe(10);
    expect(checkReplications('9')).toBe(null);
    expect(checkReplications('2001')).toBe(null);
    expect(checkReplications('12.5')).toBe(null);
    expect(checkReplications('')).toBe(null);
  });
});

describe('the progress line', () => {
  const prog = (stage: PlanProgress['stage'], fraction: number, detail: string): PlanProgress => ({
    stage,
    stages: ['isa', 'refine', 'evaluate'],
    done: fraction * 100,
    expected: 100,
    fraction,
    detail,
  });
  it('reads the planner’s details back into words', () => {
    expect(stageName(prog('isa', 0.3, ''), planZh.progress)).toBe('迭代排班算法（ISA）');
    expect(stageDetail(prog('isa', 0.3, '3: ±2'), planEn.progress)).toBe('iteration 3, largest change ±2 window(s)');
    expect(stageDetail(prog('isa', 0.3, '3: ±2'), planZh.progress)).toBe('第 3 轮，最大变动 ±2 个窗口');
    expect(stageDetail(prog('refine', 0.5, '2: +13 −0'), planEn.progress)).toBe(
      'round 2: 13 window(s) added, 0 removed',
    );
    expect(stageDetail(prog('frontier', 0.9, ''), planEn.progress)).toBe('');
    expect(stageDetail(prog('kiosks', 0, 'x 1'), planEn.progress)).toBe('x 1');
  });

  it('gives the elapsed time in seconds, then minutes', () => {
    expect(elapsedText(42.7, planEn.progress, formatters('en'))).toBe('42 s');
    expect(elapsedText(65, planEn.progress, formatters('en'))).toBe('1 min 05 s');
    expect(elapsedText(125, planZh.progress, formatters('zh-CN'))).toBe('2 分 05 秒');
  });

  it('says which stage of how many, and the time left at the measured speed', () => {
    expect(stepText(prog('refine', 0.5, ''), planPathZh.progress)).toBe('第 2 步，共 3 步');
    expect(stepText(prog('evaluate', 0.9, ''), planPathEn.progress)).toBe('stage 3 of 3');
    expect(leftText(null, planPathZh.progress)).toBe('正在估计剩余时间');
    expect(leftText(37.2, planPathEn.progress)).toBe('about 40 s left');
    expect(leftText(0.4, planPathEn.progress)).toBe('about 5 s left');
    expect(leftText(128, planPathZh.progress)).toBe('约剩 2 分 10 秒');
  });
});
