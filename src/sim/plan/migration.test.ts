import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../hall/resolve.ts';
import { loadScenario } from '../../ui/charts/testing/fixtures.ts';
import type { Scenario } from '../scenario/index.ts';
import { requiredWindows } from './analytic-staffing.ts';
import { migrationCurve, withMoreOnline } from './migration.ts';
import { parseTarget } from './target.ts';

const targets = parseTarget('wait<=15min@90%');
const hotlineTarget = { share: 0.8, seconds: 20 };

/** One type, 300 a day evenly 09:00–17:00, 5-minute exponential handling, five working days. */
function flat(): Scenario {
  return {
    version: 1,
    name: { zh: '测试', en: 'Test' },
    calendar: {
      startDate: '2026-03-02',
      days: 5,
      open: '09:00',
      close: '17:00',
      filingPeriod: null,
      ticketCutoffMinutes: 0,
    },
    types: [
      { id: 'filing', name: { zh: '申报', en: 'Filing' }, share: 0.5, service: { kind: 'exponential', mean: 5 } },
      { id: 'invoice', name: { zh: '发票', en: 'Invoice' }, share: 0.5, service: { kind: 'exponential', mean: 5 } },
    ],
    demand: { dailyVolume: 300, intraday: [{ start: '09:00', end: '17:00', share: 1 }] },
    windows: {
      groups: [
        { id: 'g', name: { zh: '综合', en: 'General' }, kind: 'general', windows: 10, schedule: Array(16).fill(5) },
      ],
    },
  };
}

describe('the migration what-if', () => {
  it('moves the extra share of what is still at the hall, on top of the scenario’s own shift', () => {
    const s = flat();
    s.online = { shift: { invoice: 0.2 } };
    expect(withMoreOnline(s, ['invoice'], 0.5).online!.shift!.invoice).toBeCloseTo(0.6, 12);
    const more = withMoreOnline(s, ['filing'], 0.1).online!.shift!;
    expect(Object.keys(more).sort()).toEqual(['filing', 'invoice']);
    expect(more.invoice).toBe(0.2);
    expect(more.filing).toBeCloseTo(0.1, 15);
    expect(s.online.shift).toEqual({ invoice: 0.2 }); // the scenario itself is left as it was
  });

  it('staffs a flat day by Erlang C interval by interval, and the moved demand leaves the hall exactly', () => {
    const [base, half] = migrationCurve({
      scenario: flat(),
      types: ['invoice'],
      extras: [0, 0.5],
      targets,
      hotlineTarget,
    });
    // 300 a day over 16 half hours, 5 minutes each: 3.125 Erlangs in every interval.
    const need = requiredWindows(
      3.125,
      { meanService: 5, meanPatience: null },
      { share: 0.9, waitMinutes: 15 },
    ).windows;
    expect(base.peakWindows).toBe(need);
    expect(base.windowHours).toBeCloseTo(need * 8 * 5, 9);
    expect(base.hallVisitors).toBeCloseTo(1500, 9);
    expect(base.movedOnline).toBe(0);
    // Half the invoice demand (half the hall) moves: a quarter of 1,500 visitors.
    expect(half.movedOnline).toBeCloseTo(375, 9);
    expect(half.hallVisitors).toBeCloseTo(1125, 9);
    const fewer = requiredWindows(
      3.125 * 0.75,
      { meanService: 5, meanPatience: null },
      { share: 0.9, waitMinutes: 15 },
    );
    expect(half.peakWindows).toBe(fewer.windows);
    expect(base.agentHours).toBeNull();
  });

  it('with a hotline: the calls the move brings grow with it, and never fewer agents or more windows', () => {
    const s = loadScenario('city-hotline');
    const points = migrationCurve({
      scenario: s,
      types: ['invoice', 'proxy-invoice'],
      extras: [0, 0.25, 0.5, 0.75],
      targets,
      hotlineTarget,
    });
    const r = resolveScenario(s);
    let invoiceDemand = 0;
    const T = r.types.length;
    for (let d = 0; d < r.days; d++) for (const t of [0, 1]) invoiceDemand += r.volume[d] * r.shares[d * T + t];
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      expect(p.movedOnline).toBeCloseTo(invoiceDemand * p.extra, 6);
      expect(p.onlineCalls).toBeCloseTo(p.movedOnline * s.online!.callShare!, 9);
      if (i === 0) continue;
      expect(p.windowHours).toBeLessThanOrEqual(points[i - 1].windowHours);
      expect(p.agentHours!).toBeGreaterThanOrEqual(points[i - 1].agentHours!);
    }
    expect(points[3].windowHours).toBeLessThan(points[0].windowHours);
    expect(points[3].agentHours!).toBeGreaterThan(points[0].agentHours!);
  });
});
