/**
 * The effect of a change on the key figures: for each one, was → now, the difference with its
 * 95% confidence interval, and a verdict (better, worse, no significant difference, or for
 * utilisation, which is neither good nor bad: higher or lower).
 *
 * Paired replication by replication when both runs used the same seed and the same replications
 * (common random numbers: the same taxpayers arrived in both); otherwise unpaired (Welch), and
 * `unpaired` says why. Runs with different numbers of replications are not paired even on the
 * replications they share: "was" and "now" must stay the figures the director saw.
 */
import { pairedMean, pairedRatio, unpairedMean, unpairedRatio, type Difference } from '../../workers/differences.ts';
import { verdictOf, type Verdict } from './compare/table.ts';
import type { KeyMetricId, RunSnapshot } from './run-values.ts';

export type FigureId = KeyMetricId | 'within-target';

/** The verdicts of the Compare tab, and 'none': every replication gave exactly the same value. */
export type ChangeVerdict = Verdict | 'none';

export interface FigureChange {
  id: FigureId;
  /** The difference and the two values (shares as 0..1), or null when a run lacks the measure. */
  difference: Difference | null;
  verdict: ChangeVerdict;
}

export interface ChangeEffect {
  /** Null when paired; else why the runs could not be paired (both reasons may hold). */
  unpaired: { seed: boolean; replications: boolean } | null;
  /** Replications of the earlier and the later run. */
  replications: { was: number; now: number };
  seeds: { was: number; now: number };
  figures: FigureChange[];
  /** Intervals meeting the target share, before and after (null when a run lacks the counts). */
  intervals: { was: { met: number; total: number }; now: { met: number; total: number } } | null;
  /** The target before, when it changed (the earlier share was counted against it); else null. */
  targetBefore: { waitMinutes: number; share: number } | null;
}

/** Which way is better for each figure (as the Compare tab has it). */
const BETTER: Record<FigureId, 'lower' | 'higher' | 'neither'> = {
  'wait-mean': 'lower',
  'wait-p90': 'lower',
  'within-target': 'higher',
  utilisation: 'neither',
  abandoned: 'lower',
  'on-time': 'higher',
};

/** The order of the key figures (kpis.ts). */
export const FIGURE_ORDER: readonly FigureId[] = [
  'wait-mean',
  'wait-p90',
  'within-target',
  'utilisation',
  'abandoned',
  'on-time',
];

export function changeVerdict(d: Difference, better: 'lower' | 'higher' | 'neither'): ChangeVerdict {
  if (d.mean === 0 && d.halfWidth === 0) return 'none';
  return verdictOf(d.mean, d.halfWidth, better);
}

function sameReplications(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i]);
}

/** Values present in every replication of both runs (paired: replication by replication). */
function metricDifference(
  was: readonly (number | null)[],
  now: readonly (number | null)[],
  paired: boolean,
  level: number,
): Difference | null {
  if (paired) {
    const keep = was.map((w, r) => w !== null && now[r] !== null);
    const a = was.filter((_, r) => keep[r]) as number[];
    const b = now.filter((_, r) => keep[r]) as number[];
    return a.length === 0 ? null : pairedMean(a, b, level);
  }
  const a = was.filter((x): x is number => x !== null);
  const b = now.filter((x): x is number => x !== null);
  return a.length === 0 || b.length === 0 ? null : unpairedMean(a, b, level);
}

export function changeEffect(was: RunSnapshot, now: RunSnapshot, level = 0.95): ChangeEffect {
  const seed = was.seed !== now.seed;
  const replications = !sameReplications(was.values.replications, now.values.replications);
  const paired = !seed && !replications;
  const figures: FigureChange[] = FIGURE_ORDER.map((id) => {
    let difference: Difference | null;
    if (id === 'within-target') {
      const a = was.values;
      const b = now.values;
      difference =
        a.within && a.joined && b.within && b.joined
          ? (paired ? pairedRatio : unpairedRatio)(
              { num: a.within, den: a.joined },
              { num: b.within, den: b.joined },
              level,
            )
          : null;
    } else {
      difference = metricDifference(was.values.metrics[id], now.values.metrics[id], paired, level);
    }
    return { id, difference, verdict: difference === null ? 'unknown' : changeVerdict(difference, BETTER[id]) };
  });
  const targetChanged = was.target.waitMinutes !== now.target.waitMinutes || was.target.share !== now.target.share;
  return {
    unpaired: paired ? null : { seed, replications },
    replications: { was: was.values.replications.length, now: now.values.replications.length },
    seeds: { was: was.seed, now: now.seed },
    figures,
    intervals: was.intervals && now.intervals ? { was: was.intervals, now: now.intervals } : null,
    targetBefore: targetChanged ? was.target : null,
  };
}
