import { beforeAll, describe, expect, it } from 'vitest';
import mmc from '../../../../data/scenarios/textbook-mmc.json';
import type { ReplicationResult } from '../../../sim/hall/results.ts';
import { scalarsOf } from '../../../sim/results/accumulate.ts';
import { runReplication } from '../../../sim/hall/run.ts';
import type { Scenario } from '../../../sim/scenario/index.ts';
import {
  MAIN_MEASURES,
  alignReplications,
  pairedDifferences,
  type PairedDifference,
} from '../../../workers/compare.ts';
import type { Progress, RunOutcome, RunRequest } from '../../../workers/pool.ts';
import { viewsEn } from '../../i18n/views.en.ts';
import { viewsZh } from '../../i18n/views.zh-CN.ts';
import type { Variant } from '../../state/storage.ts';
import { ciChart, colourOf } from './chart.ts';
import {
  choiceLabel,
  deleteVariant,
  makeBaseline,
  picksAfterVariantDelete,
  readScenarioFile,
  runnable,
  saveVariant,
  togglePick,
  variantChoice,
} from './choices.ts';
import { runComparison, type WhatIfRuns } from '../../state/compare/comparison-run.ts';
import {
  compareCsv,
  compareRows,
  decimalsFor,
  formatDiff,
  formatMean,
  measureName,
  missingCount,
  units,
  verdictOf,
} from '../../state/compare/table.ts';

const t = viewsEn.compare;
const SEED = 11;
const REPS = 4;

/** The M/M/10 check shortened to 3 days, and the same with an 11th window. */
function base(): Scenario {
  const s = structuredClone(mmc) as unknown as Scenario;
  s.calendar.days = 3;
  return s;
}
function oneMoreWindow(): Scenario {
  const s = base();
  const g = s.windows.groups[0];
  g.windows = 11;
  g.schedule = (g.schedule as number[]).map(() => 11);
  return s;
}

let results: ReplicationResult[][];
let diffs: PairedDifference[];

beforeAll(() => {
  const scenarios = [base(), oneMoreWindow()];
  results = scenarios.map((s) =>
    Array.from({ length: REPS }, (_, r) => runReplication(s, { seed: SEED, replication: r })),
  );
  diffs = pairedDifferences(results);
});

describe('comparison table from a real paired comparison', () => {
  it('shows the means side by side and the paired difference with its interval, in shown units', () => {
    const rows = compareRows(diffs);
    expect(rows.map((r) => r.metric)).toEqual(MAIN_MEASURES.filter((m) => !m.startsWith('cases.')));
    expect(missingCount(MAIN_MEASURES, rows)).toBe(2); // no back office in the M/M/c check
    const wait = rows.find((r) => r.metric === 'wait.all.mean')!;
    const per = results[0].map((r0, i) => results[1][i].metrics['wait.all.mean'] - r0.metrics['wait.all.mean']);
    expect(wait.diffs[0].mean).toBeCloseTo(per.reduce((a, x) => a + x, 0) / REPS, 12);
    expect(wait.means[0]).toBeCloseTo(results[0].reduce((a, r) => a + r.metrics['wait.all.mean'], 0) / REPS, 12);
    // Erlang C: 0.2046 min with 10 windows; an 11th cuts it to about 0.07.
    expect(wait.means[0]).toBeGreaterThan(0.15);
    expect(wait.means[0]).toBeLessThan(0.26);
    expect(wait.diffs[0].mean).toBeLessThan(-0.08);
    expect(wait.diffs[0].verdict).toBe('better');
    expect(wait.diffs[0].n).toBe(REPS);
    // Shares are shown in percent, differences in percentage points.
    const util = rows.find((r) => r.metric === 'windows.all.utilisation')!;
    const d = diffs.find((x) => x.metric === 'windows.all.utilisation')!;
    expect(util.means[0]).toBeCloseTo(d.means[0] * 100, 10);
    expect(util.means[0]).toBeGreaterThan(78);
    expect(util.means[0]).toBeLessThan(82);
    expect(util.diffs[0].verdict).toBe('lower'); // neither better nor worse
    expect(units(util, t)).toEqual({ mean: '%', diff: 'pp' });
    // Staff time: 10 % more, in hours; a cost, so worse.
    const staff = rows.find((r) => r.metric === 'windows.staffMinutes')!;
    // Window time over the whole horizon (warm-up included): 3 days × 24 h × 10 windows.
    expect(staff.means[0]).toBeCloseTo(3 * 24 * 10, 6);
    expect(staff.diffs[0].mean).toBeCloseTo(3 * 24, 6);
    expect(staff.diffs[0].halfWidth).toBeCloseTo(0, 6);
    expect(staff.diffs[0].verdict).toBe('worse');
  });

  it('formats "+2.3 (±0.8)" by the precision of the interval, in each language', () => {
    const row = compareRows([
      { metric: 'wait.all.mean', means: [10, 12.3], differences: [{ mean: 2.3, halfWidth: 0.8, n: 20 }] },
    ])[0];
    expect(row.decimals).toBe(1);
    expect(formatDiff(row, row.diffs[0], 'en')).toBe('+2.3 (±0.8)');
    expect(formatMean(row, row.means[1], 'zh-CN')).toBe('12.3');
    expect(row.diffs[0].verdict).toBe('worse');
    const share = compareRows([
      {
        metric: 'wait.all.withinTarget',
        means: [0.9, 0.85],
        differences: [{ mean: -0.0512, halfWidth: 0.0123, n: 20 }],
      },
    ])[0];
    expect(formatDiff(share, share.diffs[0], 'en')).toBe('-5.1 (±1.2)');
    expect(share.diffs[0].verdict).toBe('worse');
    const none = compareRows([
      { metric: 'count.balked', means: [3, 3], differences: [{ mean: 0, halfWidth: null, n: 1 }] },
    ])[0];
    expect(formatDiff(none, none.diffs[0], 'en')).toBe('0');
    expect(none.diffs[0].verdict).toBe('unknown');
    expect(
      formatMean(compareRows([{ metric: 'count.served.window', means: [12345.6], differences: [] }])[0], 12345.6, 'en'),
    ).toBe('12,346');
  });

  it('gives a verdict only when the interval leaves out 0', () => {
    expect(verdictOf(-1, 0.5, 'lower')).toBe('better');
    expect(verdictOf(-1, 1.5, 'lower')).toBe('same');
    expect(verdictOf(1, 0.5, 'lower')).toBe('worse');
    expect(verdictOf(1, 0.5, 'higher')).toBe('better');
    expect(verdictOf(-1, 0.5, 'neither')).toBe('lower');
    expect(verdictOf(0, 0, 'lower')).toBe('same');
    expect(verdictOf(1, null, 'lower')).toBe('unknown');
    expect(decimalsFor(0.8, 1)).toBe(1);
    expect(decimalsFor(1.6, 0)).toBe(1);
    expect(decimalsFor(12, 0)).toBe(0);
    expect(decimalsFor(0.0123, 0)).toBe(3);
    expect(decimalsFor(null, 2)).toBe(2);
    expect(decimalsFor(0, 2)).toBe(2);
  });

  it('writes the table as CSV with translated headers', () => {
    const rows = compareRows(diffs);
    const csv = compareCsv(rows, ['Base', 'Plus one'], t);
    expect(csv.header).toEqual([
      'Measure',
      'Unit',
      'Better when',
      'Mean: Base',
      'Mean: Plus one',
      'Plus one − baseline',
      'Plus one: CI half-width',
      'Plus one: CI low',
      'Plus one: CI high',
      'Plus one: verdict',
      'Plus one: paired replications',
    ]);
    const wait = csv.rows[0];
    const row = rows[0];
    expect(wait.slice(0, 3)).toEqual(['Mean wait', 'min', 'lower']);
    expect(wait.slice(3, 5)).toEqual(row.means);
    expect(wait.slice(5)).toEqual([
      row.diffs[0].mean,
      row.diffs[0].halfWidth,
      row.diffs[0].low,
      row.diffs[0].high,
      'better',
      REPS,
    ]);
    const zh = compareCsv(rows, ['甲', '乙'], viewsZh.compare);
    expect(zh.header[0]).toBe('指标');
    expect(zh.rows[0][0]).toBe('平均等候时间');
    expect(measureName('nope', t)).toBe('nope');
  });
});

describe('pairing after a cancel', () => {
  it('pairs by replication number, never by position', () => {
    // Scenario 0 lost replication 1, scenario 1 lost replication 3.
    const partial = [results[0].filter((r) => r.replication !== 1), results[1].filter((r) => r.replication !== 3)];
    const aligned = alignReplications(partial);
    expect(aligned.map((rs) => rs.map((r) => r.replication))).toEqual([
      [0, 2],
      [0, 2],
    ]);
    // pairedDifferences aligns by itself: given the raw partial lists, it pairs by number too.
    const wait = pairedDifferences(partial, ['wait.all.mean'])[0];
    const expected = [0, 2].map((i) => results[1][i].metrics['wait.all.mean'] - results[0][i].metrics['wait.all.mean']);
    expect(wait.differences[0].mean).toBeCloseTo((expected[0] + expected[1]) / 2, 12);
    expect(wait.differences[0].n).toBe(2);
    expect(alignReplications([])).toEqual([]);
  });
});

describe('running a comparison on the shared pool', () => {
  function fakeRuns(status = 'running'): WhatIfRuns & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      auto: true,
      heldBy: null,
      status,
      resultScenario: base(),
      cancel: () => calls.push('cancel'),
      schedule: () => calls.push('schedule'),
    };
  }

  it('pauses what-if re-runs while it runs, restores them and re-runs what it interrupted', async () => {
    const runs = fakeRuns();
    let seen: RunRequest | null = null;
    let autoDuring: boolean | null = null;
    let heldDuring: string | null = null;
    const progress: Progress[] = [];
    const pool = {
      run: async (request: RunRequest, onProgress?: (p: Progress) => void): Promise<RunOutcome> => {
        seen = request;
        autoDuring = runs.auto;
        heldDuring = runs.heldBy;
        onProgress?.({ done: 8, total: 8, fraction: 1, elapsedSeconds: 0.5, etaSeconds: 0 });
        const scalars = results.map((rs) => rs.map(scalarsOf));
        return {
          status: 'complete',
          scalars,
          merged: [null, null],
          replications: REPS,
          elapsedSeconds: 0.5,
          busySeconds: 1,
        };
      },
    };
    const out = await runComparison(
      pool,
      runs,
      { scenarios: [base(), oneMoreWindow()], seed: SEED, replications: REPS },
      (p) => progress.push(p),
      () => ({ scenario: base(), valid: true }),
    );
    expect(autoDuring).toBe(false);
    expect(heldDuring).toBe('compare');
    expect(runs.heldBy).toBe(null);
    expect(seen!.ledgers).toBe(false);
    expect(seen!.merge).toBe(false); // only the metrics are compared
    expect(seen!.seed).toBe(SEED);
    expect(runs.auto).toBe(true);
    expect(runs.calls).toEqual(['cancel', 'schedule']);
    expect(progress).toHaveLength(1);
    expect(out).toMatchObject({ status: 'complete', asked: REPS, paired: REPS, seed: SEED });
    expect(out.rows).toEqual(diffs);
  });

  it('keeps automatic re-runs off when they were off, and reports a partial run', async () => {
    const runs = fakeRuns('done');
    runs.auto = false;
    const partial = [results[0].slice(0, 3), results[1].slice(0, 2)];
    const pool = {
      run: async (): Promise<RunOutcome> => ({
        status: 'cancelled',
        scalars: partial.map((rs) => rs.map(scalarsOf)),
        merged: [null, null],
        replications: 2,
        elapsedSeconds: 0.2,
        busySeconds: 0.3,
      }),
    };
    const out = await runComparison(
      pool,
      runs,
      { scenarios: [base(), oneMoreWindow()], seed: SEED, replications: REPS },
      () => {},
      () => ({ scenario: base(), valid: true }),
    );
    expect(runs.auto).toBe(false);
    expect(runs.calls).toEqual(['cancel']);
    expect(out).toMatchObject({ status: 'cancelled', asked: REPS, paired: 2 });
    expect(out.rows[0].differences[0].n).toBe(2);
  });

  it('restores re-runs even when the run fails, and re-runs a scenario edited meanwhile', async () => {
    const runs = fakeRuns('done');
    const pool = { run: async (): Promise<RunOutcome> => Promise.reject(new Error('worker died twice')) };
    await expect(
      runComparison(
        pool,
        runs,
        { scenarios: [base(), base()], seed: 1, replications: 2 },
        () => {},
        () => ({ scenario: oneMoreWindow(), valid: true }),
      ),
    ).rejects.toThrow('worker died twice');
    expect(runs.auto).toBe(true);
    expect(runs.calls).toEqual(['cancel', 'schedule']);
  });

  it('has nothing to compare when no replication finished for every scenario', async () => {
    const runs = fakeRuns('idle');
    const pool = {
      run: async (): Promise<RunOutcome> => ({
        status: 'cancelled',
        scalars: [results[0].slice(0, 1).map(scalarsOf), []],
        merged: [null, null],
        replications: 0,
        elapsedSeconds: 0.1,
        busySeconds: 0.1,
      }),
    };
    const out = await runComparison(
      pool,
      runs,
      { scenarios: [base(), base()], seed: 1, replications: 2 },
      () => {},
      () => ({ scenario: base(), valid: true }),
    );
    expect(out.paired).toBe(0);
    expect(out.rows).toEqual([]);
    expect(runs.calls).toEqual(['cancel']);
  });
});

describe('scenario choices', () => {
  it('keeps picks in the order picked; the first is the baseline', () => {
    let p = togglePick([], 'preset-demo-hall', true);
    p = togglePick(p, 'current', true);
    p = togglePick(p, 'variant-0', true);
    expect(p).toEqual(['preset-demo-hall', 'current', 'variant-0']);
    expect(togglePick(p, 'preset-demo-hall', false)).toEqual(['current', 'variant-0']);
    expect(makeBaseline(p, 'variant-0')).toEqual(['variant-0', 'preset-demo-hall', 'current']);
    expect(makeBaseline(p, 'file-9')).toEqual(p);
    expect(picksAfterVariantDelete(['variant-2', 'current', 'variant-0', 'variant-1'], 1)).toEqual([
      'variant-1',
      'current',
      'variant-0',
    ]);
  });

  it('saves, replaces and deletes variants', () => {
    const now = new Date('2026-03-05T08:00:00Z');
    expect(saveVariant([], '  ', base(), now)).toBeNull();
    const a = saveVariant([], ' Lunch +2 ', base(), now)!;
    expect(a).toMatchObject({ index: 0, replaced: false });
    expect(a.list[0]).toMatchObject({ name: 'Lunch +2', savedAt: '2026-03-05T08:00:00.000Z' });
    const b = saveVariant(a.list, 'Eleven', oneMoreWindow(), now)!;
    expect(b.list.map((v) => v.name)).toEqual(['Lunch +2', 'Eleven']);
    const c = saveVariant(b.list, 'Lunch +2', oneMoreWindow(), now)!;
    expect(c).toMatchObject({ index: 0, replaced: true });
    expect(c.list[0].scenario.windows.groups[0].windows).toBe(11);
    expect(deleteVariant(c.list, 0).map((v) => v.name)).toEqual(['Eleven']);
    const choice = variantChoice(c.list[1], 1);
    expect(choice).toMatchObject({ id: 'variant-1', kind: 'variant', name: 'Eleven' });
    expect(runnable(choice)).toBe(true);
    const broken: Variant = { name: 'old', savedAt: '', scenario: { ...base(), types: [] } };
    expect(runnable(variantChoice(broken, 2))).toBe(false);
    expect(choiceLabel(choice, t, 'en')).toBe('Variant: Eleven');
    expect(choiceLabel({ kind: 'preset', name: base().name }, viewsZh.compare, 'zh-CN')).toBe(
      '预置：教科书模型：M/M/10',
    );
  });

  it('reads a scenario file, showing its problems rather than running it', () => {
    expect(readScenarioFile('{', 'x')).toMatchObject({ ok: false });
    expect(readScenarioFile('[1]', 'not a scenario object')).toEqual({ ok: false, why: 'not a scenario object' });
    const good = readScenarioFile(`\uFEFF${JSON.stringify(base())}`, 'x');
    expect(good).toMatchObject({ ok: true, problems: [] });
    const bad = readScenarioFile(JSON.stringify({ ...base(), demand: { ...base().demand, dailyVolume: -5 } }), 'x');
    expect(bad.ok).toBe(true);
    if (bad.ok) {
      expect(bad.problems.length).toBeGreaterThan(0);
      expect(bad.problems[0].path).toContain('dailyVolume');
      expect(
        runnable({ id: 'file-1', kind: 'file', name: 'f.json', scenario: bad.scenario, problems: bad.problems }),
      ).toBe(false);
    }
  });
});

describe('interval chart', () => {
  it('places each difference and its interval on a scale symmetric around 0', () => {
    const row = compareRows([
      {
        metric: 'wait.all.mean',
        means: [5, 3, 6],
        differences: [
          { mean: -2, halfWidth: 1, n: 9 },
          { mean: 1, halfWidth: 0.5, n: 9 },
        ],
      },
    ])[0];
    const c = ciChart(row.diffs, 160, 10);
    expect(c.zero).toBe(80);
    // Widest end: |−3| → the left margin.
    expect(c.marks[0]).toMatchObject({ x0: 10, x1: 80 - (1 / 3) * 70, x: 80 - (2 / 3) * 70 });
    expect(c.marks[1].x1).toBeCloseTo(80 + 0.5 * 70, 10);
    expect(c.marks[1].y).toBeGreaterThan(c.marks[0].y);
    const flat = ciChart(
      compareRows([{ metric: 'count.balked', means: [0, 0], differences: [{ mean: 0, halfWidth: 0, n: 3 }] }])[0].diffs,
    );
    expect(flat.marks[0].x).toBe(flat.zero);
    expect(colourOf(0)).toBe('#0072B2');
    expect(colourOf(7)).toBe('#0072B2');
  });
});
