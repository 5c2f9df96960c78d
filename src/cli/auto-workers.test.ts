import { describe, expect, it } from 'vitest';
import { GROW_ABOVE_SECONDS, GrowthJudge, JUDGE_AFTER, WINDOW } from './auto-workers.ts';

/** Feeds the judge replications of the given durations (seconds), as progress reports would. */
function feed(durations: number[], total: number, extra = 1): { grewAt: number; added: number } {
  let added = 0;
  let grewAt = -1;
  const judge = new GrowthJudge(extra, (n) => (added += n));
  let t = 0;
  durations.forEach((d, i) => {
    // A report mid-replication (a share of days done) must not count as a finished one.
    judge.observe(i + 0.5, total, t + d / 2);
    t += d;
    judge.observe(i + 1, total, t);
    if (judge.grew && grewAt < 0) grewAt = i + 1;
  });
  return { grewAt, added };
}

/** A demo-month run in one thread as measured: cold replications first, then 22 ms each. */
const COLD = [0.24, 0.1, 0.05, 0.06, 0.05, 0.077, 0.04, 0.04];
const demo = (reps: number) => [...COLD, ...Array(reps - COLD.length).fill(0.022)];

describe('the default worker count: grow only when the run proves long', () => {
  it('short and middling runs stay in this thread (100 demo replications: about 2 s of work left)', () => {
    expect(feed(demo(20), 20)).toEqual({ grewAt: -1, added: 0 });
    expect(feed(demo(100), 100)).toEqual({ grewAt: -1, added: 0 });
  });

  it('a long run adds the workers once, judged after the cold replications, by the fastest of the last few', () => {
    // 292 left at 40 ms (the fastest of replications 6-8) is 11.7 s: grow at the eighth.
    expect(feed(demo(300), 300, 1)).toEqual({ grewAt: JUDGE_AFTER, added: 1 });
  });

  it('the fastest of the window, not the mean, judges: cold starts do not make a run look long', () => {
    // After the eight cold ones (mean 0.083 s, the last three's fastest 0.04 s), with 90 left:
    // the mean would say 7.4 s, the window says 3.6 s, under the line; with 110 left, 4.4 s, over it.
    expect(GROW_ABOVE_SECONDS).toBe(4);
    expect(feed(demo(98), 98).added).toBe(0);
    expect(feed(demo(118), 118)).toEqual({ grewAt: JUDGE_AFTER, added: 1 });
  });

  it('judges as it goes: a run whose later replications are slower grows when they come', () => {
    // 92 × 0.01 = 0.9 s left after eight: not yet. Once WINDOW slow ones are the last ones,
    // 37 × 0.2 = 7.4 s left: grow then (the window, not the fastest ever).
    const slowLater = [...Array(60).fill(0.01), ...Array(40).fill(0.2)];
    expect(feed(slowLater, 100)).toEqual({ grewAt: 60 + WINDOW, added: 1 });
    // One slow replication among fast ones (a pause, a collection) does not trigger it.
    const blip = [...Array(40).fill(0.01), 0.5, ...Array(59).fill(0.01)];
    expect(feed(blip, 100).added).toBe(0);
  });

  it('never adds workers when there are none to add (one core)', () => {
    expect(feed(Array(1000).fill(0.1), 1000, 0)).toEqual({ grewAt: -1, added: 0 });
  });
});
