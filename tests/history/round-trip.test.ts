/**
 * Round trip on a hall with known parameters (tests/history/known.ts): half a year of tickets
 * from the model, fitted into a base scenario whose every figure is wrong, must give back the
 * known figures inside their confidence intervals — the interval widths come from the methods in
 * src/sim/history, and where many intervals are checked at once the number that miss is held to
 * what 95% intervals allow (tests/history/coverage.ts), not to zero. The backtest of the fitted
 * scenario, staffed as the log shows, must reproduce the observed waits: the observed mean wait
 * inside the simulated 95% prediction interval in at least 80% of the intervals with 20 or more
 * served tickets, and the same for the share served within 15 minutes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/sim/scenario/index.ts';
import { backtest, type BacktestResult } from '../../src/sim/history/backtest.ts';
import { fitHistory, type FitResult } from '../../src/sim/history/fit.ts';
import { simulateTicketLog, toTicketRecords } from '../../src/sim/history/generate.ts';
import type { TicketRecord } from '../../src/sim/history/records.ts';
import { simulateInThread } from '../../src/sim/results/simulate.ts';
import { covers, minCovered } from './coverage.ts';
import { KNOWN, TRUTH, wrongBase } from './known.ts';

let records: TicketRecord[];
let fit: FitResult;
let bt: BacktestResult;

const param = (key: string) => {
  const p = fit.report.parameters.find((x) => x.key === key);
  if (!p) throw new Error(`no parameter ${key}`);
  return p;
};

beforeAll(async () => {
  records = toTicketRecords(simulateTicketLog(KNOWN, 11, 0), KNOWN);
  fit = fitHistory(records, wrongBase);
  bt = await backtest({ fitted: fit, tickets: records, simulate: simulateInThread, replications: 10, seed: 3 });
}, 60_000);

describe('round trip on a hall with known parameters', () => {
  it('covers the half year it was given, with no problems in the fitted scenario', () => {
    expect(fit.report.period.first).toBe('2025-01-01');
    expect(fit.history.firstDay).toBe(dayNumber(2025, 1, 1));
    expect(fit.problems).toEqual([]);
    expect(fit.report.rows.used).toBe(records.length);
    expect(records.length).toBeGreaterThan(30000);
  });

  it('recovers the daily volume and the day-type factors', () => {
    expect(covers(param('demand.dailyVolume').ci, TRUTH.dailyVolume)).toBe(true);
    expect(covers(param('demand.class.filing').ci, TRUTH.filing)).toBe(true);
    expect(covers(param('demand.class.deadline').ci, TRUTH.deadline)).toBe(true);
    const weekdays = fit.report.parameters.filter((p) => p.key.startsWith('demand.weekday.'));
    expect(weekdays).toHaveLength(5);
    expect(weekdays.filter((p) => covers(p.ci, 1)).length).toBeGreaterThanOrEqual(minCovered(5));
    expect(fit.scenario.demand.dayTypeFactors?.ordinary).toBe(1);
  });

  it('recovers the intraday profile: the share of each half hour of each day type', () => {
    const truthAt = (start: number) => {
      const piece = TRUTH.profile.find((p) => toMin(p.start) <= start && start < toMin(p.end));
      return piece ? (piece.share * 30) / (toMin(piece.end) - toMin(piece.start)) : 0;
    };
    // 15 half hours from 09:00 to 16:30, three day types (late appointments may check in after
    // 16:30: not in the truth).
    const shares = fit.report.parameters.filter(
      (p) => p.key.startsWith('demand.intraday.') && toMin(p.key.slice(-5)) < 16 * 60 + 30,
    );
    expect(shares).toHaveLength(45);
    const covered = shares.filter((p) => covers(p.ci, truthAt(toMin(p.key.slice(-5))))).length;
    expect(covered).toBeGreaterThanOrEqual(minCovered(shares.length));
  });

  it('recovers the lognormal handling time (mean 6, CV 0.5), chosen by the KS distance', () => {
    expect(fit.report.handling[0].chosen).toBe('lognormal');
    expect(covers(param('types.general.service.mean').ci, TRUTH.serviceMean)).toBe(true);
    expect(covers(param('types.general.service.cv').ci, TRUTH.serviceCv)).toBe(true);
    expect(fit.scenario.types[0].service.kind).toBe('lognormal');
  });

  it('recovers the exponential patience (mean 20) from the censored waits, chosen by AIC', () => {
    expect(fit.report.patience!.chosen).toBe('exponential');
    expect(fit.report.patience!.events).toBeGreaterThan(1000);
    expect(covers(param('behaviour.patience.mean').ci, TRUTH.patienceMean)).toBe(true);
    const km = fit.report.patience!.km.filter((p) => [5, 10, 20, 30, 40].includes(p.time));
    expect(
      km.filter((p) => p.lower <= Math.exp(-p.time / 20) && Math.exp(-p.time / 20) <= p.upper).length,
    ).toBeGreaterThanOrEqual(minCovered(5));
  });

  it('recovers the appointment share and the no-show rate', () => {
    expect(covers(param('appointments.share').ci, TRUTH.appointmentShare)).toBe(true);
    expect(covers(param('appointments.noShow').ci, TRUTH.noShow)).toBe(true);
  });

  it('every fitted parameter has an estimate, a sample size, an interval at 95% and says how and from which rows', () => {
    for (const p of fit.report.parameters.filter((x) => x.key !== 'staggered.rows')) {
      expect(Number.isFinite(p.estimate), p.key).toBe(true);
      expect(p.n, p.key).toBeGreaterThan(0);
      expect(p.ci, p.key).not.toBeNull();
      expect(p.ci!.level).toBe(0.95);
      expect(p.ci!.lower, p.key).toBeLessThanOrEqual(p.estimate + 1e-12);
      expect(p.ci!.upper, p.key).toBeGreaterThanOrEqual(p.estimate - 1e-12);
      expect(p.method.en.length * p.method.zh.length * p.rows.en.length * p.rows.zh.length, p.key).toBeGreaterThan(0);
    }
  });

  it('reads the staffing off the log: the windows the known schedule opened', () => {
    expect(bt.staffing.windowsSeen).toEqual([10]);
    const known = KNOWN.windows.groups[0].schedule as Record<string, number[]>;
    for (const dt of ['ordinary', 'filing', 'deadline'] as const) {
      // Every interval that takes tickets matches; the last half hour (no new tickets) may show fewer.
      expect(bt.staffing.schedules[0][dt]!.slice(0, 15)).toEqual(known[dt].slice(0, 15));
    }
  });

  it('backtests within the simulated prediction intervals in at least 80% of the intervals', () => {
    const s = bt.summary;
    expect(s.cells).toBeGreaterThanOrEqual(40);
    expect(s.waitCoverage).toBeGreaterThanOrEqual(0.8);
    expect(s.withinCoverage).toBeGreaterThanOrEqual(0.8);
    expect(s.waitMae).toBeLessThan(0.5);
    for (const dt of ['ordinary', 'filing', 'deadline'] as const) {
      const d = s.byDayType[dt];
      expect(Math.abs(d.simulatedTickets - d.observedTickets) / d.observedTickets, dt).toBeLessThan(0.03);
    }
  });
});

function toMin(t: string): number {
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
}
