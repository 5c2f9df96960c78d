/**
 * English strings of the effect of a change on the key figures (was → now). This object defines
 * the shape the Chinese one must match. The 95% is the level the comparison is made at
 * (change-effect.ts).
 */
export const changeEn = {
  heading: 'Effect of the last change: ',
  basisPaired: (n: number) =>
    `Compared with the last full result before the change. The same taxpayers arrived in both runs (same seed), so each of the ${n} replications is compared with its twin.`,
  basisUnpaired: (why: string) =>
    `Compared with the last full result before the change. Because ${why}, the runs cannot be compared replication by replication: they are compared as two independent results (wider intervals).`,
  whySeed: (was: number, now: number) => `the seed changed (${was} → ${now})`,
  whyReplications: (was: number, now: number) => `the number of replications changed (${was} → ${now})`,
  whyJoin: ' and ',
  waiting: 'The comparison with the result before the change comes with the full result.',
  partial: 'The run was cancelled: this partial result is not compared with the result before the change.',
  wasNow: (was: string, now: string) => `was ${was} → now ${now}`,
  difference: (diff: string, low: string, high: string) => `change ${diff}; 95% sure it is between ${low} and ${high}`,
  differenceOnly: (diff: string) => `change ${diff}`,
  intervals: (was: number, now: number, total: number) => `intervals meeting the target: ${was} → ${now} of ${total}`,
  intervalsTotals: (wasMet: number, wasTotal: number, nowMet: number, nowTotal: number) =>
    `intervals meeting the target: ${wasMet} of ${wasTotal} → ${nowMet} of ${nowTotal}`,
  targetBefore: (minutes: string, share: string) =>
    `before: counted against the earlier target (${minutes} min, ${share})`,
  missing: 'not in both results',
  points: 'points',
  verdict: {
    better: 'better',
    worse: 'worse',
    same: 'no significant difference (may be just chance)',
    higher: 'higher',
    lower: 'lower',
    none: 'no change',
    unknown: 'too few replications to tell',
  },
};

export type ChangeMessages = typeof changeEn;
