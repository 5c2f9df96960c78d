/**
 * Reproducibility and common random numbers: the same (seed, replication) gives bit-identical
 * results; another replication gives different ones; changing the service distribution leaves
 * the arrival stream untouched (so two scenarios compared with one seed see the same taxpayers).
 */
import { describe, expect, it } from 'vitest';
import { replicate, type QueueModel } from './harness.ts';
import { runMMcExperiment, simulateMMc } from '../../src/sim/models/mmc.ts';
import { SUITE_SEED } from '../support/seed.ts';

const model: QueueModel = {
  arrivalRate: 4,
  classes: [
    { share: 0.3, service: { kind: 'exponential', mean: 1 } },
    { share: 0.7, service: { kind: 'lognormal', mean: 1.1, cv: 0.8 } },
  ],
  servers: 5,
  patience: { kind: 'exponential', mean: 10 },
  warmup: 50,
  horizon: 2000,
};

describe('determinism', () => {
  it('the same seed and replication give bit-identical results', () => {
    const a = replicate(model, SUITE_SEED, 3, true);
    const b = replicate(model, SUITE_SEED, 3, true);
    expect(b).toStrictEqual(a);
    expect(Object.is(a.meanWaitServed, b.meanWaitServed)).toBe(true);
  });

  it('another replication or seed gives different results', () => {
    const a = replicate(model, SUITE_SEED, 3, true);
    expect(replicate(model, SUITE_SEED, 4, true).arrivalTimes).not.toEqual(a.arrivalTimes);
    expect(replicate(model, SUITE_SEED + 1, 3, true).arrivalTimes).not.toEqual(a.arrivalTimes);
  });

  it('a different service distribution leaves the arrival stream unchanged', () => {
    const other: QueueModel = {
      ...model,
      classes: model.classes.map((c) => ({ ...c, service: { kind: 'gamma', mean: 0.5, cv: 2 } })),
    };
    const a = replicate(model, SUITE_SEED, 7, true);
    const b = replicate(other, SUITE_SEED, 7, true);
    expect(b.arrivalTimes).toEqual(a.arrivalTimes);
    expect(b.meanWaitServed).not.toBe(a.meanWaitServed);
  });

  it('the M/M/c experiment is reproducible and each replication is independent of the others', () => {
    const p = {
      arrivalRate: 9,
      serviceRate: 1,
      servers: 10,
      horizon: 500,
      warmup: 50,
      replications: 4,
      seed: SUITE_SEED,
    };
    expect(runMMcExperiment(p)).toStrictEqual(runMMcExperiment(p));
    // Replication 2 alone equals replication 2 within a run of four: no shared state.
    const alone = simulateMMc(p, 2);
    expect(simulateMMc({ ...p, replications: 9 }, 2)).toStrictEqual(alone);
  });
});
