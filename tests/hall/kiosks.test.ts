/**
 * Rule 5 (24小时自助办税): kiosk sites around the clock, failures and repairs, the share of
 * kiosk-able demand that chooses a kiosk, switching to a window when the kiosk line is long.
 */
import { describe, expect, it } from 'vitest';
import { ci, conserved, describeCi, exp, inside, replicate, variant } from './base.ts';
import type { KioskSite } from '../../src/sim/scenario/index.ts';

const site = (over: Partial<KioskSite> = {}): KioskSite => ({
  id: 'room',
  name: { zh: '自助厅', en: 'Self-service room' },
  kind: 'selfServiceRoom',
  kiosks: 4,
  hours: '24h',
  dailyVolume: 100,
  ...over,
});

describe('kiosks', () => {
  it('availability is MTBF / (MTBF + MTTR) when repairs happen at any time', () => {
    // 20 h between failures, 5 h repairs: 0.8. 120 days, so the start (all up) barely matters.
    const s = variant((x) => {
      x.calendar.days = 120;
      x.kiosks = {
        sites: [site({ failures: { mtbfHours: 20, repair: exp(300), repairHours: '24h', repairDays: 'all' } })],
      };
    });
    const res = replicate(s, 20);
    const a = ci(res, 'kiosk.room.availability');
    expect(inside(a, 0.8), `0.8 vs ${describeCi(a)}`).toBe(true);
    expect(conserved(res)).toBe(true);
  });

  it('repairs only in staff hours leave kiosks down overnight: availability is lower', () => {
    const make = (hours: '24h' | { start: string; end: string }) =>
      variant((x) => {
        x.calendar.days = 28;
        x.kiosks = {
          sites: [site({ failures: { mtbfHours: 20, repair: exp(120), repairHours: hours, repairDays: 'working' } })],
        };
      });
    const anyTime = ci(replicate(make('24h'), 20), 'kiosk.room.availability');
    const dayTime = ci(replicate(make({ start: '09:00', end: '17:00' }), 20), 'kiosk.room.availability');
    expect(dayTime.upper, `staff hours ${describeCi(dayTime)} vs any time ${describeCi(anyTime)}`).toBeLessThan(
      anyTime.lower,
    );
  });

  it('the chosen share of kiosk-able hall demand goes to the hall kiosks', () => {
    const s = variant((x) => {
      x.types = [
        {
          id: 'cert',
          name: { zh: '完税证明', en: 'Certificates' },
          share: 0.5,
          service: exp(3),
          kiosk: { eligibleShare: 0.8, time: exp(1.5) },
        },
        { id: 'reg', name: { zh: '登记', en: 'Registration' }, share: 0.5, service: exp(6) },
      ];
      x.kiosks = {
        choiceShare: 0.5,
        switchQueueLength: 1000,
        sites: [site({ id: 'hall', kind: 'hall', dailyVolume: 0 })],
      };
      x.calendar.ticketCutoffMinutes = 0; // everyone not at a kiosk gets a ticket
    });
    const res = replicate(s, 30);
    // Walk-ins of the kiosk-able type: 300 × 0.5 a day; a share 0.8 × 0.5 of them choose a kiosk.
    const share = ci(
      res,
      (r) => r.metrics['kiosk.hallUsers'] / (r.metrics['kiosk.hallUsers'] + r.metrics['wait.type.cert.n']),
    );
    expect(inside(share, 0.4), `0.4 vs ${describeCi(share)}`).toBe(true);
    for (const r of res) expect(r.metrics['kiosk.windowMinutesRemoved']).toBeGreaterThan(0);
    expect(conserved(res)).toBe(true);
  });

  it('a hall visitor switches to a window when the kiosk line is long and the hall is open', () => {
    const s = variant((x) => {
      x.types[0].kiosk = { time: exp(20) };
      x.kiosks = {
        choiceShare: 1,
        switchQueueLength: 2,
        sites: [site({ id: 'hall', kind: 'hall', kiosks: 1, dailyVolume: 0 })],
      };
    });
    for (const r of replicate(s, 3)) {
      expect(r.metrics['count.switchedToWindow']).toBeGreaterThan(0);
      // Everyone at a window came from the kiosks: at once (the line was long, or they gave up
      // while the hall took tickets), or on a later working day (after the ticket cut-off).
      expect(r.metrics['wait.all.n']).toBe(r.metrics['count.switchedToWindow'] + r.metrics['count.kiosk.toHall']);
      expect(r.metrics['count.kiosk.toHall']).toBe(r.metrics['kiosk.hall.toHall']);
    }
  });

  it('a site serves its own users around the clock, also at night and on weekends', () => {
    const s = variant((x) => {
      x.calendar.days = 7;
      x.types[0].kiosk = { time: exp(2) };
      x.kiosks = {
        sites: [
          site({
            kind: 'bank',
            profile: [
              { start: '00:00', end: '06:00', share: 0.2 },
              { start: '06:00', end: '24:00', share: 0.8 },
            ],
          }),
        ],
      };
    });
    const res = replicate(s, 10);
    // 100 a day for 7 days (every day, the site is open on weekends too).
    const served = ci(res, 'kiosk.room.served');
    expect(inside(served, 700), describeCi(served)).toBe(true);
    // Open around the clock, nobody waits long, and kiosks are in use at night.
    expect(ci(res, 'kiosk.room.wait.mean').upper).toBeLessThan(1);
    for (const r of res) {
      let night = 0;
      for (let d = 0; d < 7; d++) for (let i = 0; i < 12; i++) night += r.intervals.kioskBusy[d * 48 + i];
      expect(night).toBeGreaterThan(0);
    }
    expect(conserved(res)).toBe(true);
  });
});
