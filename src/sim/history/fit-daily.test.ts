import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import { dayNumber, isoWeekday, type Scenario } from '../scenario/index.ts';
import { historyCalendar } from './fit-calendar.ts';
import { fitDaily } from './fit-daily.ts';
import { DAY_CLASSES } from './fit-report.ts';

const s = demo as unknown as Scenario;
const first = dayNumber(2026, 3, 1);
const rows = Float64Array.from({ length: 31 }, (_, i) => ([6, 7].includes(isoWeekday(first + i)) ? 0 : 1));
const hc = historyCalendar(s, first, rows);

describe('daily volume and its factors (Poisson log-linear model)', () => {
  it('recovers exact factors from counts that follow the model exactly, normalised to ordinary = 1 and weekdays of geometric mean 1', () => {
    const F = { ordinary: 1, filing: 1.5, filingFirst: 2, filingLast: 2.5, deadline: 3 } as const;
    const w = [1.2, 1.1, 1, 0.9, 0.8];
    const gm = Math.exp(w.reduce((a, x) => a + Math.log(x), 0) / 5);
    const visitors = Float64Array.from({ length: 31 }, (_, d) =>
      hc.dayClass[d] < 0 ? 0 : 200 * F[DAY_CLASSES[hc.dayClass[d]]] * w[isoWeekday(first + d) - 1],
    );
    const fit = fitDaily(s, hc, visitors, 'fit', 0.95);
    expect(fit.weekdays).toBe('fit');
    expect(fit.dailyVolume).toBeCloseTo(200 * gm, 8);
    expect(fit.classFactors).toEqual([1, 1.5, 2, 2.5, 3].map((x) => expect.closeTo(x, 9)));
    expect(fit.weekdayFactors.slice(0, 5)).toEqual(w.map((x) => expect.closeTo(x / gm, 9)));
    // A perfect fit has no extra-Poisson variation: the dispersion stays at its floor of 1.
    expect(fit.dispersion).toBe(1);
    const v = fit.parameters.find((p) => p.key === 'demand.dailyVolume')!;
    expect(v.n).toBe(22);
    // Wald on the log scale: the interval is symmetric in log.
    expect(Math.log(v.ci!.upper / v.estimate)).toBeCloseTo(Math.log(v.estimate / v.ci!.lower), 10);
  });

  it('keeps the base weekday factors when asked, with month factors and the online share as offsets', () => {
    const base: Scenario = {
      ...s,
      demand: {
        ...s.demand,
        weekdayFactors: [1.15, 1.05, 1, 0.95, 0.9, 1, 1],
        monthFactors: { '3': 1.25 },
        onlineShare: 0.2,
      },
    };
    const visitors = Float64Array.from({ length: 31 }, (_, d) =>
      hc.dayClass[d] < 0
        ? 0
        : 300 * (hc.dayClass[d] === 0 ? 1 : 1.6) * base.demand.weekdayFactors![isoWeekday(first + d) - 1] * 1.25 * 0.8,
    );
    const fit = fitDaily(base, hc, visitors, 'base', 0.95);
    expect(fit.weekdays).toBe('base');
    expect(fit.dailyVolume).toBeCloseTo(300, 8);
    expect(fit.classFactors[1]).toBeCloseTo(1.6, 9);
    expect(fit.weekdayFactors).toEqual(base.demand.weekdayFactors);
    expect(fit.parameters.some((p) => p.key.startsWith('demand.weekday'))).toBe(false);
  });

  it('auto mode keeps the base weekday factors when a weekday has fewer than 3 days', () => {
    const short = historyCalendar(s, first, rows.slice(0, 12));
    const visitors = Float64Array.from({ length: 12 }, (_, d) => (short.dayClass[d] < 0 ? 0 : 100));
    expect(fitDaily(s, short, visitors, 'auto', 0.95).weekdays).toBe('base');
    expect(
      fitDaily(
        s,
        hc,
        Float64Array.from({ length: 31 }, (_, d) => (hc.dayClass[d] < 0 ? 0 : 100)),
        'auto',
        0.95,
      ).weekdays,
    ).toBe('fit');
  });
});
