import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import { runMMcExperiment, type MMcParams } from './mmc.ts';

const ok: MMcParams = {
  arrivalRate: 9,
  serviceRate: 1,
  servers: 10,
  horizon: 2000,
  warmup: 200,
  replications: 20,
  seed: 20261126,
};

describe('the M/M/c experiment (the first page and the benchmark workload)', () => {
  it('reports Erlang C beside a simulation whose 95% interval is honest about it', () => {
    const r = runMMcExperiment(ok);
    expect(r.theory.stable).toBe(true);
    expect(r.theory.pWait).toBeCloseTo(0.6687, 4); // Erlang C(10, 9), tables
    expect(r.simulated.meanWait.n).toBe(20);
    expect(r.simulated.meanWait.halfWidth).toBeGreaterThan(0);
    // The statistical check of the kernel against theory (99% intervals) is in tests/validation.
    expect(r.simulated.meanWait.level).toBe(0.95);
    expect(r.customers).toBeGreaterThan(20 * 1800 * 9 * 0.9);
  });

  it('says when the queue is unstable instead of giving a finite theory value', () => {
    const r = runMMcExperiment({ ...ok, arrivalRate: 11, horizon: 300, warmup: 0, replications: 2 });
    expect(r.theory.stable).toBe(false);
    expect(r.theory.meanWait).toBe(Infinity);
    expect(Number.isFinite(r.simulated.meanWait.mean)).toBe(true);
  });

  const bad: [Partial<MMcParams>, RegExp][] = [
    [{ arrivalRate: 0 }, /arrivalRate: got 0/],
    [{ arrivalRate: -1 }, /arrivalRate/],
    [{ arrivalRate: NaN }, /arrivalRate: got NaN/],
    [{ arrivalRate: Infinity }, /arrivalRate: got Infinity/],
    [{ serviceRate: 0 }, /serviceRate/],
    [{ servers: 0 }, /servers: got 0/],
    [{ servers: 2.5 }, /servers/],
    [{ servers: 20000 }, /servers/],
    [{ horizon: 0 }, /horizon/],
    [{ warmup: 2000 }, /warmup/],
    [{ warmup: -5 }, /warmup/],
    [{ replications: 0 }, /replications: got 0/],
    [{ replications: 1 }, /replications/],
    [{ seed: -1 }, /seed/],
    [{ seed: 0.5 }, /seed/],
    [{ horizon: 1e9 }, /horizon/],
  ];
  for (const [patch, message] of bad) {
    it(`rejects ${JSON.stringify(patch, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))}`, () => {
      expect(() => runMMcExperiment({ ...ok, ...patch })).toThrow(ParameterError);
      expect(() => runMMcExperiment({ ...ok, ...patch })).toThrow(message);
    });
  }
});
