import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate.ts';
import { expectProblem, minimal, problemsAfter } from './validate-fixtures.ts';

describe('distributions, through the engine', () => {
  it('reports what distribution() rejects, with its path and both messages', () => {
    const p = expectProblem(
      problemsAfter((s) => (s.types[1].service = { kind: 'uniform', min: 5, max: 3 })),
      'types[1].service.max',
      'distribution',
      '3',
      '5',
    );
    expect(p.message.en).toBe('types[1].service.max: got 3; allowed: a number > min (5)');
    expect(p.message.zh).toContain('大于 min（5）');
    expectProblem(
      problemsAfter((s) => (s.guidance.time = { kind: 'triangular', min: 1, mode: 5, max: 3 })),
      'guidance.time.mode',
      'distribution',
      '5',
      '3',
    );
    expectProblem(
      problemsAfter((s) => (s.guidance.time = { kind: 'triangular', min: 4, mode: 4, max: 4 })),
      'guidance.time.max',
      'distribution',
      '4',
    );
    expectProblem(
      problemsAfter((s) => (s.behaviour.patience = { kind: 'normal', mean: -100, sd: 1 })),
      'behaviour.patience.mean',
      'distribution',
      '-100',
    );
  });

  it('everywhere a distribution sits, down inside mixtures', () => {
    const bad = { kind: 'uniform', min: 2, max: 1 };
    const cases: [string, (s: any) => void][] = [
      ['types[0].kiosk.time', (s) => (s.types[0].kiosk.time = bad)],
      ['types[7].case.acceptance', (s) => (s.types[7].case.acceptance = bad)],
      ['types[7].case.transfer', (s) => (s.types[7].case.transfer = bad)],
      ['types[7].case.work', (s) => (s.types[7].case.work = bad)],
      ['types[7].case.answer', (s) => (s.types[7].case.answer = bad)],
      ['appointments.late', (s) => (s.appointments.late = bad)],
      ['appointments.early', (s) => (s.appointments.early = bad)],
      ['kiosks.sites[0].failures.repair', (s) => (s.kiosks.sites[0].failures.repair = bad)],
      [
        'types[0].service.components[1].dist',
        (s) =>
          (s.types[0].service = {
            kind: 'mixture',
            components: [
              { weight: 1, dist: { kind: 'exponential', mean: 1 } },
              { weight: 1, dist: bad },
            ],
          }),
      ],
    ];
    for (const [path, change] of cases) expectProblem(problemsAfter(change), `${path}.max`, 'distribution', '1');
    expectProblem(
      problemsAfter(
        (s) =>
          (s.types[0].service = {
            kind: 'mixture',
            components: [{ weight: 0, dist: { kind: 'exponential', mean: 1 } }],
          }),
      ),
      'types[0].service.components',
      'distribution',
      '0',
    );
  });

  it('leaves to the schema what the schema already says (no double report)', () => {
    const problems = problemsAfter((s) => (s.types[0].service = { kind: 'exponential', mean: -1 }));
    expectProblem(problems, 'types[0].service.mean', 'too_small', '-1');
    expect(problems).toHaveLength(1);
  });
});

describe('non-immediate types, cases and the back office', () => {
  it('a non-immediate type needs a case', () => {
    expectProblem(
      problemsAfter((s) => delete s.types[7].case),
      'types[7].case',
      'case_required',
      '"export-refund"',
    );
  });

  it('and the scenario needs a back office', () => {
    expectProblem(
      problemsAfter((s) => (s.backOffice = null)),
      'backOffice',
      'back_office_required',
      '"export-refund"',
    );
    expectProblem(
      problemsAfter((s) => delete s.backOffice),
      'backOffice',
      'back_office_required',
    );
  });

  it('an immediate type must not have a case', () => {
    expectProblem(
      problemsAfter((s) => (s.types[7].immediate = true)),
      'types[7].case',
      'case_not_allowed',
      '"export-refund"',
    );
    expectProblem(
      problemsAfter((s) => delete s.types[7].immediate),
      'types[7].case',
      'case_not_allowed',
    );
  });

  it('matters left with the hall at closing need a back office too', () => {
    const s = minimal();
    s.closing = { leaveWithHallShare: 0.2 };
    expectProblem(validateScenario(s), 'closing.leaveWithHallShare', 'back_office_required', '0.2');
    s.backOffice = { officers: 1 };
    expect(validateScenario(s)).toEqual([]);
  });
});

describe('numbers that must be in order', () => {
  it('balking starts before everyone balks: fromAhead < allAhead', () => {
    expectProblem(
      problemsAfter((s) => (s.behaviour.balking = { fromAhead: 20, allAhead: 20 })),
      'behaviour.balking.allAhead',
      'balking_order',
      '20',
    );
    expect(problemsAfter((s) => (s.behaviour.balking = { fromAhead: 20, allAhead: 60 }))).toEqual([]);
  });

  it('the warm-up leaves days to measure', () => {
    expectProblem(
      problemsAfter((s) => (s.calendar.warmupDays = 31)),
      'calendar.warmupDays',
      'warmup',
      '31',
    );
  });

  it('open weekdays are unique', () => {
    expectProblem(
      problemsAfter((s) => (s.calendar.openWeekdays = [1, 2, 2, 3])),
      'calendar.openWeekdays[2]',
      'duplicate',
      '2',
    );
  });
});

describe('staggered bookings and the filing period', () => {
  it('the invited peak days must be named', () => {
    expectProblem(
      problemsAfter((s) => (s.staggered.fromDays = {})),
      'staggered.fromDays',
      'staggered_days',
    );
    expectProblem(
      problemsAfter((s) => (s.staggered.fromDays = { dayTypes: [], lastWorkingDays: 0 })),
      'staggered.fromDays',
      'staggered_days',
    );
    expect(problemsAfter((s) => (s.staggered.fromDays = { lastWorkingDays: 2 }))).toEqual([]);
  });

  it('the last working days before a deadline need a filing period', () => {
    const problems = problemsAfter((s) => (s.calendar.filingPeriod = null));
    expectProblem(problems, 'staggered.fromDays.lastWorkingDays', 'filing_period_required', '3');
    expectProblem(problems, 'demand.filingPositionFactors', 'filing_period_required');
  });
});

describe('kiosk sites', () => {
  it('only one site is the hall', () => {
    const problems = problemsAfter((s) =>
      s.kiosks.sites.push({
        id: 'second',
        name: { zh: '二楼', en: 'Upstairs' },
        kind: 'hall',
        kiosks: 2,
        hours: '24h',
      }),
    );
    expectProblem(problems, 'kiosks.sites[1].kind', 'hall_site', '"hall"');
  });
});
