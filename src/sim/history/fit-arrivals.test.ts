import { describe, expect, it } from 'vitest';
import { KNOWN, wrongBase } from '../../../tests/history/known.ts';
import type { ProfilePiece, Scenario } from '../scenario/index.ts';
import { fitHistory } from './fit.ts';
import { simulateTicketLog, toTicketRecords } from './generate.ts';
import { roundShares } from './stats.ts';

const short: Scenario = { ...KNOWN, calendar: { ...KNOWN.calendar, days: 45 } };
const records = toTicketRecords(simulateTicketLog(short, 4, 0), short);
const shares = (fit: ReturnType<typeof fitHistory>, label: string) =>
  fit.report.parameters
    .filter((p) => p.key.startsWith(`demand.intraday.${label}.`))
    .map((p) => ({ start: p.key.slice(-5), share: p.estimate, ci: p.ci! }));

describe('the intraday profile and its smoothing', () => {
  const none = fitHistory(records, wrongBase);
  it('without smoothing: the shares of the tickets counted, one profile per day type, summing to 1', () => {
    const intraday = none.scenario.demand.intraday as Record<string, ProfilePiece[]>;
    for (const dt of ['ordinary', 'filing', 'deadline']) {
      expect(intraday[dt].reduce((a, p) => a + p.share, 0)).toBeCloseTo(1, 9);
      expect(intraday[dt][0]).toMatchObject({ start: '09:00', end: '09:30' });
    }
    const raw = shares(none, 'ordinary');
    expect(raw.map((x) => x.share).reduce((a, x) => a + x, 0)).toBeCloseTo(1, 12);
  });

  it('a centred moving average over 3 intervals averages each half hour with its neighbours (fewer at the edges)', () => {
    const ma = fitHistory(records, wrongBase, { smoothing: { kind: 'movingAverage', intervals: 3 } });
    const raw = shares(none, 'filing').map((x) => x.share);
    const smooth = shares(ma, 'filing');
    const avg = raw.map((_, p) => {
      const w = raw.slice(Math.max(0, p - 1), Math.min(raw.length, p + 2));
      return w.reduce((a, x) => a + x, 0) / w.length;
    });
    const total = avg.reduce((a, x) => a + x, 0);
    smooth.forEach((x, p) => {
      expect(x.share).toBeCloseTo(avg[p] / total, 12);
      expect(x.ci.lower).toBeLessThan(x.share);
      expect(x.ci.upper).toBeGreaterThan(x.share);
    });
    // Averaging narrows the intervals of the interior pieces.
    const rawCi = shares(none, 'filing');
    expect(smooth[5].ci.upper - smooth[5].ci.lower).toBeLessThan(rawCi[5].ci.upper - rawCi[5].ci.lower);
    expect(ma.report.arrivals.smoothing).toEqual({ kind: 'movingAverage', intervals: 3 });
  });

  it('pooled: one profile for all day types', () => {
    const pooled = fitHistory(records, wrongBase, { profile: 'pooled' });
    expect(Array.isArray(pooled.scenario.demand.intraday)).toBe(true);
    expect(shares(pooled, 'all').length).toBeGreaterThanOrEqual(15);
    expect(shares(pooled, 'filing')).toEqual([]);
    expect(pooled.problems).toEqual([]);
  });

  it('rounds shares to 6 decimals and puts the remainder on the largest, so they sum to 1', () => {
    const r = roundShares([1 / 3, 1 / 3, 1 / 3]);
    expect(r.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 12);
    expect(r.every((x) => Math.abs(x - 1 / 3) < 2e-6)).toBe(true);
  });

  it('reports mean arrivals per hour by type, day type and half hour', () => {
    const rates = none.report.arrivals.rates!;
    expect(rates.types).toEqual(['general']);
    const ord = rates.perHour[0][0];
    // Tickets per ordinary day = the sum of the rates times half an hour.
    const perDay = ord.reduce((a, x) => a + x / 2, 0);
    const tickets = none.report.period.days.filter((d) => d.dayType === 'ordinary');
    const noShows = records.filter(
      (r) =>
        r.outcome === 'noShow' &&
        tickets.some((d) => d.date === new Date(Math.floor(r.ticket / 1440) * 86400000).toISOString().slice(0, 10)),
    ).length;
    expect(perDay).toBeCloseTo((tickets.reduce((a, d) => a + d.rows, 0) - noShows) / tickets.length, 9);
  });
});
