/**
 * Walk-ins: arrivals at the time-varying rate, the guidance desk, routing between groups,
 * balking at the ticket machine, patience, coming back another day, lunch breaks, dedicated
 * windows.
 */
import { describe, expect, it } from 'vitest';
import { allDay, ci, conserved, describeCi, exp, inside, replicate, variant } from './base.ts';

describe('walk-ins', () => {
  it('arrive at the daily volume times the day and weekday factors', () => {
    const s = variant((x) => {
      x.demand.weekdayFactors = [1.2, 1, 1, 1, 0.8, 1, 1];
      x.calendar.ticketCutoffMinutes = 0;
    });
    const res = replicate(s, 30);
    const arrivals = ci(res, 'count.arrivals');
    // Mon 2 March 2026 ×1.2, Tue-Thu ×1, Fri ×0.8: 300 × 5.
    expect(inside(arrivals, 1500), describeCi(arrivals)).toBe(true);
    const monday = ci(res, (r) => r.days.tickets[0]);
    expect(inside(monday, 360), describeCi(monday)).toBe(true);
    expect(conserved(res)).toBe(true);
  });

  it('take no tickets during the lunch break: those arriving then get one when it ends', () => {
    const s = variant((x) => {
      x.calendar.lunch = { start: '12:00', end: '13:00' };
      x.calendar.intervalMinutes = 60;
      x.windows.groups[0].schedule = Array(8).fill(5);
    });
    for (const r of replicate(s, 3)) {
      for (let d = 0; d < 5; d++) expect(r.intervals.tickets[d * 24 + 12]).toBe(0);
      expect(r.intervals.tickets[13]).toBeGreaterThan(r.intervals.tickets[14]); // the lunch crowd at 13:00
    }
  });

  it('pass the guidance desk first when there is one (a resource with its own wait)', () => {
    const s = variant((x) => (x.guidance = { staff: 1, time: exp(1.5) }));
    const res = replicate(s, 5);
    for (const r of res) expect(r.metrics['guidance.wait.mean']).toBeGreaterThan(0);
    expect(conserved(res)).toBe(true);
  });

  it('balk at a long line: more balk the longer it is, none without balking', () => {
    const crowded = variant((x) => (x.windows.groups[0].schedule = allDay(3)));
    const none = replicate(crowded, 3);
    for (const r of none) expect(r.metrics['count.balked.ticket']).toBe(0);
    const soft = replicate(
      variant((x) => (x.behaviour = { balking: { fromAhead: 10, allAhead: 60 } }), crowded),
      10,
    );
    const hard = replicate(
      variant((x) => (x.behaviour = { balking: { fromAhead: 2, allAhead: 10 } }), crowded),
      10,
    );
    const a = ci(soft, 'count.balked.ticket');
    const b = ci(hard, 'count.balked.ticket');
    expect(a.upper, `${describeCi(a)} vs ${describeCi(b)}`).toBeLessThan(b.lower);
    expect(conserved([...soft, ...hard])).toBe(true);
  });

  it('give up after their patience, and some come back on a later working day', () => {
    const s = variant((x) => {
      x.calendar.days = 10;
      x.windows.groups[0].schedule = allDay(3);
      x.behaviour = { patience: exp(20), returnShare: 1, returnWithinDays: 2 };
    });
    const res = replicate(s, 5);
    for (const r of res) {
      const m = r.metrics;
      expect(m['count.abandoned']).toBeGreaterThan(0);
      // With returnShare 1 everyone who left unserved on a first visit comes back (or would,
      // after the horizon): returned + beyond = first-visit leavers, so at least returned > 0.
      expect(m['count.returned']).toBeGreaterThan(0);
      expect(m['count.returned'] + m['count.returnsBeyondHorizon']).toBeLessThanOrEqual(
        m['count.abandoned'] + m['count.balked'],
      );
    }
    expect(conserved(res)).toBe(true);
  });

  it('dedicated windows serve only their types; routing picks the shortest expected wait', () => {
    const s = variant((x) => {
      x.types = [
        { id: 'invoice', name: { zh: '发票', en: 'Invoices' }, share: 0.3, service: exp(3) },
        { id: 'other', name: { zh: '其他', en: 'Other' }, share: 0.7, service: exp(6) },
      ];
      x.windows.groups.push({
        id: 'invoice',
        name: { zh: '发票窗口', en: 'Invoice windows' },
        kind: 'dedicated',
        windows: 2,
        types: ['invoice'],
        schedule: allDay(1),
      });
    });
    const res = replicate(s, 5);
    for (const r of res) {
      // Only invoices at the invoice window; invoices also at general windows when that is quicker.
      expect(r.metrics['wait.group.invoice.n']).toBeGreaterThan(0);
      expect(r.metrics['wait.group.invoice.n']).toBeLessThan(r.metrics['wait.type.invoice.n']);
    }
    // 'firstEligible' takes the most specialised open group: every invoice goes to the invoice window.
    const first = variant((x) => (x.windows.routing = 'firstEligible'), s);
    for (const r of replicate(first, 3)) {
      expect(r.metrics['wait.group.invoice.n']).toBe(r.metrics['wait.type.invoice.n']);
      expect(r.metrics['wait.group.general.n']).toBe(r.metrics['wait.type.other.n']);
    }
  });
});
