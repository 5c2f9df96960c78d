import { beforeAll, describe, expect, it } from 'vitest';
import type { FitResult } from '../../../sim/history/fit.ts';
import {
  groupParameters,
  handlingRows,
  methodNotes,
  periodCounts,
  profileTable,
  ratesTable,
  sectionOf,
  SECTIONS,
} from './fit-sections.ts';
import { DEMO, fitZh, readZh } from './test-fixtures.ts';

let fit: FitResult;
beforeAll(async () => {
  fit = await fitZh();
});

describe('the fit report in sections', () => {
  it('puts every parameter in exactly one section, by its key', () => {
    expect(sectionOf('demand.dailyVolume')).toBe('daily');
    expect(sectionOf('demand.class.filingLast')).toBe('daily');
    expect(sectionOf('demand.weekday.3')).toBe('daily');
    expect(sectionOf('demand.intraday.filing.10:30')).toBe('intraday');
    expect(sectionOf('types.iit.monthShares.3')).toBe('shares');
    expect(sectionOf('types.invoice.share')).toBe('shares');
    expect(sectionOf('types.export-refund.acceptance.cv')).toBe('handling');
    expect(sectionOf('appointments.noShow')).toBe('bookings');
    expect(sectionOf('kiosks.choiceShare')).toBe('bookings');
    expect(sectionOf('behaviour.patience.mean')).toBe('patience');
    expect(sectionOf('something.new')).toBe('other');
    const g = groupParameters(fit.report.parameters);
    expect(SECTIONS.reduce((a, s) => a + g[s].length, 0)).toBe(fit.report.parameters.length);
    // The demo's month: daily volume, 4 class factors, 5 weekdays; 10 handling types × mean and CV.
    expect(g.daily.map((p) => p.key)).toEqual([
      'demand.dailyVolume',
      'demand.class.filing',
      'demand.class.filingFirst',
      'demand.class.filingLast',
      'demand.class.deadline',
      ...[1, 2, 3, 4, 5].map((w) => `demand.weekday.${w}`),
    ]);
    expect(g.handling).toHaveLength(2 * DEMO.types.length);
    expect(g.shares).toHaveLength(DEMO.types.length);
    expect(g.bookings.map((p) => p.key)).toEqual(['appointments.share', 'appointments.noShow', 'staggered.rows']);
    expect(g.patience.map((p) => p.key)).toEqual(['behaviour.abandonedShare', 'behaviour.patience.mean']);
    expect(g.other).toEqual([]);
  });

  it('lays the intraday profile out as intervals × day types, each column summing to one', () => {
    const table = profileTable(fit.report.parameters);
    expect(table.columns).toEqual(['ordinary', 'filing', 'deadline']);
    expect(table.rows[0].start).toBe('09:00');
    expect(table.rows.map((r) => r.start)).toEqual([...table.rows.map((r) => r.start)].sort());
    expect(table.rows).toHaveLength(16);
    table.columns.forEach((c, i) => {
      const sum = table.rows.reduce((a, r) => a + (r.cells[i]?.estimate ?? 0), 0);
      expect(sum, c).toBeCloseTo(1, 6);
    });
    const cell = table.rows.find((r) => r.start === '10:00')!.cells[1]!;
    expect(cell.key).toBe('demand.intraday.filing.10:00');
    expect(table.n).toEqual(
      table.columns.map((c) => fit.report.parameters.find((p) => p.key.startsWith(`demand.intraday.${c}.`))!.n),
    );
  });

  it('gives one column for a pooled profile', async () => {
    const pooled = await fitZh({ profile: 'pooled' });
    const table = profileTable(pooled.report.parameters);
    expect(table.columns).toEqual(['all']);
    expect(table.rows.reduce((a, r) => a + r.cells[0]!.estimate, 0)).toBeCloseTo(1, 6);
  });

  it('shows each handling fit with its parameters and candidates against the critical value', () => {
    const rows = handlingRows(fit.report);
    expect(rows).toHaveLength(DEMO.types.length);
    for (const r of rows) {
      const h = fit.report.handling.find((x) => x.type === r.type)!;
      expect(r.chosen).toBe('lognormal');
      expect(r.mean!.estimate).toBe(h.candidates.find((c) => c.kind === 'lognormal')!.mean);
      expect(r.candidates.map((c) => c.kind)).toEqual(['lognormal', 'gamma', 'empirical']);
      for (const c of r.candidates) expect(c.passes).toBe(c.ks <= h.ksCritical);
      expect(r.ksScale).toBeGreaterThanOrEqual(Math.max(h.ksCritical, ...h.candidates.map((c) => c.ks)));
    }
    expect(rows.find((r) => r.type === 'export-refund')!.target).toBe('acceptance');
  });

  it('numbers the distinct methods of a table', () => {
    const g = groupParameters(fit.report.parameters);
    const m = methodNotes(g.daily, 'en');
    expect(m.notes).toHaveLength(1);
    expect(m.index.every((i) => i === 1)).toBe(true);
    const b = methodNotes(g.bookings, 'zh');
    expect(b.notes).toEqual([g.bookings[0].method.zh, g.bookings[2].method.zh]);
    expect(b.index).toEqual([1, 1, 2]);
  });

  it('counts the days of the history', () => {
    expect(periodCounts(fit.report)).toEqual({ days: 30, open: 22, closed: 8, rows: 10664 });
  });
});

describe('arrival rates', () => {
  it("gives arrivals per hour by interval and type; a filing day's total matches its tickets", async () => {
    const { report } = await readZh();
    const table = ratesTable(fit.report.arrivals.rates, 'filing')!;
    expect(table.types).toEqual(DEMO.types.map((t) => t.id));
    expect(table.rows[0].start).toBe('09:00');
    for (const r of table.rows)
      expect(r.total).toBeCloseTo(
        r.perHour.reduce((a, x) => a + x, 0),
        12,
      );
    // Tickets per filing day over the day = Σ rate × hours of each piece.
    const perDay = table.rows.reduce((a, r, k) => {
      const p = fit.report.arrivals.rates!.pieces[k];
      return a + (r.total * (p.end - p.start)) / 60;
    }, 0);
    const filingDays = fit.report.period.days.filter((d) => d.dayType === 'filing');
    const rows = filingDays.reduce((a, d) => a + d.rows, 0) / filingDays.length;
    expect(report.layout).toBe('tickets');
    // The rates count tickets taken (no-shows are rows without a ticket taken), so within a few percent of the rows.
    expect(perDay / rows).toBeGreaterThan(0.9);
    expect(perDay / rows).toBeLessThanOrEqual(1.0001);
    expect(ratesTable(null, 'filing')).toBeNull();
  });
});
