import { describe, expect, it } from 'vitest';
import { GROW_ABOVE_SECONDS, GrowthJudge, JUDGE_AFTER } from './auto-workers.ts';

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

describe('the default worker count: grow only when the run proves long', () => {
  it('a short run stays in this thread', () => {
    // 20 demo-month replications: cold ones first, then 22 ms each: about 0.4 s left after 3.
    const cold = [0.24, 0.1, 0.05];
    const warm = Array(17).fill(0.022);
    expect(feed([...cold, ...warm], 20)).toEqual({ grewAt: -1, added: 0 });
  });

  it('a long run adds the workers once, judged after the first replications, by the fastest', () => {
    const cold = [0.24, 0.1, 0.05];
    const warm = Array(97).fill(0.022);
    // 97 left at 50 ms (the fastest of the first three) is 4.85 s: grow at the third.
    expect(feed([...cold, ...warm], 100, 1)).toEqual({ grewAt: JUDGE_AFTER, added: 1 });
  });

  it('the fastest replication, not the mean, judges: cold starts do not make a run look long', () => {
    // Mean of the first three 0.13 s × 17 left = 2.2 s; fastest 0.05 × 17 = 0.85 s: stays.
    const first = [0.24, 0.1, 0.05];
    expect(0.05 * 17).toBeLessThan(GROW_ABOVE_SECONDS);
    expect(feed([...first, ...Array(17).fill(0.05)], 20).added).toBe(0);
  });

  it('judges as it goes: a run whose later replications are slower grows when they come', () => {
    // 97 × 0.01 = 0.97 s left after three: not yet. Once three slow ones are the last three,
    // 37 × 0.2 = 7.4 s left: grow then (the window is the last three, not the fastest ever).
    const slowLater = [...Array(60).fill(0.01), ...Array(40).fill(0.2)];
    expect(feed(slowLater, 100)).toEqual({ grewAt: 60 + JUDGE_AFTER, added: 1 });
    // One slow replication among fast ones (a pause, a collection) does not trigger it.
    const blip = [...Array(40).fill(0.01), 0.5, ...Array(59).fill(0.01)];
    expect(feed(blip, 100).added).toBe(0);
  });

  it('never adds workers when there are none to add (one core)', () => {
    expect(feed(Array(100).fill(0.1), 100, 0)).toEqual({ grewAt: -1, added: 0 });
  });
});
