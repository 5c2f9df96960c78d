/**
 * The 12366 hotline (rules 1 and 5) inside the hall's replication: without redials it is Erlang A
 * (M/M/c+M), checked against src/sim/analytic inside 99% intervals over replications; callers
 * are conserved through the voice menu, the agents' hours, hang-ups and redials; first-inquiry
 * cases from the phone enter the back office's ledger; and adding a hotline changes nothing of
 * the hall.
 */
import { describe, expect, it } from 'vitest';
import { answeredWithin, erlangA } from '../../src/sim/analytic/index.ts';
import { erlangARedial } from '../../src/sim/analytic/retrial.ts';
import { erlangARedialCtmc } from '../../src/sim/analytic/retrial-ctmc.ts';
import type { ReplicationResult } from '../../src/sim/hall/results.ts';
import { runReplication } from '../../src/sim/hall/run.ts';
import type { HotlineSpec, Scenario } from '../../src/sim/scenario/index.ts';
import { validateScenario } from '../../src/sim/scenario/index.ts';
import { SUITE_SEED } from '../support/seed.ts';
import { ci, describeCi, exp, inside, roundTheClock, stationary, replicate, variant } from './base.ts';

/** Fresh = voice menu + answered + gave up + told the hours + redial due after the horizon; attempts likewise. */
function hotlineConserved(r: ReplicationResult): string[] {
  const m = (k: string) => r.metrics[`hotline.${k}`];
  const broken: string[] = [];
  const check = (what: string, a: number, b: number) => a !== b && broken.push(`${what}: ${a} ≠ ${b}`);
  check('fresh', m('fresh'), m('ivr') + m('answered') + m('gaveUp') + m('outsideHours') + m('redialBeyondHorizon'));
  check('attempts', m('attempts'), m('ivr') + m('offered') + m('outsideHours'));
  check('offered', m('offered'), m('answered') + m('abandoned'));
  check('redials', m('redials'), m('attempts') - m('fresh'));
  return broken;
}

describe('the 12366 hotline', () => {
  // λ = 3 calls a minute, 2-minute handling (μ = 0.5), 1-minute patience (θ = 1), c = 6 agents:
  // offered load 6 Erlangs on 6 agents, held stable by abandonment. A day of warm-up, then four.
  const [lambda, mu, theta, c] = [3, 0.5, 1, 6];
  const erlang = variant((s) => {
    s.calendar.warmupDays = 1;
    s.hotline = stationary(lambda, c, 1 / mu, 1 / theta);
  });

  it('without redials is Erlang A: abandonment, service level at 20 and 30 s, occupancy and the wait inside 99% intervals', () => {
    const res = replicate(erlang, 20);
    const theory = erlangA(lambda, mu, c, theta);
    const checks: [string, number][] = [
      ['hotline.abandonShare', theory.pAbandon],
      ['hotline.serviceLevel.20s', answeredWithin(lambda, mu, c, theta, 20 / 60).ofAll],
      ['hotline.serviceLevel.30s', answeredWithin(lambda, mu, c, theta, 30 / 60).ofAll],
      ['hotline.occupancy', theory.utilisation],
      ['hotline.wait.mean', theory.meanWaitServed],
    ];
    for (const [metric, exact] of checks) {
      const e = ci(res, metric);
      expect(inside(e, exact), `${metric}: Erlang A ${exact.toPrecision(5)} vs ${describeCi(e)}`).toBe(true);
    }
    // The intervals are tight enough to mean something: the abandonment share to ±0.01.
    expect(ci(res, 'hotline.abandonShare').halfWidth).toBeLessThan(0.01);
    for (const r of res) expect(hotlineConserved(r)).toEqual([]);
  });

  it('with redials matches the exact Markov chain (analytic/retrial-ctmc.ts) inside 99% intervals', () => {
    // c = 5 agents, 1-minute handling, 5.5 fresh calls a minute, patience 2 minutes (θ = 0.5),
    // half of those who hang up call again after 1 minute on average (δ = 1): the case where the
    // fixed point of Aguir et al. is off by about 0.015 in the hang-up share.
    const s = variant((x) => {
      x.calendar.warmupDays = 1;
      x.hotline = {
        ...stationary(5.5, 5, 1, 2),
        redial: { probability: 0.5, delay: exp(1) },
        answerWithinSeconds: [30],
      };
    });
    const model = { servers: 5, mu: 1, freshRate: 5.5, theta: 0.5, redialProbability: 0.5, answerWithin: [0.5] };
    const exact = erlangARedialCtmc({ ...model, delta: 1 });
    const res = replicate(s, 20);
    const checks: [string, (r: ReplicationResult) => number, number][] = [
      ['hang-up share per attempt', (r) => r.metrics['hotline.abandonShare'], exact.pAbandon],
      ['redial share of attempts', (r) => r.metrics['hotline.redialShare'], exact.redialShare],
      ['fresh callers answered', (r) => r.metrics['hotline.answeredShare'], exact.servedShare],
      ['answered within 30 s', (r) => r.metrics['hotline.serviceLevel.30s'], exact.answeredWithin[0]],
      ['occupancy', (r) => r.metrics['hotline.occupancy'], exact.utilisation],
    ];
    for (const [what, pick, value] of checks) {
      const e = ci(res, pick);
      expect(inside(e, value), `${what}: exact ${value.toPrecision(5)} vs ${describeCi(e)}`).toBe(true);
    }
    // The simulation can tell the exact chain from the fixed point here: the fixed point's hang-up
    // share lies outside the interval.
    const fixed = erlangARedial(model);
    expect(inside(ci(res, 'hotline.abandonShare'), fixed.pAbandon)).toBe(false);
    for (const r of res) expect(hotlineConserved(r)).toEqual([]);
  });

  it('with more agents the service level rises and abandonment falls, as Erlang A says', () => {
    const more = variant((s) => (s.hotline!.agents = roundTheClock(c + 3)), erlang);
    const [a, b] = [replicate(erlang, 10), replicate(more, 10)];
    const sl = (res: ReplicationResult[]) => ci(res, 'hotline.serviceLevel.20s');
    expect(sl(b).lower).toBeGreaterThan(sl(a).upper);
    const theory = erlangA(lambda, mu, c + 3, theta);
    const e = ci(b, 'hotline.abandonShare');
    expect(inside(e, theory.pAbandon), `Erlang A ${theory.pAbandon} vs ${describeCi(e)}`).toBe(true);
  });

  it('the voice menu finishes its share of the calls, per type where given, and those never reach an agent', () => {
    const s = variant((x) => {
      x.types.push({ id: 'invoice', name: { zh: '发票', en: 'Invoice' }, share: 0, service: exp(4) });
      x.hotline = {
        ...stationary(1, 4, 2, 1),
        typeShares: { filing: 0.6, invoice: 0.4 },
        ivr: { completes: 0.25, byType: { invoice: 0.75 } },
      };
    });
    expect(validateScenario(s)).toEqual([]);
    const res = replicate(s, 10);
    // 0.6 × 0.25 + 0.4 × 0.75 = 0.45 of fresh calls end in the menu.
    const e = ci(res, (r) => r.metrics['hotline.ivr'] / r.metrics['hotline.fresh']);
    expect(inside(e, 0.45), describeCi(e)).toBe(true);
    for (const r of res) expect(hotlineConserved(r)).toEqual([]);
  });

  it('conserves callers through the agents’ hours, hang-ups and redials', () => {
    const s = variant((x) => {
      const day = Array<number>(24).fill(3); // 08:00–20:00
      x.hotline = {
        callsPerDay: { ordinary: 2000, filing: 3000, deadline: 4000, closed: 500 },
        profile: [
          { start: '07:00', end: '12:00', share: 0.5 },
          { start: '12:00', end: '21:00', share: 0.5 },
        ],
        agents: {
          hours: { start: '08:00', end: '20:00' },
          seats: 3,
          schedule: { ordinary: day, filing: day, deadline: day, closed: day },
        },
        handling: { kind: 'lognormal', mean: 3, cv: 0.8 },
        patience: exp(1.5),
        redial: { probability: 0.6, delay: exp(20) },
        ivr: { completes: 0.2 },
      };
    });
    expect(validateScenario(s)).toEqual([]);
    for (const r of replicate(s, 4)) {
      expect(hotlineConserved(r)).toEqual([]);
      // Calls before 08:00 and after 20:00 that the menu did not finish are told the hours.
      expect(r.metrics['hotline.outsideHours']).toBeGreaterThan(0);
      expect(r.metrics['hotline.redials']).toBeGreaterThan(0);
      expect(r.metrics['hotline.redialShare']).toBeCloseTo(
        r.metrics['hotline.redials'] / r.metrics['hotline.attempts'],
        12,
      );
      // Agents sit only in their hours, 3 agents × 12 h × 5 days, plus each day's last calls
      // finished after 20:00 (an agent answering at 19:59 finishes the call).
      expect(r.metrics['hotline.agentMinutes']).toBeGreaterThanOrEqual(3 * 12 * 60 * 5);
      expect(r.metrics['hotline.agentMinutes']).toBeLessThan(3 * 12 * 60 * 5 + 5 * 3 * 30);
      const iv = r.intervals.hotline!;
      const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
      expect(total(iv.offered)).toBe(r.metrics['hotline.offered']);
      expect(total(iv.abandoned)).toBe(r.metrics['hotline.abandoned']);
      expect(total(iv.answered)).toBe(r.metrics['hotline.answered']);
      // No agent in the small hours: nobody is offered then.
      expect(iv.offered[2 * 2]).toBe(0);
    }
  });

  it('an agent registers first-inquiry cases that enter the back office’s ledger with the type’s limit', () => {
    const s = variant((x) => {
      x.types = [
        x.types[0],
        {
          id: 'refund',
          name: { zh: '退税', en: 'Refund' },
          share: 0,
          service: exp(10),
          immediate: false,
          case: { acceptance: exp(10), limitDays: { default: 5 }, transfer: exp(30), work: exp(60), answer: exp(30) },
        },
      ];
      x.backOffice = { officers: 3 };
      x.hotline = { ...stationary(0.5, 3, 3, 2), typeShares: { filing: 0.7, refund: 0.3 }, caseShare: 0.5 };
    });
    expect(validateScenario(s)).toEqual([]);
    const r = runReplication(s, { seed: SUITE_SEED, replication: 0 });
    const fromPhone = r.ledgers.cases.filter((row) => row.source === 'hotline');
    expect(fromPhone.length).toBe(r.metrics['hotline.cases']);
    expect(r.metrics['cases.source.hotline']).toBe(r.metrics['hotline.cases']);
    expect(fromPhone.length).toBeGreaterThan(50);
    for (const row of fromPhone) {
      expect(row.type).toBe('refund');
      expect(row.limitDays).toBe(5);
      expect(row.group).toBeNull();
      expect(row.window).toBeGreaterThanOrEqual(1);
      expect(row.window).toBeLessThanOrEqual(3);
    }
    // About half the answered refund calls: 0.5 × 0.3 of the answered calls.
    const share = fromPhone.length / r.metrics['hotline.answered'];
    expect(Math.abs(share - 0.15)).toBeLessThan(0.05);
  });

  it('calls that book appointments go straight to an agent, some days before their slot', () => {
    const s = variant((x) => {
      x.calendar.days = 10;
      x.appointments = { share: 0.2, capacityPerSlot: 50 };
      // The menu would finish every other call: only the booking calls reach the agents.
      x.hotline = {
        ...stationary(0.2, 3, 3, 2),
        ivr: { completes: 1 },
        bookings: { share: 0.5, leadDays: { kind: 'deterministic', value: 2 } },
      };
    });
    expect(validateScenario(s)).toEqual([]);
    const res = replicate(s, 10);
    for (const r of res) {
      expect(hotlineConserved(r)).toEqual([]);
      expect(r.metrics['hotline.offered']).toBe(r.metrics['hotline.answered'] + r.metrics['hotline.abandoned']);
      // Only booking calls reach agents (no redials here).
      expect(r.metrics['hotline.offered'] + r.metrics['hotline.outsideHours']).toBe(r.metrics['hotline.bookingCalls']);
    }
    // Half the bookings are made by phone, three days before the slot (2 + the day before): the
    // calls for slots on the first three days (indices 0–2) came before the horizon. Monday 2
    // March to Wednesday 11 March has 8 working days, 5 of them from index 3 on.
    const calls = ci(res, (r) => r.metrics['hotline.bookingCalls'] / r.metrics['count.appointments.booked']);
    expect(inside(calls, 0.5 * (5 / 8)), describeCi(calls)).toBe(true);
  });

  it('adding a hotline (without cases) leaves every figure of the hall bit-identical', () => {
    const hall = variant((x) => (x.calendar.warmupDays = 1));
    const both = variant((x) => (x.hotline = stationary(1, 3, 2, 1)), hall);
    const a = runReplication(hall, { seed: SUITE_SEED, replication: 3 });
    const b = runReplication(both, { seed: SUITE_SEED, replication: 3 });
    const hallOnly = (r: ReplicationResult) =>
      Object.fromEntries(Object.entries(r.metrics).filter(([k]) => !k.startsWith('hotline.') && k !== 'engine.events'));
    expect(hallOnly(b)).toEqual(hallOnly(a));
    expect(b.intervals.waitMean).toEqual(a.intervals.waitMean);
  });
});

describe('the hotline block is validated like every block, in both languages', () => {
  const withHotline = (edit: (h: HotlineSpec, s: Scenario) => void) =>
    variant((s) => {
      s.hotline = stationary(1, 3, 2, 1);
      edit(s.hotline, s);
    });
  const problems = (s: Scenario) => validateScenario(s).map((p) => ({ path: p.path, code: p.code, ...p.message }));

  it('a schedule that does not fit the agents’ hours', () => {
    const s = withHotline((h) => {
      h.agents = { ...h.agents, hours: { start: '08:00', end: '20:00' } };
    });
    const found = problems(s);
    expect(found).toContainEqual(
      expect.objectContaining({
        path: 'hotline.agents.schedule.ordinary',
        code: 'schedule_length',
        en: expect.stringContaining('it needs 24'),
        zh: expect.stringContaining('应为 24 个'),
      }),
    );
  });

  it('phone bookings without appointments to book', () => {
    const s = withHotline((h) => {
      h.bookings = { share: 0.3 };
    });
    expect(problems(s)).toContainEqual(
      expect.objectContaining({ path: 'hotline.bookings.share', code: 'appointments_required' }),
    );
  });

  it('more agents than phone seats', () => {
    const s = withHotline((h) => {
      h.agents.seats = 2;
    });
    expect(problems(s)).toContainEqual(
      expect.objectContaining({
        path: 'hotline.agents.schedule.ordinary[0]',
        code: 'schedule_over_windows',
        en: 'hotline.agents.schedule.ordinary[0]: asks for 3 agents at 00:00, but there are only 2 phone seats',
        zh: '12366 热线 › 人工坐席 › 坐席排班 › 平日 › 第 1 项：00:00 时段要求 3 名坐席在线，但只有 2 个坐席',
      }),
    );
  });

  it('an unknown business type, shares not summing to 1, hours out of order, a case share without a non-immediate type', () => {
    const s = withHotline((h) => {
      h.typeShares = { filing: 0.5, invoices: 0.3 };
      h.ivr = { completes: 0.1, byType: { nope: 0.5 } };
      h.agents = { ...h.agents, hours: { start: '20:00', end: '08:00' } };
      h.caseShare = 0.2;
    });
    const found = problems(s);
    const at = (path: string, code: string) => found.find((p) => p.path === path && p.code === code);
    expect(at('hotline.typeShares.invoices', 'unknown_reference')?.zh).toContain('没有标识为 "invoices" 的业务类型');
    expect(at('hotline.ivr.byType.nope', 'unknown_reference')?.en).toContain('no business type with the id "nope"');
    expect(at('hotline.typeShares', 'share_sum')?.en).toContain('add up to 0.8');
    expect(at('hotline.agents.hours.end', 'time_order')).toBeDefined();
    expect(at('hotline.caseShare', 'case_required')?.zh).toContain('没有非即办业务类型');
  });

  it('structure: a missing kind of day, a negative call count, an unknown field', () => {
    const s = withHotline((h) => {
      delete (h.callsPerDay as Partial<HotlineSpec['callsPerDay']>).closed;
      h.callsPerDay.ordinary = -5;
      (h as unknown as Record<string, unknown>).agentz = 3;
    });
    const codes = problems(s).map((p) => `${p.path} ${p.code}`);
    expect(codes).toContain('hotline.callsPerDay.closed required');
    expect(codes).toContain('hotline.callsPerDay.ordinary too_small');
    expect(codes).toContain('hotline.agentz unknown_field');
  });
});
