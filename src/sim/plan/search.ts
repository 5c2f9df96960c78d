/**
 * The smallest whole number of something (kiosks at a site, back-office officers) that meets a
 * target, for several independent units at once: every round simulates all units at their
 * current counts, then each unit moves down if it meets its target or up if it does not, until
 * it knows the count that meets and the one below that does not. Meeting is assumed to get no
 * worse with a larger count (more kiosks, more officers).
 */
export interface SearchStep<E> {
  count: number;
  evidence: E;
  meets: boolean;
}

export interface SearchUnit<E> {
  /** The smallest count found to meet the target (null if none up to the cap). */
  best: number | null;
  steps: SearchStep<E>[];
}

export async function smallestMeeting<E>(
  start: number[],
  min: number,
  max: number,
  evaluate: (counts: number[]) => Promise<{ evidence: E; meets: boolean }[]>,
  maxRounds = 30,
): Promise<SearchUnit<E>[]> {
  const n = start.length;
  const meetsAt: (number | null)[] = new Array(n).fill(null); // smallest count seen meeting
  const failsAt: (number | null)[] = new Array(n).fill(null); // largest count seen failing
  const units: SearchUnit<E>[] = start.map(() => ({ best: null, steps: [] }));
  const counts = start.map((c) => Math.min(max, Math.max(min, c)));
  const done = (i: number) => (meetsAt[i] !== null && (meetsAt[i] === min || failsAt[i] === meetsAt[i]! - 1)) || (failsAt[i] === max);
  for (let round = 0; round < maxRounds && !counts.every((_, i) => done(i)); round++) {
    const outcome = await evaluate(counts);
    for (let i = 0; i < n; i++) {
      if (done(i)) continue;
      const { evidence, meets } = outcome[i];
      units[i].steps.push({ count: counts[i], evidence, meets });
      if (meets) meetsAt[i] = meetsAt[i] === null ? counts[i] : Math.min(meetsAt[i]!, counts[i]);
      else failsAt[i] = failsAt[i] === null ? counts[i] : Math.max(failsAt[i]!, counts[i]);
      if (done(i)) continue;
      // Next: one below the smallest meeting, or one above the largest failing; a jump when far.
      if (meetsAt[i] !== null && failsAt[i] !== null) counts[i] = Math.floor((meetsAt[i]! + failsAt[i]!) / 2);
      else if (meetsAt[i] !== null) counts[i] = Math.max(min, meetsAt[i]! - Math.max(1, Math.floor(meetsAt[i]! / 4)));
      else counts[i] = Math.min(max, failsAt[i]! + Math.max(1, Math.floor(failsAt[i]! / 4)));
    }
  }
  units.forEach((u, i) => (u.best = meetsAt[i]));
  for (const u of units) u.steps.sort((a, b) => a.count - b.count);
  return units;
}
