import { describe, expect, it } from 'vitest';
import { pairedMean, pairedRatio, unpairedMean, unpairedRatio } from './differences.ts';

// Reference values from scipy.stats.t (Student and Welch intervals, 95%).
describe('paired differences (same seeds)', () => {
  it('identical runs: a difference of exactly 0 with a half-width of exactly 0', () => {
    const x = [3.7, 4.1, 5.9, 2.2, 4.4];
    const m = pairedMean(x, [...x]);
    expect([m.mean, m.halfWidth, m.n]).toEqual([0, 0, 5]);
    expect(m.now).toBe(m.was);
    const r = { num: [812, 790, 845], den: [900, 880, 910] };
    const d = pairedRatio(r, { num: [...r.num], den: [...r.den] });
    expect([d.mean, d.halfWidth, d.n]).toEqual([0, 0, 3]);
    expect(d.was).toBe((812 + 790 + 845) / (900 + 880 + 910));
  });

  it('a clear shift: the mean of the per-replication differences and its t interval', () => {
    const d = pairedMean([1, 2, 3, 4], [2.1, 3, 4.2, 4.9]);
    expect(d.was).toBe(2.5);
    expect(d.now).toBeCloseTo(3.55, 12);
    expect(d.mean).toBeCloseTo(1.05, 12);
    expect(d.halfWidth).toBeCloseTo(0.205426025676052, 9);
    expect(d.n).toBe(4);
  });

  it('a pooled ratio: Σ num / Σ den of each run, the delta-method interval of the paired deviations', () => {
    // was 17/20 = 0.85, now 14/20 = 0.7; deviations (num − R·den)/mean(den): −0.05, 0.05 and −0.1, 0.1.
    const d = pairedRatio({ num: [8, 9], den: [10, 10] }, { num: [6, 8], den: [10, 10] });
    expect(d.was).toBe(0.85);
    expect(d.now).toBe(0.7);
    expect(d.mean).toBeCloseTo(-0.15, 12);
    expect(d.halfWidth).toBeCloseTo(0.635310236808735, 9);
  });

  it('a ratio where nobody joined is 1, as the key figure has it', () => {
    const d = pairedRatio({ num: [0, 0], den: [0, 0] }, { num: [5, 6], den: [10, 10] });
    expect(d.was).toBe(1);
    expect(d.now).toBe(0.55);
  });

  it('one replication: no interval', () => {
    expect(pairedMean([1], [2]).halfWidth).toBeNull();
  });

  it('refuses samples of different lengths', () => {
    expect(() => pairedMean([1, 2], [1])).toThrow(RangeError);
  });
});

describe('unpaired differences (Welch), when the seeds or replications differ', () => {
  it('means: Welch–Satterthwaite degrees of freedom (4.41 here)', () => {
    const d = unpairedMean([1, 2, 3, 4], [2, 4, 6, 8]);
    expect([d.was, d.now, d.mean, d.n]).toEqual([2.5, 5, 2.5, 4]);
    expect(d.halfWidth).toBeCloseTo(3.864167215486198, 9);
  });

  it('ratios: the two runs’ delta-method variances added', () => {
    const d = unpairedRatio({ num: [8, 9], den: [10, 10] }, { num: [6, 8], den: [10, 10] });
    expect(d.mean).toBeCloseTo(-0.15, 12);
    expect(d.halfWidth).toBeCloseTo(0.6918522830071064, 9);
  });

  it('runs of different lengths, and two constant runs (no spread: half-width 0)', () => {
    const d = unpairedMean([5, 5, 5], [6, 6]);
    expect([d.mean, d.halfWidth, d.n]).toEqual([1, 0, 2]);
  });
});
