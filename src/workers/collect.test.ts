/**
 * What a run keeps as replications finish (collect.ts), fed in orders a pool can produce: the
 * merged results are exactly mergeResults of the replications that count, and with a stop rule
 * nothing at or past the k it stops at is merged, even when one scenario runs far ahead.
 */
import { describe, expect, it } from 'vitest';
import { textbookHall } from '../../tests/support/textbook-hall.ts';
import type { ReplicationResult } from '../sim/hall/results.ts';
import { runReplication } from '../sim/hall/run.ts';
import { mergeResults } from '../sim/results/merge.ts';
import type { Scenario } from '../sim/scenario/index.ts';
import { RunCollector } from './collect.ts';
import { firstStop, type StopRule } from './early-stop.ts';

const REPS = 12;

const scenario = (windows: number): Scenario => textbookHall(windows);

const results: ReplicationResult[][] = [11, 12].map((w) =>
  Array.from({ length: REPS }, (_, replication) =>
    runReplication(scenario(w), { seed: 4, replication, groupLoad: true }),
  ),
);

/** Scenario 0 entirely first, last replication first; then scenario 1 in a scrambled order. */
const AHEAD: [number, number][] = [
  ...[...Array(REPS).keys()].reverse().map((r): [number, number] => [0, r]),
  ...[3, 0, 2, 1, 7, 4, 6, 5, 11, 8, 10, 9].map((r): [number, number] => [1, r]),
];

describe('what a run keeps', () => {
  it('merges every scenario as mergeResults does, in any arrival order', () => {
    const c = new RunCollector(2, REPS, undefined, true);
    for (const [s, r] of AHEAD) c.add(s, results[s][r]);
    const out = c.collect();
    expect(out.replications).toBe(REPS);
    expect(out.merged[0]).toStrictEqual(mergeResults(results[0]));
    expect(out.merged[1]).toStrictEqual(mergeResults(results[1]));
    expect(out.scalars[1].map((x) => x.replication)).toEqual([...Array(REPS).keys()]);
  });

  it('stops at the k the rule gives in order, and merges exactly replications 0..k−1', () => {
    // A half-width that the in-order check meets somewhere between the minimum and the cap.
    const probe: StopRule = { metric: 'wait.all.mean', halfWidth: 1e9, minReplications: 4, difference: true };
    const diffs = results[0].map((r, i) => results[1][i].metrics['wait.all.mean'] - r.metrics['wait.all.mean']);
    const sd = (xs: number[]) => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
    };
    const rule = { ...probe, halfWidth: (2.2 * sd(diffs.slice(0, 8))) / Math.sqrt(8) };
    const want = firstStop(results, rule, { checked: 0 });
    expect(want).toBeGreaterThanOrEqual(4);
    expect(want).toBeLessThan(REPS);

    const c = new RunCollector(2, REPS, rule, true);
    for (const [s, r] of AHEAD) c.add(s, results[s][r]);
    expect(c.stoppedAt).toBe(want);
    const out = c.collect();
    expect(out.replications).toBe(want);
    for (const s of [0, 1]) {
      expect(out.merged[s]).toStrictEqual(mergeResults(results[s].slice(0, want)));
      expect(out.scalars[s]).toHaveLength(want);
    }
  });

  it('without merging keeps only the scalars; a cancel keeps whatever finished', () => {
    const c = new RunCollector(2, REPS, undefined, false);
    for (const [s, r] of AHEAD.slice(0, 15)) c.add(s, results[s][r]);
    const out = c.collect();
    expect(out.merged).toEqual([null, null]);
    expect(out.scalars.map((x) => x.length)).toEqual([REPS, 3]);
    expect(out.replications).toBe(3);
    expect(out.scalars[1].map((x) => x.replication)).toEqual([0, 2, 3]);
    expect(out.scalars[1][0].metrics).toBe(results[1][0].metrics);
  });
});
