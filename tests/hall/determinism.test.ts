/**
 * Reproducibility of a replication, order independence of the merge, and common random numbers
 * between two scenarios that differ in staffing only.
 */
import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../src/sim/results/merge.ts';
import { runReplication } from '../../src/sim/hall/run.ts';
import { preset, replicate, variant } from './base.ts';
import { SUITE_SEED } from '../support/seed.ts';

describe('determinism', () => {
  const demo = preset('demo-hall');

  it('the same seed and replication give bit-identical results', () => {
    const a = runReplication(demo, { seed: SUITE_SEED, replication: 3 });
    const b = runReplication(structuredClone(demo), { seed: SUITE_SEED, replication: 3 });
    expect(b).toStrictEqual(a);
    expect(runReplication(demo, { seed: SUITE_SEED, replication: 4 }).metrics['count.arrivals']).not.toBe(
      a.metrics['count.arrivals'],
    );
  });

  it('merging gives the same bits whatever the order of the replications', () => {
    const results = replicate(demo, 6);
    const forward = mergeResults(results);
    const backward = mergeResults([...results].reverse());
    const shuffled = mergeResults([results[3], results[0], results[5], results[1], results[4], results[2]]);
    expect(backward).toStrictEqual(forward);
    expect(shuffled).toStrictEqual(forward);
    expect(() => mergeResults([results[0], results[0]])).toThrow(/replication/);
  });

  it('a staffing change leaves the arrivals and the taxpayers unchanged (common random numbers)', () => {
    const more = variant((s) => {
      const g = s.windows.groups[0];
      g.schedule = Object.fromEntries(
        Object.entries(g.schedule as Record<string, number[]>).map(([k, v]) => [
          k,
          v.map((x) => Math.min(g.windows, x + 1)),
        ]),
      ) as typeof g.schedule;
    }, demo);
    const a = runReplication(demo, { seed: SUITE_SEED, replication: 0 });
    const b = runReplication(more, { seed: SUITE_SEED, replication: 0 });
    expect(b.metrics['count.appointments.booked']).toBe(a.metrics['count.appointments.booked']);
    expect(b.metrics['count.staggered.booked']).toBe(a.metrics['count.staggered.booked']);
    expect(b.metrics['count.arrivals.kioskSite']).toBe(a.metrics['count.arrivals.kioskSite']);
    // Walk-ins differ only by those who come back after leaving (fewer leave with more windows).
    const firstVisits = (r: typeof a) => r.metrics['count.arrivals.walkIn'] - r.metrics['count.returned'];
    expect(firstVisits(b)).toBe(firstVisits(a));
    expect(b.metrics['wait.all.mean']).toBeLessThan(a.metrics['wait.all.mean']);
  });
});
