/**
 * The effect of a change from real replications: the M/M/10 check (3 days) against the same with
 * an 11th window, run with the same seed; what the key figures showed is what "was" and "now" are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import mmc from '../../../data/scenarios/textbook-mmc.json';
import { attainment, uniformTargets } from '../../sim/results/attainment.ts';
import { RESULTS_LOAD } from '../../sim/hall/group-load.ts';
import { mergeResults, type MergedResult } from '../../sim/results/merge.ts';
import type { ReplicationResult } from '../../sim/hall/results.ts';
import { runReplication } from '../../sim/hall/run.ts';
import type { Scenario } from '../../sim/scenario/index.ts';
import { pairedMean } from '../../workers/differences.ts';
import { changeEffect, changeVerdict, type ChangeEffect, type FigureId } from './change-effect.ts';
import { runValues, snapshotOf, type RunSnapshot } from './run-values.ts';

const SEED = 11;

function tenWindows(): Scenario {
  const s = structuredClone(mmc) as unknown as Scenario;
  s.calendar.days = 3;
  return s;
}
function elevenWindows(): Scenario {
  const s = tenWindows();
  const g = s.windows.groups[0];
  g.windows = 11;
  g.schedule = (g.schedule as number[]).map(() => 11);
  return s;
}

function replications(s: Scenario, n: number, seed = SEED): ReplicationResult[] {
  return Array.from({ length: n }, (_, r) => runReplication(s, { seed, replication: r, groupLoad: RESULTS_LOAD }));
}

/** A run as the page keeps it: the values taken before merging, then the merged result. */
function snapshot(s: Scenario, n: number, seed = SEED): { snap: RunSnapshot; merged: MergedResult } {
  const results = replications(s, n, seed);
  const values = runValues(results);
  const merged = mergeResults(results);
  return { snap: snapshotOf({ lineage: 0, scenario: s, text: JSON.stringify(s), seed }, values, merged), merged };
}

const figure = (e: ChangeEffect, id: FigureId) => e.figures.find((f) => f.id === id)!;

let eleven: { snap: RunSnapshot; merged: MergedResult };
let ten: { snap: RunSnapshot; merged: MergedResult };

beforeAll(() => {
  eleven = snapshot(elevenWindows(), 4);
  ten = snapshot(tenWindows(), 4);
});

describe('the effect of a change on the key figures', () => {
  it('the same result twice: every difference exactly 0, "no change"; the on-time share is in neither', () => {
    const e = changeEffect(ten.snap, ten.snap);
    expect(e.unpaired).toBeNull();
    for (const id of ['wait-mean', 'wait-p90', 'within-target', 'utilisation', 'abandoned'] as const) {
      expect(figure(e, id).difference).toMatchObject({ mean: 0, halfWidth: 0, n: 4 });
      expect(figure(e, id).verdict).toBe('none');
    }
    expect(figure(e, 'on-time')).toEqual({ id: 'on-time', difference: null, verdict: 'unknown' }); // no back office
  });

  it('one window fewer: longer waits ("worse"), busier windows ("higher"), paired over the same seeds', () => {
    const e = changeEffect(eleven.snap, ten.snap);
    expect(e.unpaired).toBeNull();
    expect(e.replications).toEqual({ was: 4, now: 4 });
    const wait = figure(e, 'wait-mean');
    expect(wait.verdict).toBe('worse');
    expect(wait.difference!.mean).toBeGreaterThan(0.08); // Erlang C: about 0.07 → 0.20 min
    // Exactly the Compare tab's paired statistic, and "was"/"now" are what the key figures showed.
    expect(wait.difference).toEqual(
      pairedMean(eleven.snap.values.metrics['wait-mean'] as number[], ten.snap.values.metrics['wait-mean'] as number[]),
    );
    expect(wait.difference!.was).toBe(eleven.merged.metrics['wait.all.mean'].mean);
    expect(wait.difference!.now).toBe(ten.merged.metrics['wait.all.mean'].mean);
    expect(figure(e, 'utilisation').verdict).toBe('higher');
    expect(figure(e, 'utilisation').difference!.now).toBe(ten.merged.metrics['windows.all.utilisation'].mean);
  });

  it('the whole period’s share within target is attainment.ts’s period figure, pooled as the key figure pools it', () => {
    const e = changeEffect(eleven.snap, ten.snap);
    const within = figure(e, 'within-target').difference!;
    const share = (m: MergedResult) => attainment(m.groupLoad!, uniformTargets(0.9)).period.mean;
    expect(within.was).toBe(share(eleven.merged));
    expect(within.now).toBe(share(ten.merged));
    expect(within.mean).toBe(share(ten.merged) - share(eleven.merged));
    expect(e.intervals).toEqual({
      was: attainment(eleven.merged.groupLoad!, uniformTargets(0.9)).intervals,
      now: attainment(ten.merged.groupLoad!, uniformTargets(0.9)).intervals,
    });
    expect(e.targetBefore).toBeNull();
  });

  it('another seed: unpaired, and says why; another number of replications too', () => {
    const otherSeed = snapshot(tenWindows(), 4, SEED + 1).snap;
    const e = changeEffect(eleven.snap, otherSeed);
    expect(e.unpaired).toEqual({ seed: true, replications: false });
    expect(e.seeds).toEqual({ was: SEED, now: SEED + 1 });
    const six = snapshot(tenWindows(), 6).snap;
    const f = changeEffect(eleven.snap, six);
    expect(f.unpaired).toEqual({ seed: false, replications: true });
    expect(f.replications).toEqual({ was: 4, now: 6 });
    // Unpaired, "was" and "now" are still each run's own key figure.
    expect(figure(f, 'wait-mean').difference!.was).toBe(eleven.merged.metrics['wait.all.mean'].mean);
  });

  it('a changed target is named: the earlier share was counted against it', () => {
    const moved = { ...ten.snap, target: { waitMinutes: 10, share: 0.85 } };
    expect(changeEffect(ten.snap, moved).targetBefore).toEqual({ waitMinutes: 15, share: 0.9 });
  });
});

describe('verdicts', () => {
  const d = (mean: number, halfWidth: number | null) => ({ was: 0, now: mean, mean, halfWidth, n: 4 });
  it('better or worse when the interval leaves out 0, by the figure’s direction; else not significant', () => {
    expect(changeVerdict(d(1, 0.5), 'lower')).toBe('worse');
    expect(changeVerdict(d(-1, 0.5), 'lower')).toBe('better');
    expect(changeVerdict(d(0.02, 0.01), 'higher')).toBe('better');
    expect(changeVerdict(d(0.3, 0.5), 'lower')).toBe('same');
    expect(changeVerdict(d(0.3, 0.5), 'neither')).toBe('same');
    expect(changeVerdict(d(0.3, 0.1), 'neither')).toBe('higher');
    expect(changeVerdict(d(0, 0), 'lower')).toBe('none');
    expect(changeVerdict(d(0.3, null), 'lower')).toBe('unknown');
  });
});
