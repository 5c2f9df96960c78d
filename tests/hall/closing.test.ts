/**
 * Rule 4 (延时服务): everyone inside at closing is served, overtime is the work done after
 * closing, newcomers near closing are shown a predicted wait and some leave or leave their matter
 * with the hall, and overtime earns compensatory time off on quiet working days.
 */
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/sim/hall/resolve.ts';
import { parseIsoDate } from '../../src/sim/scenario/index.ts';
import { allDay, ci, conserved, describeCi, exp, inside, replicate, variant } from './base.ts';

// Too few windows in the last hour: a line is left at closing.
const lateRush = variant((s) => {
  s.demand.intraday = [
    { start: '09:00', end: '15:00', share: 0.6 },
    { start: '15:00', end: '17:00', share: 0.4 },
  ];
  s.windows.groups[0].schedule = [...allDay(5).slice(0, 14), 2, 2];
  s.calendar.ticketCutoffMinutes = 10;
  s.backOffice = { officers: 2 };
});

describe('closing time', () => {
  it('everyone inside at closing is served, and overtime equals the work done after closing', () => {
    const res = replicate(lateRush, 10);
    for (const r of res) {
      const m = r.metrics;
      expect(m['count.abandoned']).toBe(0);
      expect(m['count.served.window'] + m['count.balked']).toBe(m['count.arrivals']);
      expect(m['windows.overtimeMinutes']).toBeGreaterThan(0);
      expect(Math.abs(m['windows.overtimeMinutes'] - m['windows.workAfterClose'])).toBeLessThan(
        1e-6 * m['windows.workAfterClose'],
      );
      // The overtime ledger adds up to the same total.
      expect(r.ledgers.overtime.reduce((a, o) => a + o.minutes, 0)).toBeCloseTo(m['windows.overtimeMinutes'], 6);
    }
    expect(conserved(res)).toBe(true);
  });

  it('windows finishing their last taxpayer after closing are staffed until then: utilisation never exceeds 1', () => {
    // A 15-minute day with long handling: nearly all the work is done after closing.
    const shortDay = variant((s) => {
      s.calendar.open = '09:00';
      s.calendar.close = '09:15';
      s.calendar.ticketCutoffMinutes = 0;
      s.calendar.intervalMinutes = 15;
      s.types[0].service = exp(20);
      s.demand = { dailyVolume: 40, intraday: [{ start: '09:00', end: '09:15', share: 1 }] };
      s.windows.groups[0].schedule = [4];
    });
    for (const r of replicate(shortDay, 10)) {
      const m = r.metrics;
      expect(m['windows.all.utilisation']).toBeLessThanOrEqual(1);
      expect(m['windows.general.utilisation']).toBeLessThanOrEqual(1);
      // Staff minutes: the busy minutes plus idle open time, so at least the work done.
      const busy = r.intervals.busy.reduce((a, x) => a + x, 0) * r.intervals.intervalMinutes;
      expect(m['windows.staffMinutes']).toBeGreaterThanOrEqual(busy - 1e-6);
      for (let i = 0; i < r.intervals.busy.length; i++)
        expect(r.intervals.busy[i]).toBeLessThanOrEqual(r.intervals.open[i] + 1e-9);
    }
  });

  it('tickets stop at the cut-off: later arrivals are turned away (the profile share after it)', () => {
    const res = replicate(lateRush, 30);
    // Arrivals after 16:50: 10 of the last 120 minutes' 40% of 300 a day, 5 days = 50.
    const away = ci(res, 'count.balked.cutoff');
    expect(inside(away, 50), describeCi(away)).toBe(true);
  });

  it('near closing a predicted wait is shown; a share of those shown a long one leave', () => {
    const leave = variant(
      (s) => (s.closing = { predictionMinutes: 120, longWaitMinutes: 5, leaveProbability: 0.3 }),
      lateRush,
    );
    const res = replicate(leave, 30);
    const share = ci(res, (r) => r.metrics['closing.left'] / r.metrics['closing.shownLong']);
    expect(inside(share, 0.3), `0.3 vs ${describeCi(share)}`).toBe(true);
    for (const r of res) {
      expect(r.metrics['closing.shown']).toBeGreaterThanOrEqual(r.metrics['closing.shownLong']);
      expect(r.metrics['closing.predicted.mean']).toBeGreaterThan(0);
      expect(r.metrics['closing.actual.mean']).toBeGreaterThan(0);
    }
    expect(conserved(res)).toBe(true);
  });

  it('a matter may be left with the hall as a case (Rule 1), followed to its answer', () => {
    const leftCase = variant(
      (s) =>
        (s.closing = {
          predictionMinutes: 120,
          longWaitMinutes: 5,
          leaveProbability: 0,
          leaveWithHallShare: 1,
          leftCaseLimitDays: 2,
        }),
      lateRush,
    );
    const res = replicate(leftCase, 5);
    for (const r of res) {
      expect(r.metrics['count.leftAsCase']).toBe(r.metrics['closing.shownLong']);
      expect(r.metrics['count.leftAsCase']).toBeGreaterThan(0);
      const cases = r.ledgers.cases.filter((c) => c.source === 'closing');
      expect(cases.length).toBe(r.metrics['count.leftAsCase']);
      for (const c of cases) {
        expect(c.limitDays).toBe(2);
        expect(c.answeredAt).not.toBeNull();
      }
    }
    expect(conserved(res)).toBe(true);
  });

  it('overtime earns time off on the quietest working days outside the filing period', () => {
    const month = variant((s) => {
      s.calendar = { startDate: '2026-03-01', days: 31, open: '09:00', close: '17:00', ticketCutoffMinutes: 10 };
      s.demand.dayTypeFactors = { ordinary: 0.6, filing: 1, deadline: 1.5 };
      s.windows.groups[0].schedule = {
        ordinary: [...allDay(5).slice(0, 14), 2, 2],
        filing: [...allDay(5).slice(0, 14), 2, 2],
        deadline: [...allDay(6).slice(0, 14), 2, 2],
      };
      s.closing = { leaveProbability: 0, timeOffThresholdMinutes: 30 };
    }, lateRush);
    const r = resolveScenario(month);
    const [res] = replicate(month, 1);
    expect(res.ledgers.timeOff.length).toBeGreaterThan(0);
    for (const row of res.ledgers.timeOff) {
      expect(row.minutes).toBe(30);
      if (row.takeOn === null) continue;
      const d = parseIsoDate(row.takeOn)! - r.calendar.startDay;
      const earned = parseIsoDate(row.earnedOn)! - r.calendar.startDay;
      expect(d).toBeGreaterThan(earned);
      expect(r.calendar.isWorking(d) && r.calendar.dayType(d) === 'ordinary').toBe(true);
    }
    // Each window's blocks: accrued overtime / threshold, rounded down.
    const accrued = new Map<string, number>();
    for (const o of res.ledgers.overtime)
      accrued.set(`${o.group}#${o.window}`, (accrued.get(`${o.group}#${o.window}`) ?? 0) + o.minutes);
    for (const [key, minutes] of accrued) {
      const blocks = res.ledgers.timeOff.filter((t) => `${t.group}#${t.window}` === key).length;
      expect(blocks).toBe(Math.floor(minutes / 30));
    }
  });
});

export { exp };
