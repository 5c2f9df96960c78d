import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import { tQuantile } from '../math/student-t.ts';
import { groupLoadCell, IN_SYSTEM_BINS, type GroupLoad } from './group-load.ts';
import { mergeResults } from '../results/merge.ts';
import { mergeGroupLoads } from '../results/merge-group-load.ts';
import { runReplication } from './run.ts';
import { DAY_TYPES, type Scenario } from '../scenario/index.ts';

const scenario = demo as unknown as Scenario;
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);

describe('the planner’s per-group load', () => {
  const r = runReplication(scenario, { seed: 5, replication: 0, groupLoad: true });
  const g = r.groupLoad!;

  it('is recorded only when asked for', () => {
    expect(runReplication(scenario, { seed: 5, replication: 1 }).groupLoad).toBeUndefined();
    expect(g.groups).toEqual(scenario.windows.groups.map((x) => x.id));
    expect(g.intervals).toBe(16);
  });

  it('accounts for every taxpayer who joined a window line, as the metrics do', () => {
    expect(sum(g.served)).toBe(r.metrics['count.served.window']);
    expect(sum(g.abandoned)).toBe(r.metrics['count.abandoned']);
    // Everyone who joined was served or gave up (the hall empties at the end).
    expect(sum(g.joined)).toBe(sum(g.served) + sum(g.abandoned));
    expect(sum(g.within) / sum(g.joined)).toBeCloseTo(r.metrics['wait.all.withinTarget'], 12);
    expect(sum(g.waitSum) / sum(g.served)).toBeCloseTo(r.metrics['wait.all.mean'], 9);
    for (let c = 0; c < g.joined.length; c++) {
      let h = 0;
      for (let b = 0; b < IN_SYSTEM_BINS; b++) h += g.inSystem[c * IN_SYSTEM_BINS + b];
      expect(h).toBe(g.joined[c]);
      expect(g.within[c]).toBeLessThanOrEqual(g.served[c]);
    }
  });

  it('counts days by type and puts presence where the profiles have it', () => {
    expect(g.days).toEqual({
      ordinary: r.profiles.ordinary.days,
      filing: r.profiles.filing.days,
      deadline: r.profiles.deadline.days,
    });
    const first = g.open / g.intervalMinutes;
    DAY_TYPES.forEach((type, d) => {
      const p = r.profiles[type];
      if (p.days === 0) return;
      for (let k = 0; k < g.intervals; k++) {
        let presence = 0;
        for (let grp = 0; grp < g.groups.length; grp++) presence += g.presence[groupLoadCell(g.intervals, grp, d, k)];
        expect(presence / p.days).toBeCloseTo(p.queue[first + k] + p.busy[first + k], 9);
      }
    });
  });

  it('is bit-identical whatever else runs on the thread', () => {
    runReplication(scenario, { seed: 9, replication: 3, groupLoad: true });
    const again = runReplication(scenario, { seed: 5, replication: 0, groupLoad: true }).groupLoad!;
    expect(Array.from(again.inSystem)).toEqual(Array.from(g.inSystem));
    expect(Array.from(again.presence)).toEqual(Array.from(g.presence));
  });
});

describe('merging the per-group load', () => {
  it('sums histograms, averages counts, and gives ratio-estimator intervals for the share within target', () => {
    const results = [0, 1, 2, 3].map((replication) =>
      runReplication(scenario, { seed: 5, replication, groupLoad: true }),
    );
    const m = mergeResults(results).groupLoad!;
    const loads = results.map((x) => x.groupLoad!);
    expect(m.replications).toBe(4);
    expect(m.inSystem[7]).toBe(sum(loads.map((l) => l.inSystem[7])));
    const c = groupLoadCell(m.intervals, 0, DAY_TYPES.indexOf('filing'), 2);
    expect(m.joined[c]).toBeCloseTo(sum(loads.map((l) => l.joined[c])) / 4, 12);
    // The ratio estimator written out for one cell.
    const w = loads.map((l) => l.within[c]);
    const j = loads.map((l) => l.joined[c]);
    const R = sum(w) / sum(j);
    const s2 = sum(w.map((x, i) => (x - R * j[i]) ** 2)) / 3;
    expect(m.share.cell.mean[c]).toBeCloseTo(R, 12);
    expect(m.share.cell.halfWidth[c]).toBeCloseTo((tQuantile(0.975, 3) * Math.sqrt(s2 / 4)) / (sum(j) / 4), 12);
    // The hall's share per day type equals the metric's definition, pooled over replications.
    const all = sum(loads.map((l) => sum(l.within))) / sum(loads.map((l) => sum(l.joined)));
    const pooled =
      DAY_TYPES.reduce((a, _, d) => a + m.share.hallDay.mean[d] * m.share.hallDay.joined[d], 0) /
      sum(m.share.hallDay.joined);
    expect(pooled).toBeCloseTo(all, 12);
    // Merged results do not depend on the order the replications come in.
    const reversed = mergeResults([...results].reverse()).groupLoad!;
    expect(Array.from(reversed.share.cell.halfWidth)).toEqual(Array.from(m.share.cell.halfWidth));
  });

  it('says 1 with no half-width where nobody joined', () => {
    const zeros = () => new Float64Array(3);
    const empty: GroupLoad = {
      groups: ['a'],
      intervals: 1,
      intervalMinutes: 30,
      open: 540,
      bins: IN_SYSTEM_BINS,
      days: { ordinary: 1, filing: 0, deadline: 0 },
      joined: zeros(),
      served: zeros(),
      within: zeros(),
      abandoned: zeros(),
      waitSum: zeros(),
      serviceSum: zeros(),
      presence: zeros(),
      queue: zeros(),
      busy: zeros(),
      staffed: zeros(),
      inSystem: new Uint32Array(3 * IN_SYSTEM_BINS),
      channelJoined: new Float64Array(9),
      channelServed: new Float64Array(9),
      channelWithin: new Float64Array(9),
      channelWaitSum: new Float64Array(9),
      channelAbandoned: new Float64Array(9),
      hotline: null,
    };
    const m = mergeGroupLoads([empty, empty], 0.95);
    expect(Array.from(m.share.cell.mean)).toEqual([1, 1, 1]);
    expect(Array.from(m.share.cell.halfWidth)).toEqual([0, 0, 0]);
    // Nobody served: no mean wait (0, with nobody behind it).
    expect(Array.from(m.wait.cell.mean)).toEqual([0, 0, 0]);
    expect(Array.from(m.wait.channelDay.served)).toEqual(Array(9).fill(0));
  });
});
