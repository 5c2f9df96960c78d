import { describe, expect, it } from 'vitest';
import { erlangA } from '../analytic/erlang-a.ts';
import { validateScenario } from '../scenario/index.ts';
import { iterativeStaffing } from './isa.ts';
import { simulateInThread } from '../results/simulate.ts';
import { withStaffing } from './staffing.ts';
import { parseTarget } from './target.ts';
import { sinusoidScenario } from './testing/sinusoid.ts';

describe('the Iterative Staffing Algorithm on M_t/M/s_t+M with a sinusoidal arrival rate', () => {
  // λ(t) = 2 + 0.8 sin(2πt/1440) per minute, 10-minute handling, 20-minute patience: the offered
  // load swings between 12 and 28 windows over the day.
  const scenario = sinusoidScenario({ a: 2, b: 0.8, meanService: 10, meanPatience: 20 });

  it('is a valid scenario', () => {
    expect(validateScenario(scenario)).toEqual([]);
  });

  for (const alpha of [0.1, 0.5]) {
    it(`gives a time-stable delay probability close to ${alpha}`, async () => {
      const targets = parseTarget(`wait<=0min@${(1 - alpha) * 100}%`);
      const plan = await iterativeStaffing({
        scenario,
        targets,
        simulate: simulateInThread,
        replications: 60,
        seed: 11,
      });
      expect(plan.converged).toBe(true);
      // Re-simulated on fresh seeds: the delay probability of each half hour of the (warmed-up) day.
      const check = await simulateInThread({
        scenario: withStaffing(scenario, plan.staffing),
        replications: 100,
        seed: 909,
        waitMinutes: { ordinary: 0, filing: 0, deadline: 0 },
      });
      const share = check.groupLoad!.share;
      const delays = Array.from({ length: 48 }, (_, k) => 1 - share.cell.mean[k]);
      const pooled = 1 - share.hallDay.mean[0];
      const pooledHw = share.hallDay.halfWidth[0];

      // Close to α: staffing moves in whole windows, so the delay probability an interval gets
      // lies below α by up to one window's step. That step, at the day's mean load (Erlang A), and
      // the confidence half-width bound how far the day's delay probability may sit from α.
      const windows = plan.staffing[0].ordinary;
      const c = Math.round(windows.reduce((a, b) => a + b, 0) / 48);
      const step = erlangA(2, 0.1, c - 1, 0.05).pWait - erlangA(2, 0.1, c, 0.05).pWait;
      expect(pooled).toBeLessThanOrEqual(alpha + pooledHw);
      expect(pooled).toBeGreaterThanOrEqual(alpha - step - pooledHw);

      // Time-stable: the same window-hours spread evenly over the day give a delay probability
      // that swings with the arrival rate; the algorithm's varies several times less.
      const even = new Array(48).fill(c);
      const flat = await simulateInThread({
        scenario: withStaffing(scenario, [{ ordinary: even, filing: even, deadline: even }]),
        replications: 100,
        seed: 909,
        waitMinutes: { ordinary: 0, filing: 0, deadline: 0 },
      });
      const flatDelays = Array.from({ length: 48 }, (_, k) => 1 - flat.groupLoad!.share.cell.mean[k]);
      const sd = (xs: number[]) =>
        Math.sqrt(xs.reduce((a, x) => a + (x - xs.reduce((p, q) => p + q, 0) / xs.length) ** 2, 0) / (xs.length - 1));
      expect(sd(delays)).toBeLessThan(sd(flatDelays) / 3);
      // The staffing follows the arrival rate, peaking when the load does (06:00 to 12:00).
      const peak = windows.indexOf(Math.max(...windows));
      expect(peak).toBeGreaterThanOrEqual(8);
      expect(peak).toBeLessThanOrEqual(24);
    }, 120_000);
  }
});
