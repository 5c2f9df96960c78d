import { describe, expect, it } from 'vitest';
import { KNOWN } from '../../../tests/history/known.ts';
import { covers, minCovered } from '../../../tests/history/coverage.ts';
import { distribution, type DistributionSpec } from '../engine/distributions.ts';
import { Rng } from '../engine/rng.ts';
import { dayNumber } from '../scenario/index.ts';
import { ticketColumns } from './fit-columns.ts';
import { fitPatience, kaplanMeier, kmAt } from './fit-patience.ts';
import type { TicketRecord } from './records.ts';

/**
 * Tickets with a known patience: each waits a wait drawn from `waits` (a quarter of them none at
 * all); one whose patience is shorter leaves at its patience (found gone then), the others are
 * served at their wait.
 */
function tickets(patience: DistributionSpec, waits: DistributionSpec, n: number, rep: number): TicketRecord[] {
  const p = distribution(patience);
  const w = distribution(waits);
  const rng = Rng.stream(5, rep, 'patience-test');
  const base = dayNumber(2025, 1, 6) * 1440 + 9 * 60;
  return Array.from({ length: n }, (_, i) => {
    const wait = rng.next() < 0.25 ? 0 : w.sample(rng);
    const patienceTime = p.sample(rng);
    const ticket = base + (i % 400);
    const gone = patienceTime < wait;
    return {
      line: i + 2,
      id: String(i + 1),
      ticket,
      call: gone ? ticket + patienceTime : ticket + wait,
      start: gone ? null : ticket + wait,
      end: gone ? null : ticket + wait + 5,
      type: 'general',
      window: gone ? null : '1',
      channel: 'walkIn',
      outcome: gone ? 'abandoned' : 'served',
    } satisfies TicketRecord;
  });
}

describe('patience from censored waits', () => {
  it('Kaplan–Meier by hand: events at 2, 4 (×2); censored at 3, 5', () => {
    const km = kaplanMeier(Float64Array.from([2, 4, 4]), Float64Array.from([3, 5]));
    // at 2: 5 at risk, S = 4/5; at 4: 3 at risk (4, 4, 5), S = 4/5 · 1/3
    expect([...km.times]).toEqual([2, 4]);
    expect(km.survival[0]).toBeCloseTo(0.8, 15);
    expect(km.survival[1]).toBeCloseTo(0.8 / 3, 15);
    expect([...km.atRisk]).toEqual([5, 3]);
    // Greenwood: 1/(5·4) + 2/(3·1)
    expect(km.greenwood[1]).toBeCloseTo(1 / 20 + 2 / 3, 15);
    expect(kmAt(km, 3.5, 1.96).survival).toBeCloseTo(0.8, 15);
    expect(kmAt(km, 1, 1.96).survival).toBe(1);
  });

  it('a known exponential patience (mean 20): KM follows e^(−t/20), the exponential is chosen and its mean interval covers 20', () => {
    const runs = 30;
    let chosen = 0;
    let covered = 0;
    let kmCovered = 0;
    for (let rep = 0; rep < runs; rep++) {
      const cols = ticketColumns(
        tickets({ kind: 'exponential', mean: 20 }, { kind: 'exponential', mean: 15 }, 3000, rep),
        KNOWN,
      );
      const fit = fitPatience(cols, 0.95);
      const r = fit.report!;
      expect(r.events + r.censored).toBe(3000);
      if (r.chosen === 'exponential') chosen++;
      const exp = fit.parameters.find((p) => p.key === 'behaviour.patience.mean')!;
      if (r.chosen === 'exponential' && covers(exp.ci, 20)) covered++;
      for (const t of [10, 20, 30]) {
        const p = r.km.find((x) => x.time === t)!;
        if (p.lower <= Math.exp(-t / 20) && Math.exp(-t / 20) <= p.upper) kmCovered++;
      }
    }
    expect(chosen).toBeGreaterThanOrEqual(24);
    expect(covered).toBeGreaterThanOrEqual(minCovered(chosen));
    expect(kmCovered).toBeGreaterThanOrEqual(minCovered(runs * 3));
  });

  it('a lognormal patience (mean 40, CV 1): the lognormal is chosen and its mean interval covers 40', () => {
    const runs = 20;
    let chosen = 0;
    let covered = 0;
    for (let rep = 0; rep < runs; rep++) {
      const cols = ticketColumns(
        tickets({ kind: 'lognormal', mean: 40, cv: 1 }, { kind: 'exponential', mean: 30 }, 4000, rep),
        KNOWN,
      );
      const fit = fitPatience(cols, 0.95);
      if (fit.report!.chosen !== 'lognormal') continue;
      chosen++;
      if (covers(fit.parameters.find((p) => p.key === 'behaviour.patience.mean')!.ci, 40)) covered++;
    }
    expect(chosen).toBeGreaterThanOrEqual(18);
    expect(covered).toBeGreaterThanOrEqual(minCovered(chosen));
  });

  it('abandoned tickets without a time count in the share but not in the curve; too few events: no fit', () => {
    const rows = tickets({ kind: 'exponential', mean: 20 }, { kind: 'exponential', mean: 15 }, 400, 0).map((r) =>
      r.outcome === 'abandoned' ? { ...r, call: null } : r,
    );
    const fit = fitPatience(ticketColumns(rows, KNOWN), 0.95);
    const abandoned = rows.filter((r) => r.outcome === 'abandoned').length;
    expect(fit.report!.abandoned).toBe(abandoned);
    expect(fit.report!.events).toBe(0);
    expect(fit.report!.chosen).toBeNull();
    expect(fit.ops).toHaveLength(0);
    expect(fit.parameters.find((p) => p.key === 'behaviour.abandonedShare')!.estimate).toBeCloseTo(abandoned / 400, 12);
    expect(fit.notFitted.map((x) => x.what.en).join(' ')).toContain('patience distribution');
  });
});
