import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import { covers, minCovered } from '../../../tests/history/coverage.ts';
import { Rng } from '../engine/rng.ts';
import { dayNumber, type Scenario } from '../scenario/index.ts';
import { fitBookings } from './fit-bookings.ts';
import { ticketColumns } from './fit-columns.ts';
import { fitHistory } from './fit.ts';
import type { TicketRecord } from './records.ts';

const s = demo as unknown as Scenario;

/**
 * Walk-ins over the 22 working days of March 2026 with the demo's type shares; a kiosk-able one
 * uses a kiosk (window "自助终端N") with probability eligibleShare × `choice`. Plus bookings:
 * `booked` of them, a fifth no-shows.
 */
function rows(choice: number, n: number, rep: number, booked = 0): TicketRecord[] {
  const rng = Rng.stream(8, rep, 'kiosk-test');
  const days: number[] = [];
  for (let d = 2; d <= 31; d++)
    if (![0, 6].includes(new Date(Date.UTC(2026, 2, d)).getUTCDay())) days.push(dayNumber(2026, 3, d));
  const out: TicketRecord[] = [];
  for (let i = 0; i < n + booked; i++) {
    let u = rng.next();
    const type = s.types.find((t) => (u -= t.share) < 0) ?? s.types[s.types.length - 1];
    const ticket = days[i % days.length] * 1440 + 540 + rng.next() * 420;
    const kiosk =
      i < n && type.kiosk !== undefined && type.kiosk !== null && rng.next() < (type.kiosk.eligibleShare ?? 1) * choice;
    const noShow = i >= n && rng.next() < 0.2;
    const service = -Math.log(rng.nextOpen()) * 4;
    out.push({
      line: i + 2,
      id: String(i + 1),
      ticket,
      call: noShow ? null : ticket + 1,
      start: noShow ? null : ticket + 1,
      end: noShow ? null : ticket + 1 + service,
      type: type.id,
      window: noShow ? null : kiosk ? `自助终端${1 + (i % 10)}` : `${1 + (i % 12)}号窗口`,
      channel: i < n ? 'walkIn' : 'appointment',
      outcome: noShow ? 'noShow' : 'served',
    });
  }
  return out;
}

describe('bookings and kiosks', () => {
  it('recovers the kiosk choice share from logged kiosk rows (interval covers the truth as 95% intervals should)', () => {
    const runs = 20;
    let covered = 0;
    for (let rep = 0; rep < runs; rep++) {
      const cols = ticketColumns(rows(0.3, 4000, rep), s);
      const fit = fitBookings(s, cols, 4000, 0, 0.95);
      const p = fit.parameters.find((x) => x.key === 'kiosks.choiceShare')!;
      expect(p.path).toEqual(['kiosks', 'choiceShare']);
      if (covers(p.ci, 0.3)) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(minCovered(runs));
  });

  it('appointment share and no-show rate by Wilson intervals on the counts', () => {
    const records = rows(0, 2000, 0, 300);
    const cols = ticketColumns(records, s);
    const noShows = records.filter((r) => r.outcome === 'noShow').length;
    const fit = fitBookings(s, cols, 2300, 300, 0.95);
    const share = fit.parameters.find((x) => x.key === 'appointments.share')!;
    expect(share.estimate).toBeCloseTo(300 / 2300, 12);
    expect(share.n).toBe(2300);
    const ns = fit.parameters.find((x) => x.key === 'appointments.noShow')!;
    expect(ns.estimate).toBeCloseTo(noShows / 300, 12);
    expect(ns.ci!.lower).toBeLessThan(ns.estimate);
    expect(ns.ci!.upper).toBeGreaterThan(ns.estimate);
    expect(fit.ops.map((o) => o.path.join('.'))).toEqual(['appointments.share', 'appointments.noShow']);
  });

  it('without a channel column, appointments are not fitted (and the report says why)', () => {
    const records = rows(0, 500, 1).map((r) => ({ ...r, channel: null }));
    const fit = fitBookings(s, ticketColumns(records, s), 500, 0, 0.95);
    expect(fit.ops.filter((o) => o.path[0] === 'appointments')).toEqual([]);
    expect(fit.notFitted[0].why.en).toContain('no channel column');
  });

  it('a whole fit with kiosk rows: visitors count the kiosk rows as they are, kiosk times are fitted', () => {
    const records = rows(0.3, 6000, 2);
    const fit = fitHistory(records, s, { weekdays: 'base' });
    expect(fit.report.arrivals.visitorsNote.en).toContain('kiosk rows');
    const visitors = fit.report.period.days.reduce((a, d) => a + d.visitors, 0);
    expect(visitors).toBeCloseTo(6000, 6);
    const kioskTime = fit.patch.find((o) => o.path.join('.') === 'types.0.kiosk.time');
    expect(kioskTime).toBeDefined();
    expect(fit.report.handling.filter((h) => h.target === 'kiosk' && h.chosen !== null).length).toBeGreaterThan(0);
    expect(fit.problems).toEqual([]);
  });
});
