/**
 * The results run's per-group lines, busy and staffed windows, and the channel breakdown
 * (group-load.ts, recorded with RESULTS_LOAD), against known answers: the hall's own series and
 * metrics, which are computed from other records (the hall's interval levels, WaitRecords), and
 * Erlang C for the textbook M/M/10 hall.
 */
import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import mmcScenario from '../../../data/scenarios/textbook-mmc.json';
import { mmc } from '../analytic/index.ts';
import { estimate } from '../engine/stats/replications.ts';
import { tQuantile } from '../math/student-t.ts';
import { channelCell, groupLoadCell, RESULTS_LOAD } from '../hall/group-load.ts';
import { mergeResults } from './merge.ts';
import { channelDayIndex, channelIntervalIndex } from './merge-group-load.ts';
import { runReplication } from '../hall/run.ts';
import { CHANNELS, DAY_TYPES, type Scenario } from '../scenario/index.ts';
import { SUITE_SEED } from '../../../tests/support/seed.ts';

const scenario = demo as unknown as Scenario;
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);

describe('lines and windows per group (a results run)', () => {
  const r = runReplication(scenario, { seed: 5, replication: 0, groupLoad: RESULTS_LOAD });
  const g = r.groupLoad!;
  const first = g.open / g.intervalMinutes;

  it('has no histogram, and line + busy is the presence', () => {
    expect(g.inSystem.length).toBe(0);
    for (let c = 0; c < g.joined.length; c++) expect(g.queue[c] + g.busy[c]).toBeCloseTo(g.presence[c], 9);
  });

  it('adds up over the groups to the hall’s line, busy and open windows of each kind of day', () => {
    DAY_TYPES.forEach((type, d) => {
      const p = r.profiles[type];
      if (p.days === 0) return;
      for (let k = 0; k < g.intervals; k++) {
        let queue = 0;
        let busy = 0;
        let staffed = 0;
        for (let grp = 0; grp < g.groups.length; grp++) {
          const c = groupLoadCell(g.intervals, grp, d, k);
          queue += g.queue[c];
          busy += g.busy[c];
          staffed += g.staffed[c];
        }
        expect(queue / p.days).toBeCloseTo(p.queue[first + k], 9);
        expect(busy / p.days).toBeCloseTo(p.busy[first + k], 9);
        expect(staffed / p.days).toBeCloseTo(p.open[first + k], 9);
      }
    });
  });

  it('staffs each group as its schedule says where no window closes with a customer', () => {
    // The green channel opens 14:00–16:00 on filing days only: staffed 1 there, 0 before 14:00.
    const green = g.groups.indexOf('green');
    const filing = DAY_TYPES.indexOf('filing');
    const at = (k: number) => g.staffed[groupLoadCell(g.intervals, green, filing, k)] / g.days.filing;
    expect(at(10)).toBeCloseTo(1, 12);
    expect(at(13)).toBeCloseTo(1, 12);
    expect(at(2)).toBe(0);
  });
});

describe('the channel breakdown', () => {
  const r = runReplication(scenario, { seed: 5, replication: 0, groupLoad: RESULTS_LOAD });
  const g = r.groupLoad!;

  it('adds up over the channels to each group’s counts, cell by cell', () => {
    for (let grp = 0; grp < g.groups.length; grp++) {
      for (let d = 0; d < DAY_TYPES.length; d++) {
        for (let k = 0; k < g.intervals; k++) {
          const c = groupLoadCell(g.intervals, grp, d, k);
          const over = (a: Float64Array) =>
            CHANNELS.reduce((x, _, ch) => x + a[channelCell(g.intervals, grp, ch, d, k)], 0);
          expect(over(g.channelJoined)).toBe(g.joined[c]);
          expect(over(g.channelServed)).toBe(g.served[c]);
          expect(over(g.channelWithin)).toBe(g.within[c]);
          expect(over(g.channelAbandoned)).toBe(g.abandoned[c]);
          expect(over(g.channelWaitSum)).toBeCloseTo(g.waitSum[c], 9);
        }
      }
    }
  });

  it('gives each channel’s count, mean wait and share within target as the wait records do', () => {
    const perChannel = (a: Float64Array, ch: number) => {
      let s = 0;
      for (let grp = 0; grp < g.groups.length; grp++)
        for (let d = 0; d < DAY_TYPES.length; d++)
          for (let k = 0; k < g.intervals; k++) s += a[channelCell(g.intervals, grp, ch, d, k)];
      return s;
    };
    let seen = 0;
    CHANNELS.forEach((name, ch) => {
      const served = perChannel(g.channelServed, ch);
      const n = r.metrics[`wait.channel.${name}.n`];
      if (n === undefined) {
        expect(served).toBe(0);
        return;
      }
      seen++;
      expect(served).toBe(n);
      expect(perChannel(g.channelWaitSum, ch) / served).toBeCloseTo(r.metrics[`wait.channel.${name}.mean`], 9);
      expect(perChannel(g.channelWithin, ch) / perChannel(g.channelJoined, ch)).toBeCloseTo(
        r.metrics[`wait.channel.${name}.withinTarget`],
        12,
      );
    });
    // The demo's March has walk-ins, appointments and staggered bookings.
    expect(seen).toBe(3);
  });
});

describe('merging lines, windows and channels', () => {
  const results = [0, 1, 2, 3].map((replication) =>
    runReplication(scenario, { seed: 5, replication, groupLoad: RESULTS_LOAD }),
  );
  const m = mergeResults(results).groupLoad!;
  const loads = results.map((x) => x.groupLoad!);
  const t3 = tQuantile(0.975, 3);
  const filing = DAY_TYPES.indexOf('filing');
  const I = m.intervals;

  it('gives the line of a cell its Student-t half-width across replications', () => {
    const c = groupLoadCell(I, 0, filing, 12);
    const x = loads.map((l) => l.queue[c]);
    const mean = sum(x) / 4;
    const s2 = sum(x.map((v) => (v - mean) ** 2)) / 3;
    expect(m.queue[c]).toBeCloseTo(mean, 12);
    expect(m.queueHalfWidth[c]).toBeCloseTo(t3 * Math.sqrt(s2 / 4), 12);
    expect(m.staffed[c]).toBeCloseTo(sum(loads.map((l) => l.staffed[c])) / 4, 12);
  });

  it('gives a group’s mean wait over the day as a ratio estimator', () => {
    const grp = 0;
    const cells = Array.from({ length: I }, (_, k) => groupLoadCell(I, grp, filing, k));
    const w = loads.map((l) => sum(cells.map((c) => l.waitSum[c])));
    const s = loads.map((l) => sum(cells.map((c) => l.served[c])));
    const R = sum(w) / sum(s);
    const s2 = sum(w.map((x, i) => (x - R * s[i]) ** 2)) / 3;
    const gd = grp * DAY_TYPES.length + filing;
    expect(m.wait.groupDay.mean[gd]).toBeCloseTo(R, 12);
    expect(m.wait.groupDay.halfWidth[gd]).toBeCloseTo((t3 * Math.sqrt(s2 / 4)) / (sum(s) / 4), 12);
    expect(m.wait.groupDay.served[gd]).toBeCloseTo(sum(s) / 4, 12);
  });

  it('gives each channel’s share and wait over the day, pooling to the hall’s', () => {
    const ch = CHANNELS.indexOf('staggered');
    const pick = (l: (typeof loads)[number], a: 'channelWithin' | 'channelJoined') => {
      let s = 0;
      for (let grp = 0; grp < m.groups.length; grp++)
        for (let k = 0; k < I; k++) s += l[a][channelCell(I, grp, ch, filing, k)];
      return s;
    };
    const w = loads.map((l) => pick(l, 'channelWithin'));
    const j = loads.map((l) => pick(l, 'channelJoined'));
    expect(m.share.channelDay.mean[channelDayIndex(ch, filing)]).toBeCloseTo(sum(w) / sum(j), 12);
    // Pooled over the channels, the shares per day type are the hall's.
    DAY_TYPES.forEach((_, d) => {
      const joined = CHANNELS.reduce((a, __, c) => a + m.share.channelDay.joined[channelDayIndex(c, d)], 0);
      const within = CHANNELS.reduce(
        (a, __, c) =>
          a + m.share.channelDay.joined[channelDayIndex(c, d)] * m.share.channelDay.mean[channelDayIndex(c, d)],
        0,
      );
      expect(joined).toBeCloseTo(m.share.hallDay.joined[d], 9);
      if (joined > 0) expect(within / joined).toBeCloseTo(m.share.hallDay.mean[d], 12);
      // And interval by interval.
      for (let k = 0; k < I; k++) {
        const jk = CHANNELS.reduce(
          (a, __, c) => a + m.share.channelInterval.joined[channelIntervalIndex(I, c, d, k)],
          0,
        );
        expect(jk).toBeCloseTo(m.share.hallInterval.joined[d * I + k], 9);
      }
    });
  });
});

describe('one window group is the whole hall', () => {
  const mmcHall = mmcScenario as unknown as Scenario;
  const n = 8;
  const results = Array.from({ length: n }, (_, replication) =>
    runReplication(mmcHall, { seed: SUITE_SEED, replication, groupLoad: RESULTS_LOAD }),
  );
  const m = mergeResults(results, 0.99);
  const g = m.groupLoad!;
  const ordinary = DAY_TYPES.indexOf('ordinary');
  const days = g.days.ordinary;

  it('has the hall’s line, busy and open windows as its own, interval by interval', () => {
    // The hall's series day by day, after the warm-up day (the day profiles count it in).
    expect(days).toBe(6);
    const iv = m.intervals;
    const hall = (s: Float64Array, k: number) => {
      let x = 0;
      for (let d = 1; d <= days; d++) x += s[d * iv.intervalsPerDay + k];
      return x / days;
    };
    for (let k = 0; k < g.intervals; k++) {
      const c = groupLoadCell(g.intervals, 0, ordinary, k);
      expect(g.queue[c] / days).toBeCloseTo(hall(iv.queue.mean, k), 9);
      expect(g.busy[c] / days).toBeCloseTo(hall(iv.busy.mean, k), 9);
      expect(g.staffed[c] / days).toBeCloseTo(10, 9);
    }
    expect(g.share.groupDay.mean[ordinary]).toBe(g.share.hallDay.mean[ordinary]);
    expect(g.share.channelDay.mean[channelDayIndex(CHANNELS.indexOf('walkIn'), ordinary)]).toBe(
      g.share.hallDay.mean[ordinary],
    );
  });

  it('waits in line as Erlang C says (M/M/10, λ = 8, μ = 1): Lq = λ·Wq inside the 99% interval', () => {
    const theory = mmc(8, 1, 10);
    const perRep = results.map((r) => sum(r.groupLoad!.queue) / (days * g.intervals));
    const e = estimate(Float64Array.from(perRep), 0.99);
    expect(8 * theory.meanWait).toBeGreaterThanOrEqual(e.lower);
    expect(8 * theory.meanWait).toBeLessThanOrEqual(e.upper);
    const busy = estimate(Float64Array.from(results.map((r) => sum(r.groupLoad!.busy) / (days * g.intervals))), 0.99);
    expect(8).toBeGreaterThanOrEqual(busy.lower);
    expect(8).toBeLessThanOrEqual(busy.upper);
  });
});
