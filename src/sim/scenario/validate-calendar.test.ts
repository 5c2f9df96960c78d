import { describe, expect, it } from 'vitest';
import { expectProblem, problemsAfter } from './validate-fixtures.ts';

describe('dates', () => {
  it('the start date must be a real date', () => {
    expectProblem(
      problemsAfter((s) => (s.calendar.startDate = '2026-02-30')),
      'calendar.startDate',
      'not_a_date',
      '2026-02-30',
    );
  });

  it('holidays and make-up days: real, ascending, no repeats, inside the simulated days', () => {
    const problems = problemsAfter(
      (s) =>
        (s.calendar.holidays = ['2026-03-05', '2026-03-04', '2026-03-05', '2026-02-29', '2026-04-01', '2026-02-28']),
    );
    expectProblem(problems, 'calendar.holidays[1]', 'date_order', '2026-03-04', '2026-03-05');
    expectProblem(problems, 'calendar.holidays[2]', 'duplicate', '2026-03-05');
    expectProblem(problems, 'calendar.holidays[3]', 'not_a_date', '2026-02-29');
    expectProblem(problems, 'calendar.holidays[4]', 'date_outside', '2026-04-01', '2026-03-01', '2026-03-31');
    expectProblem(problems, 'calendar.holidays[5]', 'date_outside', '2026-02-28');
    expectProblem(
      problemsAfter((s) => (s.calendar.extraWorkdays = ['2026-03-14', '2026-03-07'])),
      'calendar.extraWorkdays[1]',
      'date_order',
      '2026-03-07',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.extraWorkdays = ['2026-05-09'])),
      'calendar.extraWorkdays[0]',
      'date_outside',
      '2026-05-09',
    );
  });

  it('a date may not be both a holiday and a make-up working day', () => {
    const problems = problemsAfter((s) => {
      s.calendar.holidays = ['2026-03-07'];
      s.calendar.extraWorkdays = ['2026-03-07'];
    });
    expectProblem(problems, 'calendar.extraWorkdays[0]', 'date_conflict', '2026-03-07');
  });

  it('day type overrides and volumes by date: real dates inside the simulated days', () => {
    expectProblem(
      problemsAfter((s) => (s.calendar.dayTypeOverrides = { '2026-04-02': 'deadline' })),
      'calendar.dayTypeOverrides["2026-04-02"]',
      'date_outside',
      '2026-04-02',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.dayTypeOverrides = { '2026-02-31': 'deadline' })),
      'calendar.dayTypeOverrides["2026-02-31"]',
      'not_a_date',
      '2026-02-31',
    );
    expectProblem(
      problemsAfter((s) => (s.demand.byDate = { '2025-12-31': 900 })),
      'demand.byDate["2025-12-31"]',
      'date_outside',
      '2025-12-31',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.dayTypeOverrides = { '2026-03-09': 'holiday' })),
      'calendar.dayTypeOverrides["2026-03-09"]',
      'not_allowed_value',
      '"holiday"',
    );
    expect(problemsAfter((s) => (s.calendar.dayTypeOverrides = { '2026-03-31': 'deadline' }))).toEqual([]);
  });
});

describe('times of day', () => {
  it('opening before closing', () => {
    const problems = problemsAfter((s) => {
      s.calendar.open = '17:00';
      s.calendar.close = '09:00';
    });
    expectProblem(problems, 'calendar.close', 'time_order', '09:00', '17:00');
  });

  it('lunch inside the opening hours, starting before it ends', () => {
    expectProblem(
      problemsAfter((s) => (s.calendar.lunch = { start: '08:30', end: '09:30' })),
      'calendar.lunch',
      'time_outside',
      '08:30–09:30',
      '09:00–17:00',
    );
    expectProblem(
      problemsAfter((s) => (s.calendar.lunch = { start: '13:00', end: '12:00' })),
      'calendar.lunch.end',
      'time_order',
      '12:00',
      '13:00',
    );
    expect(problemsAfter((s) => (s.calendar.lunch = { start: '12:00', end: '13:00' }))).toEqual([]);
  });

  it('tickets must stop after opening: ticketCutoffMinutes < close − open', () => {
    expectProblem(
      problemsAfter((s) => (s.calendar.ticketCutoffMinutes = 480)),
      'calendar.ticketCutoffMinutes',
      'cutoff',
      '480',
    );
    expect(problemsAfter((s) => (s.calendar.ticketCutoffMinutes = 479))).toEqual([]);
  });

  it('intraday pieces: start before end, in order without overlap, from 00:00 to closing', () => {
    expectProblem(
      problemsAfter((s) => (s.demand.intraday[1].end = '09:00')),
      'demand.intraday[1].end',
      'time_order',
      '09:00',
    );
    const overlapping = problemsAfter((s) => (s.demand.intraday[2].start = '09:30'));
    expectProblem(overlapping, 'demand.intraday[2].start', 'overlap', '09:30', '10:00');
    const late = problemsAfter((s) => {
      s.demand.intraday[8].share = 0.05;
      s.demand.intraday.push({ start: '17:00', end: '18:00', share: 0.05 });
    });
    expectProblem(late, 'demand.intraday[9]', 'time_outside', '17:00–18:00', '17:00');
  });

  it('staggered hours inside the opening hours', () => {
    expectProblem(
      problemsAfter((s) => (s.staggered.toHours = [{ start: '16:00', end: '18:00' }])),
      'staggered.toHours[0]',
      'time_outside',
      '16:00–18:00',
      '09:00–17:00',
    );
    expectProblem(
      problemsAfter((s) => (s.staggered.toHours = [{ start: '16:00', end: '14:00' }])),
      'staggered.toHours[0].end',
      'time_order',
      '14:00',
      '16:00',
    );
  });

  it('kiosk hours start before they end (or are "24h"), and the site profile keeps to them', () => {
    expectProblem(
      problemsAfter((s) => (s.kiosks.sites[0].hours = { start: '20:00', end: '08:00' })),
      'kiosks.sites[0].hours.end',
      'time_order',
      '08:00',
      '20:00',
    );
    const outside = problemsAfter((s) => (s.kiosks.sites[0].hours = { start: '07:00', end: '20:00' }));
    expectProblem(outside, 'kiosks.sites[0].profile[0]', 'time_outside', '00:00–07:00', '07:00–20:00');
    expectProblem(outside, 'kiosks.sites[0].profile[6]', 'time_outside', '20:00–24:00');
    expectProblem(
      problemsAfter((s) => (s.kiosks.sites[0].profile[3].start = '11:00')),
      'kiosks.sites[0].profile[3].start',
      'overlap',
      '11:00',
      '12:00',
    );
  });

  it('repair hours and back-office hours start before they end', () => {
    expectProblem(
      problemsAfter((s) => (s.kiosks.sites[0].failures.repairHours = { start: '17:00', end: '09:00' })),
      'kiosks.sites[0].failures.repairHours.end',
      'time_order',
      '09:00',
    );
    expectProblem(
      problemsAfter((s) => (s.backOffice.hours = { start: '18:00', end: '08:30' })),
      'backOffice.hours.end',
      'time_order',
      '08:30',
      '18:00',
    );
  });

  it('24:00 is the end of the day; 24:01 is no time', () => {
    expect(problemsAfter((s) => (s.kiosks.sites[0].hours = { start: '00:00', end: '24:00' }))).toEqual([]);
    expectProblem(
      problemsAfter((s) => (s.calendar.close = '24:01')),
      'calendar.close',
      'bad_format',
      '"24:01"',
    );
  });
});
