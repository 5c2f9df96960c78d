/**
 * Cross-check with simjs (our baseline DES library) on one M/M/c model: its mean wait and
 * ours must agree within the two confidence intervals (the difference of means lies inside the
 * 99% Welch interval of the difference), and both must contain the Erlang C value.
 */
import { describe, expect, it } from 'vitest';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { mmc } from '../../src/sim/analytic/index.ts';
import { covers, estimate } from '../../src/sim/engine/index.ts';
import { simjsMMc } from '../../bench/simjs.ts';
import { column, replications } from './harness.ts';
import { SUITE_SEED } from '../support/seed.ts';

describe('cross-check with simjs', () => {
  it('M/M/10 at rho 0.9: simjs and HallFlow agree on the mean wait, and both agree with Erlang C', () => {
    const [lambda, c, warmup, horizon, reps] = [9, 10, 500, 10500, 20];
    const ours = estimate(
      column(
        replications(
          {
            arrivalRate: lambda,
            classes: [{ share: 1, service: { kind: 'exponential', mean: 1 } }],
            servers: c,
            warmup,
            horizon,
          },
          SUITE_SEED,
          reps,
        ),
        (r) => r.meanWaitServed,
      ),
      0.99,
    );
    // simjs seeds a Mersenne Twister with an integer; one seed per replication.
    const theirs = estimate(
      Float64Array.from({ length: reps }, (_, r) => simjsMMc(lambda, 1, c, horizon, warmup, SUITE_SEED + r).meanWait),
      0.99,
    );
    const exact = mmc(lambda, 1, c).meanWait;
    expect(covers(ours, exact), `ours ${ours.mean} ± ${ours.halfWidth}, Erlang C ${exact}`).toBe(true);
    expect(covers(theirs, exact), `simjs ${theirs.mean} ± ${theirs.halfWidth}, Erlang C ${exact}`).toBe(true);
    const se = Math.sqrt(ours.sd ** 2 / reps + theirs.sd ** 2 / reps);
    const df = reps - 1; // conservative Welch degrees of freedom
    expect(Math.abs(ours.mean - theirs.mean)).toBeLessThan(tQuantile(0.995, df) * se);
  });
});
