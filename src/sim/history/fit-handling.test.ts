import { describe, expect, it } from 'vitest';
import { covers, minCovered } from '../../../tests/history/coverage.ts';
import { distribution, type DistributionSpec } from '../engine/distributions.ts';
import { Rng } from '../engine/rng.ts';
import { fitDurations, type HandlingOptions } from './fit-handling.ts';

const opts: HandlingOptions = { choice: 'auto', minRows: 30, level: 0.95 };

function sample(spec: DistributionSpec, n: number, rep: number, round = false): Float64Array {
  const d = distribution(spec);
  const rng = Rng.stream(17, rep, 'handling-test');
  return Float64Array.from({ length: n }, () => (round ? Math.round(d.sample(rng)) : d.sample(rng)));
}

describe('handling-time fits', () => {
  it('lognormal data: lognormal chosen, mean and CV inside their intervals as often as 95% intervals should be', () => {
    const runs = 40;
    let chosen = 0;
    let mean = 0;
    let cv = 0;
    for (let rep = 0; rep < runs; rep++) {
      const fit = fitDurations(sample({ kind: 'lognormal', mean: 6, cv: 0.5 }, 800, rep), opts);
      if (fit.report.chosen === 'lognormal') chosen++;
      const ln = fit.report.candidates.find((c) => c.kind === 'lognormal')!;
      expect(ln.ks).toBeLessThan(fit.report.ksCritical);
      if (fit.report.chosen !== 'lognormal') continue;
      if (covers(fit.ci!.mean, 6)) mean++;
      if (covers(fit.ci!.cv, 0.5)) cv++;
    }
    expect(chosen).toBeGreaterThanOrEqual(35);
    expect(mean).toBeGreaterThanOrEqual(minCovered(chosen));
    expect(cv).toBeGreaterThanOrEqual(minCovered(chosen));
  });

  it('gamma data: gamma chosen, mean and CV covered', () => {
    const runs = 40;
    let chosen = 0;
    let mean = 0;
    let cv = 0;
    for (let rep = 0; rep < runs; rep++) {
      const fit = fitDurations(sample({ kind: 'gamma', mean: 4, cv: 0.7 }, 800, rep), opts);
      if (fit.report.chosen !== 'gamma') continue;
      chosen++;
      if (covers(fit.ci!.mean, 4)) mean++;
      if (covers(fit.ci!.cv, 0.7)) cv++;
    }
    expect(chosen).toBeGreaterThanOrEqual(35);
    expect(mean).toBeGreaterThanOrEqual(minCovered(chosen));
    expect(cv).toBeGreaterThanOrEqual(minCovered(chosen));
  });

  it('a two-humped mixture: both families rejected by KS, the empirical one chosen with the sample mean kept', () => {
    const spec: DistributionSpec = {
      kind: 'mixture',
      components: [
        { weight: 0.6, dist: { kind: 'lognormal', mean: 2, cv: 0.2 } },
        { weight: 0.4, dist: { kind: 'lognormal', mean: 12, cv: 0.2 } },
      ],
    };
    const x = sample(spec, 3000, 0);
    const sampleMean = x.reduce((a, v) => a + v, 0) / x.length;
    const fit = fitDurations(x, opts);
    expect(fit.report.chosen).toBe('empirical');
    for (const c of fit.report.candidates.filter((c) => c.kind !== 'empirical'))
      expect(c.ks).toBeGreaterThan(fit.report.ksCritical);
    const emp = fit.report.candidates.find((c) => c.kind === 'empirical')!;
    expect(emp.mean).toBeCloseTo(sampleMean, 10);
    expect((emp.spec as { values: number[] }).values).toHaveLength(200);
    // True mixture mean 0.6·2 + 0.4·12 = 6: inside the t interval.
    expect(covers(fit.ci!.mean, 6)).toBe(true);
  });

  it('times in whole minutes: the rounded model is compared, and a lognormal is still accepted', () => {
    const x = sample({ kind: 'lognormal', mean: 8, cv: 0.6 }, 2000, 3, true);
    const fit = fitDurations(x, opts);
    expect(fit.report.resolution).toBe(1);
    expect(fit.report.chosen).toBe('lognormal');
    // Compared as continuous, the steps of rounded data would fail the test.
    const asContinuous = fitDurations(
      Float64Array.from(x, (v) => v + 1e-6),
      opts,
    );
    expect(asContinuous.report.resolution).toBe(0);
    expect(asContinuous.report.chosen).toBe('empirical');
  });

  it('a forced family is used even when another fits better', () => {
    const fit = fitDurations(sample({ kind: 'lognormal', mean: 6, cv: 0.5 }, 500, 1), { ...opts, choice: 'gamma' });
    expect(fit.report.chosen).toBe('gamma');
  });
});
