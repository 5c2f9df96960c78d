/**
 * Property (fast-check): for randomly generated valid scenarios, every taxpayer is accounted for
 * (arrivals = served + abandoned + balked + forfeited + left as cases + still present), none is
 * lost inside the model, and no statistic is NaN or infinite.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/hall/run.ts';
import { type DistributionSpec, type Scenario, validateScenario } from '../../src/sim/scenario/index.ts';

const duration = (lo: number, hi: number): fc.Arbitrary<DistributionSpec> =>
  fc.oneof(
    fc.double({ min: lo, max: hi, noNaN: true }).map((mean) => ({ kind: 'exponential', mean }) as DistributionSpec),
    fc
      .record({
        mean: fc.double({ min: lo, max: hi, noNaN: true }),
        cv: fc.double({ min: 0.2, max: 1.5, noNaN: true }),
      })
      .map((p) => ({ kind: 'lognormal', ...p }) as DistributionSpec),
    fc.double({ min: lo, max: hi, noNaN: true }).map((value) => ({ kind: 'deterministic', value }) as DistributionSpec),
  );

const prob = fc.double({ min: 0, max: 1, noNaN: true });

/** Shares that sum to exactly 1 (the last takes the rest). */
function shares(n: number, raw: number[]): number[] {
  const total = raw.slice(0, n).reduce((a, b) => a + b, 0);
  const s = raw.slice(0, n).map((x) => Math.round((x / total) * 1000) / 1000);
  s[n - 1] = Math.round((1 - s.slice(0, n - 1).reduce((a, b) => a + b, 0)) * 1000) / 1000;
  return s;
}

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    days: fc.integer({ min: 1, max: 8 }),
    startDay: fc.integer({ min: 1, max: 20 }),
    typeCount: fc.integer({ min: 1, max: 3 }),
    rawShares: fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    services: fc.array(duration(0.5, 12), { minLength: 3, maxLength: 3 }),
    kioskable: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    caseType: fc.boolean(),
    volume: fc.integer({ min: 0, max: 500 }),
    windows: fc.integer({ min: 1, max: 8 }),
    schedule: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 16, maxLength: 16 }),
    filing: fc.boolean(),
    lunch: fc.boolean(),
    guidance: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    appointments: fc.option(
      fc.record({
        share: fc.double({ min: 0, max: 0.5, noNaN: true }),
        capacity: fc.integer({ min: 0, max: 10 }),
        noShow: prob,
        grace: fc.integer({ min: 0, max: 30 }),
        ticket: prob,
      }),
      { nil: null },
    ),
    staggered: fc.option(fc.record({ invite: prob, acceptance: prob, capacity: fc.integer({ min: 0, max: 10 }) }), {
      nil: null,
    }),
    kiosks: fc.option(
      fc.record({
        count: fc.integer({ min: 0, max: 4 }),
        volume: fc.integer({ min: 0, max: 100 }),
        failures: fc.boolean(),
        choice: prob,
      }),
      { nil: null },
    ),
    patience: fc.option(duration(1, 60), { nil: null }),
    balking: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    returnShare: prob,
    closing: fc.record({ leave: prob, leftCase: prob, long: fc.integer({ min: 0, max: 60 }) }),
  })
  .map((g): Scenario => {
    const typeShares = shares(g.typeCount, g.rawShares);
    const types = typeShares.map((share, i) => ({
      id: `t${i}`,
      name: { zh: `类型${i}`, en: `Type ${i}` },
      share,
      service: g.services[i],
      kiosk: g.kioskable[i] ? { time: { kind: 'exponential', mean: 2 } as DistributionSpec } : null,
      ...(g.caseType && i === 0
        ? {
            immediate: false,
            case: {
              acceptance: { kind: 'exponential', mean: 5 } as DistributionSpec,
              limitDays: { default: 5, A: 2 },
              transfer: { kind: 'exponential', mean: 60 } as DistributionSpec,
              work: { kind: 'exponential', mean: 60 } as DistributionSpec,
              answer: { kind: 'exponential', mean: 30 } as DistributionSpec,
            },
          }
        : {}),
    }));
    const schedule = g.schedule.map((x) => Math.min(x, g.windows));
    const s: Scenario = {
      version: 1,
      name: { zh: '随机', en: 'Random' },
      calendar: {
        startDate: `2026-03-${String(g.startDay).padStart(2, '0')}`,
        days: g.days,
        open: '09:00',
        close: '17:00',
        lunch: g.lunch ? { start: '12:00', end: '13:00' } : null,
        filingPeriod: g.filing ? {} : null,
      },
      types,
      demand: {
        dailyVolume: g.volume,
        intraday: [
          { start: '08:30', end: '12:00', share: 0.5 },
          { start: '12:00', end: '17:00', share: 0.5 },
        ],
      },
      windows: {
        groups: [
          { id: 'general', name: { zh: '综合', en: 'General' }, kind: 'general', windows: g.windows, schedule },
          {
            id: 'green',
            name: { zh: '绿色通道', en: 'Green' },
            kind: 'green',
            windows: 1,
            schedule: Array(16).fill(1),
          },
        ],
      },
      guidance: g.guidance ? { staff: g.guidance, time: { kind: 'exponential', mean: 0.5 } } : null,
      appointments: g.appointments
        ? {
            share: g.appointments.share,
            capacityPerSlot: g.appointments.capacity,
            noShow: g.appointments.noShow,
            graceMinutes: g.appointments.grace,
            forfeitTicketShare: g.appointments.ticket,
          }
        : null,
      staggered: g.staggered
        ? {
            fromDays: g.filing ? { dayTypes: ['deadline'], lastWorkingDays: 2 } : { dayTypes: ['deadline'] },
            inviteShare: g.staggered.invite,
            acceptance: g.staggered.acceptance,
            toDayTypes: ['filing', 'ordinary'],
            toHours: [{ start: '14:00', end: '16:00' }],
            capacityPerSlot: g.staggered.capacity,
          }
        : null,
      kiosks: g.kiosks
        ? {
            choiceShare: g.kiosks.choice,
            sites: [
              {
                id: 'hall',
                name: { zh: '大厅', en: 'Hall' },
                kind: 'hall',
                kiosks: g.kiosks.count,
                hours: '24h',
                dailyVolume: g.kiosks.volume,
                failures: g.kiosks.failures
                  ? {
                      mtbfHours: 24,
                      repair: { kind: 'exponential', mean: 120 },
                      repairHours: { start: '09:00', end: '17:00' },
                    }
                  : null,
              },
            ],
          }
        : null,
      backOffice: g.caseType || g.closing.leftCase > 0 ? { officers: 1, discipline: 'edf' } : null,
      closing: {
        leaveProbability: g.closing.leave,
        leaveWithHallShare: g.caseType || g.closing.leftCase > 0 ? g.closing.leftCase : 0,
        longWaitMinutes: g.closing.long,
      },
      behaviour: {
        patience: g.patience,
        balking: g.balking === null ? null : { fromAhead: g.balking, allAhead: g.balking + 10 },
        returnShare: g.returnShare,
      },
    };
    return s;
  });

describe('conservation over random valid scenarios', () => {
  it('accounts for every taxpayer, loses none, and reports no NaN', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 1000 }), (s, rep) => {
        expect(validateScenario(s)).toEqual([]);
        const r = runReplication(s, { seed: 20261126, replication: rep });
        expect(r.metrics['conservation.imbalance']).toBe(0);
        expect(r.metrics['internal.leakedTaxpayers']).toBe(0);
        expect(r.metrics['count.present']).toBeGreaterThanOrEqual(0); // a site without kiosks strands its users: present, not lost
        for (const [k, v] of Object.entries(r.metrics)) expect(Number.isFinite(v), k).toBe(true);
        for (const [k, a] of Object.entries(r.intervals))
          if (a instanceof Float64Array) expect(a.every(Number.isFinite), k).toBe(true);
        for (const [k, a] of Object.entries(r.days)) expect(a.every(Number.isFinite), k).toBe(true);
      }),
      { numRuns: 120, seed: 20261126 },
    );
  });
});
