import { describe, expect, it } from 'vitest';
import { attainment, uniformTargets } from './attainment.ts';
import { RESULTS_LOAD } from '../hall/group-load.ts';
import { mergeResults } from './merge.ts';
import type { MergedGroupLoad, ShareEstimate } from './merge-group-load.ts';
import { runReplication } from '../hall/run.ts';
import type { Scenario } from '../scenario/index.ts';
import demo from '../../../data/scenarios/demo-hall.json';

const est = (mean: number[], joined: number[]): ShareEstimate => ({
  mean: Float64Array.from(mean),
  halfWidth: new Float64Array(mean.length),
  joined: Float64Array.from(joined),
});

/** A merged load of one group and two intervals, with only the shares attainment reads. */
function load(
  days: MergedGroupLoad['days'],
  hallInterval: ShareEstimate,
  hallDay: ShareEstimate,
  hallAll: ShareEstimate,
): MergedGroupLoad {
  return {
    groups: ['g'],
    intervals: 2,
    intervalMinutes: 30,
    open: 540,
    bins: 0,
    days,
    replications: 2,
    share: { hallInterval, hallDay, hallAll },
  } as unknown as MergedGroupLoad;
}

describe('meets the target (one meaning everywhere)', () => {
  it('counts the intervals someone joined that reach the target share, and compares the whole period with it', () => {
    // Ordinary days: intervals at 0.95 and 0.80; filing: 0.90 and nobody; deadline: no days.
    const l = load(
      { ordinary: 5, filing: 3, deadline: 0 },
      est([0.95, 0.8, 0.9, 1, 0.2, 0.2], [10, 10, 10, 0, 10, 10]),
      est([0.875, 0.9, 0.2], [20, 10, 20]),
      est([0.883], [30]),
    );
    const a = attainment(l, uniformTargets(0.9));
    expect(a.intervals).toEqual({ met: 2, total: 3 });
    expect(a.period).toEqual({ mean: 0.883, halfWidth: 0, joined: 30, target: 0.9, met: false });
    expect(a.dayTypes.map((d) => [d.type, d.met])).toEqual([
      ['ordinary', false],
      ['filing', true],
    ]);
    // Targets that differ by kind of day: the period meets them when every kind of day meets its own.
    const b = attainment(l, { ordinary: { share: 0.85 }, filing: { share: 0.9 }, deadline: { share: 0.5 } });
    expect(b.period.target).toBe(null);
    expect(b.period.met).toBe(true);
    expect(b.intervals).toEqual({ met: 2, total: 3 });
  });

  it('on a real run: the whole period is every joiner, as wait.all.withinTarget counts them', () => {
    const s = structuredClone(demo) as unknown as Scenario;
    s.calendar.days = 5;
    const runs = [0, 1, 2].map((replication) => runReplication(s, { seed: 5, replication, groupLoad: RESULTS_LOAD }));
    const merged = mergeResults(runs);
    const a = attainment(merged.groupLoad!, uniformTargets(0.9));
    // The pooled share over replications: Σ within / Σ joined, with each replication's share being
    // wait.all.withinTarget.
    const joined = runs.map((r) => r.groupLoad!.joined.reduce((x, y) => x + y, 0));
    const within = runs.map((r) => r.groupLoad!.within.reduce((x, y) => x + y, 0));
    expect(a.period.mean).toBeCloseTo(within.reduce((x, y) => x + y) / joined.reduce((x, y) => x + y), 12);
    runs.forEach((r, i) => expect(within[i] / joined[i]).toBeCloseTo(r.metrics['wait.all.withinTarget'], 12));
    // The planner's histograms are not recorded for a results run.
    expect(runs[0].groupLoad!.inSystem.length).toBe(0);
  });
});
