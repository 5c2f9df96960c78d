/**
 * Rule 5, site by site: nobody waits at a site that could serve them now (a kiosk up and idle)
 * or that cannot serve at all (closed, every kiosk down); users a site fails go to another site,
 * to the hall or home in the shares the scenario sets; every share a result reports lies in
 * [0, 1], even with kiosks failing every hour. Property tests over random kiosk networks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HallRun } from '../../src/sim/hall/hall-run.ts';
import { resolveScenario } from '../../src/sim/hall/resolve.ts';
import { runReplication } from '../../src/sim/hall/run.ts';
import { type KioskSite, type Scenario, validateScenario } from '../../src/sim/scenario/index.ts';
import { ci, conserved, describeCi, exp, inside, preset, replicate, variant } from './base.ts';

const allDayProfile = [
  { start: '00:00', end: '08:00', share: 0.1 },
  { start: '08:00', end: '20:00', share: 0.8 },
  { start: '20:00', end: '24:00', share: 0.1 },
];

const siteArb = (i: number): fc.Arbitrary<KioskSite> =>
  fc
    .record({
      kiosks: fc.integer({ min: 1, max: 4 }),
      hours: fc.constantFrom<KioskSite['hours']>(
        '24h',
        { start: '08:00', end: '20:00' },
        { start: '09:00', end: '17:00' },
      ),
      days: fc.constantFrom<'all' | 'working'>('all', 'working'),
      volume: fc.integer({ min: 10, max: 300 }),
      mtbf: fc.option(fc.double({ min: 1, max: 60, noNaN: true }), { nil: null }),
      repair: fc.double({ min: 10, max: 900, noNaN: true }),
      repairHours: fc.constantFrom<'24h' | { start: string; end: string }>('24h', { start: '09:00', end: '17:00' }),
    })
    .map((x) => ({
      id: `s${i}`,
      name: { zh: `网点${i}`, en: `Site ${i}` },
      kind: i === 0 ? 'hall' : 'bank',
      kiosks: x.kiosks,
      hours: x.hours,
      days: x.days,
      dailyVolume: x.volume,
      // Inside the site's hours (the validator's rule): users of a site come while it is open.
      profile: x.hours === '24h' ? allDayProfile : [{ start: x.hours.start, end: x.hours.end, share: 1 }],
      failures:
        x.mtbf === null
          ? null
          : { mtbfHours: x.mtbf, repair: exp(x.repair), repairHours: x.repairHours, repairDays: 'working' },
    }));

/** A small hall with one to three kiosk sites of random hours, failures and patience. */
const network: fc.Arbitrary<Scenario> = fc
  .record({
    sites: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => siteArb(i)))),
    kioskTime: fc.double({ min: 0.5, max: 15, noNaN: true }),
    patience: fc.option(fc.double({ min: 1, max: 40, noNaN: true }), { nil: null }),
    switchQueueLength: fc.integer({ min: 0, max: 6 }),
    otherSite: fc.double({ min: 0, max: 0.5, noNaN: true }),
    hall: fc.double({ min: 0, max: 0.5, noNaN: true }),
    travel: fc.integer({ min: 0, max: 60 }),
    days: fc.integer({ min: 2, max: 6 }),
  })
  .map((x) =>
    variant((s) => {
      s.calendar.days = x.days;
      s.types[0].kiosk = { eligibleShare: 0.6, time: exp(x.kioskTime) };
      s.kiosks = {
        choiceShare: 0.5,
        switchQueueLength: x.switchQueueLength,
        patience: x.patience === null ? null : exp(x.patience),
        elsewhere: { otherSite: x.otherSite, hall: x.hall, travelMinutes: x.travel },
        sites: x.sites,
      };
    }),
  );

/** Every share-like metric of a result: names ending in these are fractions of something. */
const SHARE = /\.(availability|anyUp|utilisation|withinTarget|onTimeShare)$/;

describe('kiosk sites', () => {
  it('nobody waits at a site while one of its kiosks is up and idle, or while it cannot serve (random networks, checked every minute)', () => {
    fc.assert(
      fc.property(network, fc.integer({ min: 0, max: 1000 }), (s, replication) => {
        expect(validateScenario(s)).toEqual([]);
        const run = new HallRun(resolveScenario(s), 1234, replication);
        const net = run.kiosks!;
        for (let t = 1; t < run.r.horizon; t++) {
          run.sim.run(t);
          net.sites.forEach((site) => {
            if (site.pool.waiting === 0) return;
            // Someone waits: the site is open (or draining at its closing time) with a kiosk
            // working, and every working kiosk that is open is busy.
            expect(site.up, `site ${site.site.id} at ${t}: all kiosks down`).toBeGreaterThan(0);
            expect(site.pool.open, `site ${site.site.id} at ${t}: kiosks up but not in use`).toBe(site.up);
            expect(site.pool.idleOpen, `site ${site.site.id} at ${t}: an idle kiosk`).toBe(0);
          });
        }
        run.release();
      }),
      { numRuns: 25, seed: 42 },
    );
  }, 120_000);

  it('every share in a result lies in [0, 1] and every taxpayer is accounted for (random networks, kiosks failing as often as hourly)', () => {
    fc.assert(
      fc.property(network, fc.integer({ min: 0, max: 1000 }), (s, replication) => {
        const r = runReplication(s, { seed: 99, replication });
        for (const [name, value] of Object.entries(r.metrics)) {
          if (!SHARE.test(name)) continue;
          expect(value, name).toBeGreaterThanOrEqual(0);
          expect(value, name).toBeLessThanOrEqual(1);
        }
        expect(conserved([r])).toBe(true);
        // Availability is over the horizon: the same as the kiosks up per interval, averaged
        // (repairs finishing while the run drains after the horizon do not count).
        s.kiosks!.sites.forEach((site, j) => {
          const up = r.intervals.kioskSites[j].up;
          const mean = up.reduce((a, x) => a + x, 0) / up.length / site.kiosks;
          expect(r.metrics[`kiosk.${site.id}.availability`]).toBeCloseTo(mean, 9);
        });
        for (let i = 0; i < r.intervals.busy.length; i++)
          expect(r.intervals.busy[i]).toBeLessThanOrEqual(r.intervals.open[i] + 1e-9);
      }),
      { numRuns: 40, seed: 7 },
    );
  }, 120_000);

  it('availability counts the horizon only, though repairs finish while the last users are served after it', () => {
    // One kiosk failing about hourly, two-hour repairs and two-hour transactions around the
    // clock: the run drains past midnight of the last day, and repairs finish in that time.
    const s = variant((x) => {
      x.calendar.days = 1;
      x.types[0].kiosk = { time: { kind: 'deterministic', value: 120 } };
      x.kiosks = {
        choiceShare: 0,
        patience: null,
        sites: [
          {
            id: 'k',
            name: { zh: '终端', en: 'Kiosk' },
            kind: 'bank',
            kiosks: 1,
            hours: '24h',
            dailyVolume: 100,
            failures: {
              mtbfHours: 1,
              repair: { kind: 'deterministic', value: 120 },
              repairHours: '24h',
              repairDays: 'all',
            },
          },
        ],
      };
    });
    for (const r of replicate(s, 20)) {
      const up = r.intervals.kioskSites[0].up;
      expect(r.metrics['kiosk.k.availability']).toBeCloseTo(up.reduce((a, x) => a + x, 0) / up.length, 9);
      expect(r.metrics['kiosk.k.anyUp']).toBeCloseTo(up.reduce((a, x) => a + x, 0) / up.length, 9);
    }
  });

  it('users a site fails go to another site, to the hall or home in the shares set', () => {
    // Site "dead": its one kiosk fails about hourly and waits a day for repair; site "good"
    // never fails and is never busy enough to turn anyone away.
    const shares = { otherSite: 0.3, hall: 0.3 };
    const s = variant((x) => {
      x.calendar.days = 10;
      x.types[0].kiosk = { time: exp(2) };
      x.kiosks = {
        choiceShare: 0,
        patience: null,
        switchQueueLength: 1000,
        elsewhere: { ...shares, travelMinutes: 15 },
        sites: [
          {
            id: 'dead',
            name: { zh: '故障点', en: 'Dead' },
            kind: 'bank',
            kiosks: 1,
            hours: '24h',
            dailyVolume: 200,
            failures: { mtbfHours: 1, repair: exp(1440), repairHours: '24h', repairDays: 'all' },
          },
          {
            id: 'good',
            name: { zh: '正常点', en: 'Good' },
            kind: 'postOffice',
            kiosks: 4,
            hours: '24h',
            dailyVolume: 50,
          },
        ],
      };
    });
    const res = replicate(s, 10);
    const failed = (r: (typeof res)[number]) =>
      r.metrics['kiosk.dead.toOtherSite'] + r.metrics['kiosk.dead.toHall'] + r.metrics['kiosk.dead.left'];
    // Nearly everyone finds "dead" down; nobody waits long there.
    const down = ci(res, (r) => r.metrics['kiosk.dead.turnedAway.down'] / r.metrics['kiosk.dead.arrivals']);
    expect(down.lower, describeCi(down)).toBeGreaterThan(0.9);
    for (const r of res) {
      // Everyone "dead" turned away, or who left its line, went somewhere.
      expect(failed(r)).toBe(
        r.metrics['kiosk.dead.turnedAway.down'] +
          r.metrics['kiosk.dead.turnedAway.closed'] +
          r.metrics['kiosk.dead.turnedAway.line'] +
          r.metrics['kiosk.dead.gaveUp'] +
          r.metrics['kiosk.dead.outOfService'],
      );
      // Those sent on arrive at "good".
      expect(r.metrics['kiosk.good.arrivals']).toBeGreaterThanOrEqual(r.metrics['kiosk.dead.toOtherSite']);
    }
    // The shares: "good" is always usable, so a share 0.3 goes there, 0.3 to the hall (those
    // after the hall's cut-off on the last day go home instead: a small part), 0.4 home.
    const other = ci(res, (r) => r.metrics['kiosk.dead.toOtherSite'] / failed(r));
    const hall = ci(res, (r) => r.metrics['kiosk.dead.toHall'] / failed(r));
    expect(inside(other, 0.3), `other site ${describeCi(other)}`).toBe(true);
    expect(hall.upper, `hall ${describeCi(hall)}`).toBeGreaterThan(0.25);
    expect(hall.lower, `hall ${describeCi(hall)}`).toBeLessThan(0.3);
    expect(conserved(res)).toBe(true);
  }, 60_000);

  it('the kiosk network preset: short waits at every site, and every measure reported per site', () => {
    const res = replicate(preset('kiosk-network'), 6);
    for (const id of ['hall-room', 'bank', 'post-office']) {
      for (const k of [
        'arrivals',
        'served',
        'availability',
        'anyUp',
        'utilisation',
        'queue.mean',
        'wait.mean',
        'wait.p90',
        'turnedAway.closed',
        'turnedAway.down',
        'turnedAway.line',
        'gaveUp',
        'outOfService',
        'toOtherSite',
        'toHall',
        'left',
      ]) {
        expect(res[0].metrics[`kiosk.${id}.${k}`], `kiosk.${id}.${k}`).toBeTypeOf('number');
      }
      // Before: users queued for a repair on the next working day (p90 65–165 minutes at the bank).
      const p90 = ci(res, `kiosk.${id}.wait.p90`);
      expect(p90.upper, `${id} p90 ${describeCi(p90)}`).toBeLessThan(15);
      expect(res[0].intervals.kioskSites.map((x) => x.id)).toEqual(['hall-room', 'bank', 'post-office']);
    }
    expect(conserved(res)).toBe(true);
  }, 60_000);
});
