/**
 * The smallest whole number of something (kiosks at a site, back-office officers) that meets a
 * target, for several independent units at once: every round simulates all units at their
 * current counts, then each unit moves down if it meets its target or up if it does not, until
 * it knows the count that meets and the one below that does not. Meeting is assumed to get no
 * worse with a larger count (more kiosks, more officers).
 *
 * `screenThenConfirm` does it in two passes: a quick one with few replications, then, only where
 * the quick one could be wrong, one with the full replications. A count "meets" when the
 * conservative end of each interval meets the target, so a count the quick pass says meets
 * would meet with more replications too (its interval only narrows about the same estimate);
 * a count that fails even at the optimistic end of its intervals fails for sure. Only a count
 * below the answer that failed narrowly is simulated again with the full replications (and the
 * search goes on down from it at full precision if it meets then).
 */
export interface SearchStep<E> {
  count: number;
  evidence: E;
  meets: boolean;
  /** Replications behind the evidence (the screening pass uses fewer). */
  replications?: number;
}

export interface SearchUnit<E> {
  /** The smallest count found to meet the target (null if none up to the cap). */
  best: number | null;
  steps: SearchStep<E>[];
}

/**
 * How a count moves while only one side is known: 'jump' (a quarter of the count, at least one),
 * 'bisect' (half way to the minimum going down) or 'near' (one at a time: a confirmation from a
 * count already close). With both sides known it always bisects.
 */
export type SearchStepRule = 'jump' | 'bisect' | 'near';

export async function smallestMeeting<E>(
  start: number[],
  min: number,
  max: number,
  evaluate: (counts: number[]) => Promise<{ evidence: E; meets: boolean }[]>,
  maxRounds = 30,
  rule: SearchStepRule = 'jump',
  /** Counts already known to meet, per unit (a search that confirms another's answer). */
  known: (number | null)[] = [],
): Promise<SearchUnit<E>[]> {
  const n = start.length;
  // smallest count seen meeting
  const meetsAt: (number | null)[] = Array.from({ length: n }, (_, i) => known[i] ?? null);
  const failsAt: (number | null)[] = new Array(n).fill(null); // largest count seen failing
  const units: SearchUnit<E>[] = start.map(() => ({ best: null, steps: [] }));
  const counts = start.map((c) => Math.min(max, Math.max(min, c)));
  const done = (i: number) =>
    (meetsAt[i] !== null && (meetsAt[i] === min || failsAt[i] === meetsAt[i]! - 1)) || failsAt[i] === max;
  const down = (m: number) =>
    rule === 'near' ? m - 1 : rule === 'bisect' ? Math.floor((min + m) / 2) : m - Math.max(1, Math.floor(m / 4));
  const up = (f: number) => (rule === 'near' ? f + 1 : f + Math.max(1, Math.floor(f / 4)));
  for (let round = 0; round < maxRounds && !counts.every((_, i) => done(i)); round++) {
    const outcome = await evaluate(counts);
    for (let i = 0; i < n; i++) {
      if (done(i)) continue;
      const { evidence, meets } = outcome[i];
      units[i].steps.push({ count: counts[i], evidence, meets });
      if (meets) meetsAt[i] = meetsAt[i] === null ? counts[i] : Math.min(meetsAt[i]!, counts[i]);
      else failsAt[i] = failsAt[i] === null ? counts[i] : Math.max(failsAt[i]!, counts[i]);
      if (done(i)) continue;
      // Next: between the two when both are known, else down from the smallest meeting or up from the largest failing.
      if (meetsAt[i] !== null && failsAt[i] !== null) counts[i] = Math.floor((meetsAt[i]! + failsAt[i]!) / 2);
      else if (meetsAt[i] !== null) counts[i] = Math.max(min, Math.min(meetsAt[i]! - 1, down(meetsAt[i]!)));
      else counts[i] = Math.min(max, up(failsAt[i]!));
    }
  }
  units.forEach((u, i) => (u.best = meetsAt[i]));
  for (const u of units) u.steps.sort((a, b) => a.count - b.count);
  return units;
}

/** A verdict with how sure it is: `decided` when a fail would fail at any precision (see the file comment). */
export interface Verdict<E> {
  evidence: E;
  meets: boolean;
  decided: boolean;
}

/**
 * A screening search with `screen` replications (bisecting), then, for each unit whose count
 * below the answer failed only narrowly, that count again with `full` replications and on down
 * from it while it meets. Every step keeps its replications; where both passes tried a count,
 * the full one stands.
 */
export async function screenThenConfirm<E>(
  start: number[],
  min: number,
  max: number,
  evaluate: (counts: number[], replications: number) => Promise<Verdict<E>[]>,
  screen: number,
  full: number,
): Promise<SearchUnit<E>[]> {
  const tag = (steps: SearchStep<E>[], replications: number) => steps.map((s) => ({ ...s, replications }));
  const narrow = new Map<string, boolean>();
  const first = await smallestMeeting(
    start,
    min,
    max,
    async (counts) => {
      const out = await evaluate(counts, screen);
      counts.forEach((c, i) => narrow.set(`${i}:${c}`, !out[i].meets && !out[i].decided));
      return out;
    },
    30,
    'bisect',
  );
  const units = first.map((u) => ({ best: u.best, steps: tag(u.steps, screen) }));
  if (screen >= full) return units;
  const again = units.map((u, i) => u.best !== null && u.best > min && narrow.get(`${i}:${u.best - 1}`) === true);
  const which = again.flatMap((x, i) => (x ? [i] : []));
  if (which.length === 0) return units;
  const second = await smallestMeeting(
    which.map((i) => units[i].best! - 1),
    min,
    max,
    async (counts) => {
      const all = units.map((u) => u.best ?? max);
      which.forEach((i, j) => (all[i] = counts[j]));
      const out = await evaluate(all, full);
      return which.map((i) => out[i]);
    },
    30,
    'near',
    which.map((i) => units[i].best),
  );
  which.forEach((i, j) => {
    const confirmed = tag(second[j].steps, full);
    const counts = new Set(confirmed.map((s) => s.count));
    units[i] = {
      best: second[j].best,
      steps: [...confirmed, ...units[i].steps.filter((s) => !counts.has(s.count))].sort((a, b) => a.count - b.count),
    };
  });
  return units;
}
