/**
 * The calendar of the history wins over the base scenario's: a log over the 2025 Spring Festival
 * (closed 28 January to 4 February, make-up working days Sunday 26 January and Saturday 8
 * February) fitted into a base that lists none of it, and lists a holiday and a dated volume
 * outside the history. The fit takes the closed weekdays as holidays and the weekend days with
 * tickets as working days; the backtest runs exactly those dates (and drops the base's dates
 * outside them, which a scenario may not list).
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDate, type Scenario } from '../../src/sim/scenario/index.ts';
import { backtest } from '../../src/sim/history/backtest.ts';
import { fitHistory } from '../../src/sim/history/fit.ts';
import { simulateTicketLog, toTicketRecords } from '../../src/sim/history/generate.ts';
import { simulateInThread } from '../../src/sim/results/simulate.ts';
import { KNOWN } from './known.ts';

const holidays = [
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-02-01',
  '2025-02-02',
  '2025-02-03',
  '2025-02-04',
];
const festival: Scenario = {
  ...KNOWN,
  calendar: { ...KNOWN.calendar, days: 60, holidays, extraWorkdays: ['2025-01-26', '2025-02-08'] },
};
const base: Scenario = {
  ...KNOWN,
  calendar: { ...KNOWN.calendar, days: 200, holidays: ['2025-05-01'] },
  demand: { ...KNOWN.demand, byDate: { '2025-06-03': 500 } },
};

describe("the backtest runs the history's own calendar", () => {
  it('learns the Spring Festival from the log and backtests over it', async () => {
    const records = toTicketRecords(simulateTicketLog(festival, 21, 0), festival);
    const fit = fitHistory(records, base);
    expect(fit.history.addedHolidays.map(formatIsoDate)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(fit.history.addedWorkdays.map(formatIsoDate)).toEqual(['2025-01-26', '2025-02-08']);
    expect(fit.report.period.days.find((d) => d.date === '2025-01-26')!.dayType).toBe('ordinary');
    expect(fit.report.period.days.find((d) => d.date === '2025-01-29')!.dayType).toBeNull();
    const bt = await backtest({ fitted: fit, tickets: records, simulate: simulateInThread, replications: 4, seed: 2 });
    const cal = bt.scenario.calendar;
    expect(cal.startDate).toBe('2025-01-01');
    expect(cal.days).toBe(59); // to the last day with tickets, Friday 28 February
    expect(cal.holidays).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03', '2025-02-04']);
    expect(cal.extraWorkdays).toEqual(['2025-01-26', '2025-02-08']);
    expect(bt.scenario.demand.byDate).toEqual({});
    // The simulated month has as many days of each type as the history.
    for (const dt of ['ordinary', 'filing', 'deadline'] as const) {
      expect(bt.summary.byDayType[dt].days).toBe(fit.report.arrivals.daysByType[dt]);
      const sim = bt.summary.byDayType[dt].simulatedTickets;
      const obs = bt.summary.byDayType[dt].observedTickets;
      expect(Math.abs(sim - obs) / obs, dt).toBeLessThan(0.1);
    }
  }, 30_000);
});
