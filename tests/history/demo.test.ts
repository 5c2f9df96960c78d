/**
 * The demo hall's synthetic history (data/history, written by scripts/gen-history.ts): the files
 * are exactly what the generator writes for the documented seed; fitting the month gives back
 * the demo's handling times, type shares, bookings and patience inside their intervals (held to
 * what 95% intervals allow where many are checked at once), the staffing inferred from the log
 * finds the demo's four window groups, and the backtest meets the same criterion as the known
 * hall's: the observed value inside the simulated 95% prediction interval in at least 80% of the
 * intervals with 20 or more served tickets, for the mean wait and for the share within 15 minutes.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import demo from '../../data/scenarios/demo-hall.json';
import type { Scenario } from '../../src/sim/scenario/index.ts';
import { backtest, type BacktestResult } from '../../src/sim/history/backtest.ts';
import { fitHistory, type FitResult } from '../../src/sim/history/fit.ts';
import {
  simulateTicketLog,
  ticketCsv,
  toTicketRecords,
  volumesCsv,
  type LoggedTicket,
} from '../../src/sim/history/generate.ts';
import { simulateInThread } from '../../src/sim/results/simulate.ts';
import { covers, minCovered } from './coverage.ts';

const s = demo as unknown as Scenario;
/** The seed scripts/gen-history.ts uses (DEFAULT_SEED there). */
const SEED = 20260301;
const file = (name: string) => readFileSync(new URL(`../../data/history/${name}`, import.meta.url));

let log: LoggedTicket[];
let fit: FitResult;
let bt: BacktestResult;

beforeAll(async () => {
  log = simulateTicketLog(s, SEED, 0);
  const records = toTicketRecords(log, s, 'en');
  fit = fitHistory(records, s);
  bt = await backtest({ fitted: fit, tickets: records, simulate: simulateInThread, replications: 10, seed: 5 });
}, 60_000);

describe("the demo hall's synthetic history", () => {
  it('the files in data/history are what the generator writes for the documented seed', () => {
    expect(file('synthetic-demo-2026-03-tickets-en-utf8.csv').toString('utf8')).toBe(ticketCsv(log, s, 'en'));
    expect(
      Buffer.compare(
        file('synthetic-demo-2026-03-tickets-zh-gb18030.csv'),
        iconv.encode(ticketCsv(log, s, 'zh'), 'gb18030'),
      ),
    ).toBe(0);
    expect(file('synthetic-demo-2026-03-volumes-en-utf8.csv').toString('utf8')).toBe(volumesCsv(log, s));
    expect(log.length).toBeGreaterThan(10000);
  });

  it("fitting the month gives back the demo's handling times per type", () => {
    const means = s.types.map((t) => {
      const target = t.immediate === false ? 'acceptance' : 'service';
      const spec = (target === 'acceptance' ? t.case!.acceptance : t.service) as { mean: number; cv: number };
      const p = (k: string) => fit.report.parameters.find((x) => x.key === `types.${t.id}.${target}.${k}`)!;
      return [covers(p('mean').ci, spec.mean), covers(p('cv').ci, spec.cv)];
    });
    expect(fit.report.handling.filter((h) => h.chosen === 'lognormal')).toHaveLength(s.types.length);
    expect(means.filter(([m]) => m).length).toBeGreaterThanOrEqual(minCovered(10));
    expect(means.filter(([, c]) => c).length).toBeGreaterThanOrEqual(minCovered(10));
  });

  it('…the type shares (March: individual income tax has its own share of 15%), bookings and patience', () => {
    const p = (k: string) => fit.report.parameters.find((x) => x.key === k)!;
    const shares = s.types.filter((t) => t.id !== 'iit').map((t) => covers(p(`types.${t.id}.share`).ci, t.share));
    shares.push(covers(p('types.iit.monthShares.3').ci, 0.15));
    expect(shares.filter(Boolean).length).toBeGreaterThanOrEqual(minCovered(shares.length));
    expect(covers(p('appointments.share').ci, 0.08)).toBe(true);
    expect(covers(p('appointments.noShow').ci, 0.15)).toBe(true);
    expect(fit.report.patience!.chosen).toBe('lognormal');
    expect(covers(p('behaviour.patience.mean').ci, 56.6)).toBe(true);
    expect(fit.problems).toEqual([]);
  });

  it('infers the window groups from what each window served: 12 general, 2 invoice, the green channel, the appointment window', () => {
    expect(bt.staffing.groups).toEqual(['general', 'invoice', 'green', 'appointment']);
    expect(bt.staffing.windowsSeen).toEqual([12, 2, 1, 1]);
    // The green channel opens 14:00–16:00 on filing days only, and the log shows it.
    expect(bt.staffing.schedules[2].filing!.slice(10, 14)).toEqual([1, 1, 1, 1]);
    expect(bt.staffing.schedules[2].ordinary!.every((x) => x === 0)).toBe(true);
  });

  it('backtests within the simulated prediction intervals in at least 80% of the intervals', () => {
    expect(bt.summary.cells).toBeGreaterThanOrEqual(40);
    expect(bt.summary.waitCoverage).toBeGreaterThanOrEqual(0.8);
    expect(bt.summary.withinCoverage).toBeGreaterThanOrEqual(0.8);
    expect(bt.scenario.calendar.startDate).toBe('2026-03-02');
    expect(bt.cells.every((c) => c.simulated.meanWaitPi >= c.simulated.meanWaitCi)).toBe(true);
  });
});
