/**
 * Rule 3 (预约服务, 错峰预约): bookings, no-shows, grace and forfeits, priority of booked taxpayers,
 * and staggered invitations moving peak demand to off-peak slots with the green channel.
 */
import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../src/sim/hall/resolve.ts';
import { isPeakDay } from '../../src/sim/hall/demand.ts';
import { allDay, ci, conserved, describeCi, exp, inside, replicate, variant } from './base.ts';

describe('appointments', () => {
  const booked = variant((s) => {
    s.appointments = { share: 0.2, capacityPerSlot: 50, noShow: 0.25, graceMinutes: 1000 };
  });

  it('no-shows cut served appointments by the no-show rate', () => {
    const res = replicate(booked, 30);
    const served = ci(res, (r) => r.metrics['wait.channel.appointment.n'] / r.metrics['count.appointments.booked']);
    expect(inside(served, 0.75), `1 − no-show rate 0.75 vs served/booked ${describeCi(served)}`).toBe(true);
    // The hall never drops a booking: every booked taxpayer who came was served.
    for (const r of res) expect(r.metrics['wait.channel.appointment.n']).toBe(r.metrics['count.arrivals.appointment']);
    expect(conserved(res)).toBe(true);
  });

  it('books the share of demand that asks for appointments', () => {
    const res = replicate(booked, 30);
    // Expected bookings: 300 a day × 5 days × 0.2 (slots are ample).
    const e = ci(res, (r) => r.metrics['count.appointments.booked'] + r.metrics['count.appointments.overflow']);
    expect(inside(e, 300 * 5 * 0.2), describeCi(e)).toBe(true);
    expect(res.every((r) => r.metrics['count.appointments.overflow'] === 0)).toBe(true);
  });

  it('a full day sends the overflow to walk in, without losing anyone', () => {
    const res = replicate(
      variant((s) => (s.appointments = { share: 0.5, capacityPerSlot: 2 })),
      5,
    );
    for (const r of res) {
      expect(r.metrics['count.appointments.booked']).toBe(5 * 15 * 2); // 15 slots from 09:00 to 16:30
      expect(r.metrics['count.appointments.overflow']).toBeGreaterThan(0);
    }
    expect(conserved(res)).toBe(true);
  });

  it('late beyond the grace period forfeits: the forfeit-ticket share takes an ordinary ticket, the rest leave', () => {
    const late = variant((s) => {
      s.appointments = {
        share: 0.3,
        capacityPerSlot: 50,
        lateShare: 1,
        late: { kind: 'deterministic', value: 20 },
        graceMinutes: 15,
        forfeitTicketShare: 0.4,
      };
    });
    const res = replicate(late, 30);
    for (const r of res) expect(r.metrics['wait.channel.appointment.n'] ?? 0).toBe(0);
    const left = ci(res, (r) => r.metrics['count.forfeited'] / r.metrics['count.arrivals.appointment']);
    expect(inside(left, 0.6), `0.6 left vs ${describeCi(left)}`).toBe(true);
    for (const r of res)
      expect(r.metrics['count.forfeited'] + r.metrics['count.forfeited.toTicket']).toBe(
        r.metrics['count.arrivals.appointment'],
      );
    expect(conserved(res)).toBe(true);
  });

  it('a booking so late it comes after the horizon is still counted (forfeited), not lost', () => {
    // The run used to stop once the hall was empty, leaving such arrivals in the calendar.
    const s = variant((x) => {
      x.appointments = {
        share: 0.3,
        capacityPerSlot: 50,
        lateShare: 1,
        late: { kind: 'deterministic', value: 100_000 },
        graceMinutes: 15,
        forfeitTicketShare: 0,
      };
    });
    const res = replicate(s, 3);
    for (const r of res) expect(r.metrics['count.forfeited']).toBe(r.metrics['count.arrivals.appointment']);
    expect(conserved(res)).toBe(true);
  });

  it('appointments are served before walk-ins at a shared window group', () => {
    const busy = variant((s) => {
      s.appointments = { share: 0.1, capacityPerSlot: 50 };
      s.windows.groups[0].schedule = allDay(4); // utilisation about 0.8
    });
    const res = replicate(busy, 20);
    const walkIn = ci(res, 'wait.channel.walkIn.mean');
    const appointment = ci(res, 'wait.channel.appointment.mean');
    expect(appointment.upper, `${describeCi(appointment)} vs walk-in ${describeCi(walkIn)}`).toBeLessThan(walkIn.lower);
  });
});

describe('staggered bookings (错峰预约)', () => {
  // March 2026: the deadline is Monday 16 March; the peak is the last 3 working days and the deadline.
  const month = variant((s) => {
    s.calendar = { startDate: '2026-03-01', days: 31, open: '09:00', close: '17:00' };
    s.demand = {
      dailyVolume: 300,
      dayTypeFactors: { ordinary: 0.7, filing: 1.2, deadline: 2 },
      intraday: [{ start: '09:00', end: '17:00', share: 1 }],
    };
    s.windows.groups[0].windows = 12;
    s.windows.groups[0].schedule = { ordinary: allDay(6), filing: allDay(8), deadline: allDay(12) };
    s.windows.groups.push({
      id: 'green',
      name: { zh: '绿色通道', en: 'Green channel' },
      kind: 'green',
      windows: 1,
      schedule: allDay(1),
    });
    s.staggered = {
      fromDays: { dayTypes: ['deadline'], lastWorkingDays: 3 },
      inviteShare: 0.3,
      acceptance: 0.5,
      toDayTypes: ['filing'],
      toHours: [{ start: '14:00', end: '16:00' }],
      capacityPerSlot: 100,
    };
  });

  it('moves the accepted share of peak demand to earlier off-peak days and hours', () => {
    const r = resolveScenario(month);
    let expected = 0;
    const peak: number[] = [];
    for (let d = 0; d < r.days; d++) {
      if (!isPeakDay(r, d)) continue;
      peak.push(d);
      expected += r.volume[d] * 0.3 * 0.5;
    }
    expect(peak).toEqual([10, 11, 12, 15]); // 11-13 March and the deadline, 16 March
    const res = replicate(month, 30);
    const moved = ci(res, (x) => x.metrics['count.staggered.booked'] + x.metrics['count.staggered.overflow']);
    expect(inside(moved, expected), `expected ${expected.toFixed(1)} vs ${describeCi(moved)}`).toBe(true);
    for (const x of res) {
      expect(x.metrics['count.staggered.overflow']).toBe(0);
      let from = 0;
      let to = 0;
      for (let d = 0; d < r.days; d++) {
        from += x.days.movedFrom[d];
        to += x.days.movedTo[d];
        if (x.days.movedFrom[d] > 0) expect(peak).toContain(d);
        if (x.days.movedTo[d] > 0) expect(r.calendar.dayType(d) === 'filing' && !peak.includes(d) && d < 15).toBe(true);
      }
      expect(from).toBe(x.metrics['count.staggered.booked']);
      expect(to).toBe(from);
    }
    expect(conserved(res)).toBe(true);
  });

  it('those who accept are served at the green channel when there is one', () => {
    for (const x of replicate(month, 5)) {
      expect(x.metrics['wait.channel.staggered.n']).toBeGreaterThan(0);
      expect(x.metrics['wait.group.green.n']).toBe(x.metrics['wait.channel.staggered.n']);
    }
  });

  it('at a shared window group, booked taxpayers (green channel, appointments) go before walk-ins', () => {
    // Green channel (class 0) before appointments (class 1) is the kernel's priority order,
    // tested in src/sim/engine/pool.test.ts; here both booked channels against walk-ins.
    const shared = variant((s) => {
      s.windows.groups = [s.windows.groups[0]];
      // utilisation about 0.75
      s.windows.groups[0].schedule = { ordinary: allDay(3), filing: allDay(5), deadline: allDay(8) };
      // Few bookings per slot, over the whole day, so booked taxpayers do not queue behind each other.
      s.appointments = { share: 0.1, capacityPerSlot: 3 };
      s.staggered!.toHours = [{ start: '09:00', end: '16:30' }];
      s.staggered!.capacityPerSlot = 2;
    }, month);
    const res = replicate(shared, 20);
    const [g, a, w] = ['staggered', 'appointment', 'walkIn'].map((c) => ci(res, `wait.channel.${c}.mean`));
    expect(g.upper, `staggered ${describeCi(g)} vs walk-ins ${describeCi(w)}`).toBeLessThan(w.lower);
    expect(a.upper, `appointments ${describeCi(a)} vs walk-ins ${describeCi(w)}`).toBeLessThan(w.lower);
  });

  it('with no room off-peak the accepted come on their peak day instead', () => {
    const full = variant((s) => (s.staggered!.capacityPerSlot = 0), month);
    for (const x of replicate(full, 3)) {
      expect(x.metrics['count.staggered.booked']).toBe(0);
      expect(x.metrics['count.staggered.overflow']).toBeGreaterThan(0);
    }
  });
});

export { exp };
