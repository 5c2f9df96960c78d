import { describe, expect, it } from 'vitest';
import { smallestMeeting } from './search.ts';

describe('searching the smallest count that meets a target', () => {
  it('finds each unit’s threshold from any start, in few rounds, evaluating units together', async () => {
    const thresholds = [1, 7, 23, 60, 3];
    let rounds = 0;
    const units = await smallestMeeting([10, 10, 10, 10, 1], 1, 80, async (counts) => {
      rounds++;
      return counts.map((c, i) => ({ evidence: c, meets: c >= thresholds[i] }));
    });
    expect(units.map((u) => u.best)).toEqual(thresholds);
    for (const [i, u] of units.entries()) {
      // The evidence holds the threshold and (above the minimum) the count just below it.
      expect(u.steps.find((s) => s.count === thresholds[i])?.meets).toBe(true);
      if (thresholds[i] > 1) expect(u.steps.find((s) => s.count === thresholds[i] - 1)?.meets).toBe(false);
    }
    expect(rounds).toBeLessThanOrEqual(15);
  });

  it('says null when even the cap fails', async () => {
    const [u] = await smallestMeeting([5], 1, 12, async ([c]) => [{ evidence: c, meets: false }]);
    expect(u.best).toBeNull();
    expect(u.steps.at(-1)?.count).toBe(12);
  });
});
