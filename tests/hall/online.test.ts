/**
 * Demand moving from the hall to the online platforms (rule 5): the hall's volume falls by each
 * type's moved share, month by month as the trend says; the calls the move brings reach the
 * 12366 hotline; a type that cannot be done online may not move; and the block is validated in
 * both languages.
 */
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/sim/hall/resolve.ts';
import type { Scenario } from '../../src/sim/scenario/index.ts';
import { validateScenario } from '../../src/sim/scenario/index.ts';
import { ci, describeCi, exp, inside, replicate, variant } from './base.ts';

const twoTypes = (edit: (s: Scenario) => void = () => {}) =>
  variant((s) => {
    s.types = [
      { id: 'filing', name: { zh: '申报', en: 'Filing' }, share: 0.6, service: exp(5) },
      { id: 'invoice', name: { zh: '发票', en: 'Invoice' }, share: 0.4, service: exp(4) },
    ];
    edit(s);
  });

describe('demand moving online', () => {
  it('a shift takes its share of the type off the hall, and the shares are taken again over what stays', () => {
    const base = resolveScenario(twoTypes());
    const moved = resolveScenario(twoTypes((s) => (s.online = { shift: { invoice: 0.25 } })));
    for (let d = 0; d < base.days; d++) {
      // 300 a day: 0.6 stays, 0.4 × 0.75 = 0.3 stays → 0.9 of the volume.
      expect(moved.volume[d]).toBeCloseTo(base.volume[d] * 0.9, 9);
      expect(moved.shares[d * 2 + 1]).toBeCloseTo(0.3 / 0.9, 12);
      expect(moved.movedOnline[d * 2 + 1]).toBeCloseTo(base.volume[d] * 0.1, 9);
      expect(moved.movedOnline[d * 2]).toBe(0);
    }
  });

  it('the monthly trend compounds from the first day’s month', () => {
    const s = twoTypes((x) => {
      x.calendar.startDate = '2026-03-02';
      x.calendar.days = 61; // into May
      x.online = { perMonth: { invoice: 0.1 } };
    });
    const r = resolveScenario(s);
    const base = resolveScenario(twoTypes((x) => ((x.calendar.startDate = '2026-03-02'), (x.calendar.days = 61))));
    const dayOf = (iso: string) => (Date.parse(iso) - Date.parse('2026-03-02')) / 86_400_000;
    for (const [iso, stays] of [
      ['2026-03-10', 1],
      ['2026-04-10', 0.9],
      ['2026-05-01', 0.81],
    ] as const) {
      const d = dayOf(iso);
      if (base.volume[d] === 0) continue;
      expect(r.volume[d] / base.volume[d]).toBeCloseTo(0.6 + 0.4 * stays, 12);
    }
  });

  it('the hall serves fewer, and the calls the move brings reach the hotline', () => {
    const s = twoTypes((x) => {
      x.online = { shift: { invoice: 0.5 }, callShare: 0.2 };
      const day = Array<number>(48).fill(4);
      x.hotline = {
        callsPerDay: { ordinary: 0, filing: 0, deadline: 0, closed: 0 },
        agents: { hours: '24h', seats: 4, schedule: { ordinary: day, filing: day, deadline: day, closed: day } },
        handling: exp(3),
        patience: exp(2),
      };
    });
    expect(validateScenario(s)).toEqual([]);
    const res = replicate(s, 20);
    // 300 a day × 0.4 × 0.5 = 60 moved a day for 5 days; a fifth of them call: 60 calls.
    expect(res[0].metrics['online.moved']).toBeCloseTo(300, 9);
    expect(res[0].metrics['online.moved.invoice']).toBeCloseTo(300, 9);
    const calls = ci(res, 'hotline.fromOnline');
    expect(inside(calls, 60), describeCi(calls)).toBe(true);
    for (const r of res) expect(r.metrics['hotline.fresh']).toBe(r.metrics['hotline.fromOnline']);
    const hall = ci(res, 'count.arrivals');
    expect(inside(hall, 300 * 5 * 0.8), describeCi(hall)).toBe(true);
  });

  it('is validated: unknown types, a type that cannot go online, calls without a hotline', () => {
    const s = twoTypes((x) => {
      x.online = {
        shift: { invoice: 0.2, nope: 0.1 },
        perMonth: { filing: 0.05 },
        notOnline: ['filing', 'gone'],
        callShare: 0.1,
      };
    });
    const found = validateScenario(s).map((p) => ({ path: p.path, code: p.code, ...p.message }));
    const at = (path: string, code: string) => found.find((p) => p.path === path && p.code === code);
    expect(at('online.shift.nope', 'unknown_reference')?.en).toContain('no business type with the id "nope"');
    expect(at('online.notOnline[1]', 'unknown_reference')).toBeDefined();
    expect(at('online.perMonth.filing', 'not_online')?.zh).toContain('列在 online.notOnline 中（不能网上办理）');
    expect(at('online.callShare', 'hotline_required')?.en).toContain('does not have; add hotline');
    expect(found).toHaveLength(4);
  });
});
