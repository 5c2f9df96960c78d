/**
 * Merging as results arrive (accumulate.ts, fold.ts): results added in any order, with gaps
 * (a cancel) or cut at an early stop, give exactly — bit for bit, key order included —
 * `mergeResults` of the same replications; and against merging in two passes, as HallFlow did
 * before (the reference below, written out again), every mean and count is bit-identical and
 * the half-widths agree to 1e-12 relative (one pass rounds the spread differently).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RESULTS_LOAD } from '../hall/group-load.ts';
import type { ReplicationResult } from '../hall/results.ts';
import { runReplication } from '../hall/run.ts';
import { tCritical } from '../math/student-t.ts';
import { ParameterError } from '../errors.ts';
import { CHANNELS, DAY_TYPES, type Scenario } from '../scenario/index.ts';
import { ResultAccumulator, scalarsOf } from './accumulate.ts';
import { mergeResults, type MergedResult, type MergedSeries } from './merge.ts';

const preset = (name: string): Scenario =>
  JSON.parse(readFileSync(new URL(`../../../data/scenarios/${name}.json`, import.meta.url), 'utf8'));

function replications(s: Scenario, n: number, groupLoad: typeof RESULTS_LOAD | true): ReplicationResult[] {
  return Array.from({ length: n }, (_, replication) => runReplication(s, { seed: 17, replication, groupLoad }));
}

/** Bit-for-bit equality: numbers by Object.is, typed arrays byte by byte, keys in the same order. */
function sameBits(a: unknown, b: unknown, path = ''): string | null {
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return path;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    return x.length === y.length && x.every((v, i) => v === y[i]) ? null : path;
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? null : path;
  const ka = Object.keys(a);
  if (ka.join() !== Object.keys(b).join()) return `${path} (keys)`;
  for (const k of ka) {
    const d = sameBits((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d !== null) return d;
  }
  return null;
}

/** Adds `order` (indices into results) to a fresh accumulator and merges. */
function accumulate(results: ReplicationResult[], order: number[]): MergedResult {
  const acc = new ResultAccumulator();
  for (const i of order) acc.add(results[i]);
  return acc.finish();
}

/** A shuffle fixed by its seed (xorshift), so a failure can be replayed. */
function shuffled(n: number, seed: number): number[] {
  const a = [...Array(n).keys()];
  let x = seed;
  for (let i = n - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// The two-pass merge as it was, for one series and for one ratio estimate: the reference.
function twoPass(arrays: Float64Array[], level: number, has?: (rep: number, i: number) => boolean): MergedSeries {
  const cells = arrays[0].length;
  const n = new Float64Array(cells);
  const mean = new Float64Array(cells);
  const halfWidth = new Float64Array(cells);
  arrays.forEach((a, k) => a.forEach((x, i) => (!has || has(k, i) ? (n[i]++, (mean[i] += x)) : 0)));
  for (let i = 0; i < cells; i++) if (n[i] > 0) mean[i] /= n[i];
  arrays.forEach((a, k) => a.forEach((x, i) => (!has || has(k, i) ? (halfWidth[i] += (x - mean[i]) ** 2) : 0)));
  for (let i = 0; i < cells; i++)
    halfWidth[i] = n[i] < 2 ? 0 : tCritical(level, n[i] - 1) * Math.sqrt(halfWidth[i] / (n[i] - 1) / n[i]);
  return { mean, halfWidth };
}

function twoPassRatio(nums: Float64Array[], dens: Float64Array[], cells: number, key: (c: number) => number) {
  const n = nums.length;
  const w = nums.map((a) => a.reduce((o, x, c) => ((o[key(c)] += x), o), new Float64Array(cells)));
  const j = dens.map((a) => a.reduce((o, x, c) => ((o[key(c)] += x), o), new Float64Array(cells)));
  const mean = new Float64Array(cells);
  const halfWidth = new Float64Array(cells);
  for (let k = 0; k < cells; k++) {
    let sw = 0;
    let sj = 0;
    for (let r = 0; r < n; r++) [sw, sj] = [sw + w[r][k], sj + j[r][k]];
    if (sj === 0) continue;
    const R = (mean[k] = sw / sj);
    let ss = 0;
    for (let r = 0; r < n; r++) ss += (w[r][k] - R * j[r][k]) ** 2;
    halfWidth[k] = (tCritical(0.95, n - 1) * Math.sqrt(ss / (n - 1) / n)) / (sj / n);
  }
  return { mean, halfWidth };
}

/** Means bit for bit; half-widths to 1e-12 of themselves (or of the mean's scale, where they vanish). */
function expectClose(got: MergedSeries, want: MergedSeries, what: string) {
  expect(sameBits(got.mean, want.mean), `${what}: mean`).toBeNull();
  let worst = 0;
  got.halfWidth.forEach((h, i) => {
    const scale = Math.max(Math.abs(want.halfWidth[i]), 1e-3 * Math.abs(want.mean[i]), 1e-300);
    worst = Math.max(worst, Math.abs(h - want.halfWidth[i]) / scale);
  });
  expect(worst, `${what}: half-width`).toBeLessThan(1e-12);
}

describe('merging as results arrive', () => {
  const small = preset('textbook-mmc');
  small.calendar.days = 3;
  const cases = [
    { name: 'a small scenario (M/M/c, 3 days, planner load)', results: replications(small, 7, true) },
    { name: 'the demo hall (a month, results load)', results: replications(preset('demo-hall'), 6, RESULTS_LOAD) },
    { name: 'the 12366 hotline (planner load)', results: replications(preset('city-hotline'), 4, true) },
  ];

  for (const { name, results } of cases) {
    it(`in any order is mergeResults bit for bit: ${name}`, () => {
      const all = mergeResults(results);
      const n = results.length;
      const orders = [
        [...Array(n).keys()],
        [...Array(n).keys()].reverse(),
        shuffled(n, 1),
        shuffled(n, 2),
        shuffled(n, 3),
      ];
      for (const order of orders) expect(sameBits(accumulate(results, order), all), `order ${order}`).toBeNull();
      expect(all.replications).toBe(n);
    });
  }

  it('sums the in-system histograms bin by bin, each cell holding as many as joined it', () => {
    for (const { results } of cases.filter((c) => c.results[0].groupLoad!.inSystem.length > 0)) {
      const { bins, joined } = results[0].groupLoad!;
      const expected = new Float64Array(results[0].groupLoad!.inSystem.length);
      for (const r of results) {
        const l = r.groupLoad!;
        l.inSystem.forEach((x, i) => (expected[i] += x));
        // What the merge relies on to stop early in a cell (merge-group-load.ts, addHistograms).
        for (let c = 0; c < joined.length; c++)
          expect(l.inSystem.subarray(c * bins, (c + 1) * bins).reduce((a, x) => a + x, 0)).toBe(l.joined[c]);
      }
      const merged = mergeResults(results).groupLoad!.inSystem;
      expect(Array.from(merged)).toEqual(Array.from(expected));
      expect(expected.some((x) => x > 0)).toBe(true);
    }
  });

  it('against two passes: means and counts bit for bit, half-widths to 1e-12', () => {
    for (const { results } of cases) {
      const m = mergeResults(results);
      const iv = results.map((r) => r.intervals);
      expectClose(
        m.intervals.tickets,
        twoPass(
          iv.map((s) => s.tickets),
          0.95,
        ),
        'tickets',
      );
      expectClose(
        m.intervals.busy,
        twoPass(
          iv.map((s) => s.busy),
          0.95,
        ),
        'busy',
      );
      const waits = (k: number, i: number) => iv[k].waitCount[i] > 0;
      expectClose(
        m.intervals.waitMean,
        twoPass(
          iv.map((s) => s.waitMean),
          0.95,
          waits,
        ),
        'interval waits',
      );
      const served = (k: number, i: number) => results[k].days.served[i] > 0;
      expectClose(
        m.days.waitP90,
        twoPass(
          results.map((r) => r.days.waitP90),
          0.95,
          served,
        ),
        'day p90',
      );
      for (const t of DAY_TYPES) {
        const ps = results.map((r) => r.profiles[t]);
        const has = (k: number, i: number) => ps[k].waitCount[i] > 0;
        expectClose(
          m.profiles[t].waitMean,
          twoPass(
            ps.map((p) => p.waitMean),
            0.95,
            has,
          ),
          `${t} profile`,
        );
        expectClose(
          m.profiles[t].open,
          twoPass(
            ps.map((p) => p.open),
            0.95,
          ),
          `${t} open`,
        );
      }
      expectClose(
        m.waitDistribution.shares,
        twoPass(
          results.map((r) => r.waitDistribution.shares),
          0.95,
        ),
        'shares',
      );
      if (iv[0].hotline)
        expectClose(
          m.intervals.hotline!.offered,
          twoPass(
            iv.map((s) => s.hotline!.offered),
            0.95,
          ),
          'hotline',
        );
      // Metrics: two passes over the per-replication values, as before.
      for (const k of ['wait.all.mean', 'windows.all.utilisation']) {
        const ref = twoPass(
          results.map((r) => Float64Array.of(r.metrics[k])),
          0.95,
        );
        expect(m.metrics[k].mean).toBe(ref.mean[0]);
        expect(m.metrics[k].halfWidth).toBe(ref.halfWidth[0]);
      }
      expect(m.events).toBe(results.reduce((a, r) => a + r.events, 0));

      const g = m.groupLoad!;
      const loads = results.map((r) => r.groupLoad!);
      expectClose(
        { mean: g.queue, halfWidth: g.queueHalfWidth },
        twoPass(
          loads.map((l) => l.queue),
          0.95,
        ),
        'line',
      );
      expect(
        sameBits(
          g.joined,
          twoPass(
            loads.map((l) => l.joined),
            0.95,
          ).mean,
        ),
      ).toBeNull();
      const inSystem = new Float64Array(loads[0].inSystem.length);
      for (const l of loads) l.inSystem.forEach((x, i) => (inSystem[i] += x));
      expect(sameBits(g.inSystem, inSystem)).toBeNull();
      if (loads[0].hotline) expect(g.hotline!.replications).toBe(results.length);
      const I = loads[0].intervals;
      const C = CHANNELS.length * DAY_TYPES.length;
      const within = loads.map((l) => l.within);
      const joined = loads.map((l) => l.joined);
      const ratios: [string, { mean: Float64Array; halfWidth: Float64Array }, ReturnType<typeof twoPassRatio>][] = [
        ['share.cell', g.share.cell, twoPassRatio(within, joined, joined[0].length, (c) => c)],
        ['share.hallDay', g.share.hallDay, twoPassRatio(within, joined, 3, (c) => Math.floor(c / I) % 3)],
        ['share.hallAll', g.share.hallAll, twoPassRatio(within, joined, 1, () => 0)],
        [
          'wait.channelDay',
          g.wait.channelDay,
          twoPassRatio(
            loads.map((l) => l.channelWaitSum),
            loads.map((l) => l.channelServed),
            C,
            (c) => Math.floor(c / I) % C,
          ),
        ],
      ];
      for (const [what, got, want] of ratios) {
        // Where nobody joined the reference leaves 0 and the estimate says 1 (share) or 0 (wait).
        const mean = got.mean.map((x, k) => (want.mean[k] === 0 && want.halfWidth[k] === 0 ? 0 : x));
        expectClose({ mean, halfWidth: got.halfWidth }, want, what);
      }
    }
  });

  it('after a cancel: the replications that finished, in any order, gaps and all', () => {
    const { results } = cases[0];
    const finished = [0, 1, 3, 4, 6]; // 2 and 5 were still running
    const want = mergeResults(finished.map((i) => results[i]));
    expect(sameBits(accumulate(results, [4, 6, 0, 3, 1]), want)).toBeNull();
    // The lowest replication's ledgers, even when it is not 0.
    expect(accumulate(results, [3, 4]).ledgerReplication).toBe(3);
  });

  it('keeps only results that wait for a lower replication', () => {
    const { results } = cases[0];
    const acc = new ResultAccumulator();
    const seen: number[] = [];
    for (const i of [1, 2, 0, 4, 3, 6, 5]) {
      acc.add(results[i]);
      seen.push(acc.waitingCount);
    }
    expect(seen).toEqual([1, 2, 0, 1, 0, 1, 0]);
    expect(acc.size).toBe(7);
    // Nothing of a folded result is used after it was added: its arrays may be reused.
    const want = mergeResults(results);
    const copies = results.map((r) => structuredClone(r));
    const reused = new ResultAccumulator();
    for (const r of copies) {
      reused.add(r);
      r.intervals.tickets.fill(-1);
      r.groupLoad!.within.fill(-1);
    }
    expect(sameBits(reused.finish(), want)).toBeNull();
  });

  it('an early stop at k: nothing past k folded, later ones refused', () => {
    const { results } = cases[0];
    const acc = new ResultAccumulator();
    acc.foldBelow(3); // the rule is not yet checked past 3
    for (const i of [0, 4, 1, 5, 2, 3]) acc.add(results[i]);
    expect(acc.waitingCount).toBe(3); // 3, 4, 5 wait
    acc.limit(4); // the rule was met with 4 replications
    expect(acc.waitingCount).toBe(1);
    expect(() => acc.add(results[6])).toThrow(ParameterError);
    acc.foldBelow(Infinity);
    expect(sameBits(acc.finish(), mergeResults(results.slice(0, 4)))).toBeNull();
  });

  it('refuses a replication twice, another seed, and merging nothing', () => {
    const { results } = cases[0];
    const acc = new ResultAccumulator();
    acc.add(results[2]);
    expect(() => acc.add(results[2])).toThrow(/each replication once/);
    acc.add(results[0]);
    expect(() => acc.add(results[0])).toThrow(/each replication once/);
    const other = runReplication(small, { seed: 18, replication: 1 });
    expect(() => acc.add(other)).toThrow(/one seed/);
    expect(() => new ResultAccumulator().finish()).toThrow(ParameterError);
    expect(acc.finish().replications).toBe(2);
    expect(() => acc.add(results[1])).toThrow();
  });

  it('keeps of each replication its scalars: metrics and the whole period’s load counts', () => {
    const r = cases[1].results[0];
    const s = scalarsOf(r);
    expect(s.metrics).toBe(r.metrics);
    expect([s.replication, s.seed]).toEqual([0, 17]);
    // The whole period's share as the merged load computes it, from the same sums.
    const m = mergeResults([r]).groupLoad!;
    expect(s.load!.within / s.load!.joined).toBe(m.share.hallAll.mean[0]);
    expect(scalarsOf(runReplication(small, { seed: 1, replication: 0 })).load).toBeNull();
  });
});
