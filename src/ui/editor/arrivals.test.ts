import { describe, expect, it } from 'vitest';
import demoJson from '../../../data/scenarios/demo-hall.json';
import mmcJson from '../../../data/scenarios/textbook-mmc.json';
import { walkInRates } from '../../sim/hall/demand.ts';
import { resolveScenario } from '../../sim/hall/resolve.ts';
import { type Scenario, validateScenario } from '../../sim/scenario/index.ts';
import { expectedLoads } from '../../sim/hall/expected-load.ts';
import { cellInfo, gridLoads, isShort, maxArrivals, type IntervalLoads } from './arrivals.ts';

const demo = demoJson as unknown as Scenario;
const mmc = mmcJson as unknown as Scenario;
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function loadsOf(s: Scenario, g: number): Extract<ReturnType<typeof gridLoads>, { ok: true }> {
  const problems = validateScenario(s);
  const loads = gridLoads(s, problems, g);
  if (!loads.ok) throw new Error(`not computable: ${JSON.stringify(loads)} ${JSON.stringify(problems)}`);
  return loads;
}

/** One ordinary day, one type (mean 2 minutes), 480 visitors evenly over `profile`. */
function oneDay(
  profile: { start: string; end: string },
  lunch: { start: string; end: string } | null = null,
): Scenario {
  return {
    version: 1,
    name: { zh: '单日', en: 'One day' },
    calendar: {
      startDate: '2026-03-02',
      days: 1,
      open: '09:00',
      close: '17:00',
      ticketCutoffMinutes: 30,
      filingPeriod: null,
      lunch,
    },
    types: [{ id: 'any', name: { zh: '业务', en: 'Any' }, share: 1, service: { kind: 'exponential', mean: 2 } }],
    demand: { dailyVolume: 480, intraday: [{ ...profile, share: 1 }] },
    windows: {
      groups: [
        {
          id: 'w',
          name: { zh: '窗口', en: 'Windows' },
          kind: 'general',
          windows: 5,
          schedule: Array.from({ length: 16 }, () => 2),
        },
      ],
    },
  };
}

describe('arrivals behind the staffing grid', () => {
  it('gives the M/M/10 textbook its constant 480 arrivals an hour and a load of 8 windows', () => {
    const loads = loadsOf(mmc, 0);
    expect(loads.servesWalkIns).toBe(true);
    // No filing period: every day is ordinary; 7 open days.
    expect(loads.byDayType.filing).toBeNull();
    expect(loads.byDayType.deadline).toBeNull();
    const l = loads.byDayType.ordinary!;
    expect(l.days).toBe(7);
    expect(l.arrivals.length).toBe(24);
    for (let k = 0; k < 24; k++) {
      expect(l.arrivals[k]).toBeCloseTo(480, 9);
      expect(l.load[k]).toBeCloseTo(8, 9);
      expect(l.exclusive[k]).toBeCloseTo(8, 9);
      expect(l.hallLoad[k]).toBeCloseTo(8, 9);
      expect(l.hallOpen[k]).toBe(10);
      expect(isShort(l, k, 10)).toBe(false);
      expect(isShort(l, k, 7)).toBe(true);
    }
    expect(loads.all!.days).toBe(7);
    expect(maxArrivals(loads)).toBeCloseTo(480, 9);
  });

  it('moves arrivals before opening to the first interval, drops those after the ticket cut-off', () => {
    const l = loadsOf(oneDay({ start: '08:00', end: '17:00' }), 0).byDayType.ordinary!;
    const perMinute = 480 / 540;
    expect(l.arrivals[0]).toBeCloseTo(perMinute * 90, 9); // 08:00-09:30
    for (let k = 1; k < 15; k++) expect(l.arrivals[k]).toBeCloseTo(perMinute * 30, 9);
    expect(l.arrivals[15]).toBe(0); // 16:30-17:00: tickets have stopped
    expect(l.load[1]).toBeCloseTo((perMinute * 30 * 2) / 30, 9);
  });

  it('moves arrivals during the lunch break to its end', () => {
    const l = loadsOf(oneDay({ start: '09:00', end: '17:00' }, { start: '12:00', end: '13:00' }), 0).byDayType
      .ordinary!;
    const perMinute = 480 / 480;
    expect(l.arrivals[6]).toBe(0); // 12:00
    expect(l.arrivals[7]).toBe(0); // 12:30
    expect(l.arrivals[8]).toBeCloseTo(perMinute * 90, 9); // 13:00 takes 12:00-13:30
    expect(l.arrivals[9]).toBeCloseTo(perMinute * 30, 9);
  });

  it('averages the demo hall’s filing days at 10:00 from the raw walk-in rates, less the hall kiosks', () => {
    const r = resolveScenario(demo);
    const rates = walkInRates(r);
    const at = 600; // 10:00
    let sum = 0;
    let days = 0;
    for (let d = 0; d < r.days; d++) {
      if (!r.calendar.isWorking(d) || r.calendar.dayType(d) !== 'filing') continue;
      days++;
      r.types.forEach((t, i) => {
        const divert = t.kiosk ? t.kiosk.eligibleShare * 0.4 : 0; // hall site 24 h, choice share 0.4
        sum += rates[i].integral(d * 1440 + at, d * 1440 + at + 30) * (1 - divert);
      });
    }
    const expected = sum / days;
    const general = loadsOf(demo, 0).byDayType.filing!;
    expect(general.days).toBe(days);
    expect(days).toBeGreaterThan(5);
    expect(general.arrivals[2]).toBeCloseTo(expected, 9);
    expect(general.arrivals[2]).toBeGreaterThan(40);
    // The general windows serve every type: their load is the hall's.
    expect(general.load[2]).toBeCloseTo(general.hallLoad[2], 9);
    // Invoice and proxy invoices are also served by the invoice windows: not exclusive.
    expect(general.exclusive[2]).toBeLessThan(general.load[2]);
    // Hall open windows at 10:00 on filing days: general 12 + invoice 2 (green and appointment take no walk-ins).
    expect(general.hallOpen[2]).toBe(14);
  });

  it('counts only the types a dedicated group serves, and nothing for a group without walk-ins', () => {
    const invoice = loadsOf(demo, 1).byDayType.filing!;
    const general = loadsOf(demo, 0).byDayType.filing!;
    expect(invoice.arrivals[2]).toBeGreaterThan(0);
    expect(invoice.arrivals[2]).toBeLessThan(general.arrivals[2]);
    expect(invoice.exclusive[2]).toBe(0);
    const green = loadsOf(demo, 2);
    expect(green.servesWalkIns).toBe(false);
    expect(green.byDayType.filing!.arrivals[2]).toBe(0);
  });

  it('still computes while only schedules are wrong, and says why not otherwise', () => {
    const s = copy(demo);
    s.windows.groups[0].windows = 10; // schedules ask for 12: problems at the schedule cells only
    const problems = validateScenario(s);
    expect(problems.length).toBeGreaterThan(0);
    expect(gridLoads(s, problems, 0).ok).toBe(true);

    const bad = copy(demo);
    bad.demand.dailyVolume = -5;
    const loads = gridLoads(bad, validateScenario(bad), 0);
    expect(loads).toEqual({ ok: false, reason: 'invalid', problems: 1 });
  });

  it('marks a cell short when the hall as a whole has too few windows open', () => {
    const l: IntervalLoads = {
      days: 1,
      arrivals: Float64Array.of(10),
      load: Float64Array.of(3),
      exclusive: Float64Array.of(0),
      hallLoad: Float64Array.of(6),
      hallOpen: Float64Array.of(5),
    };
    expect(isShort(l, 0, 5)).toBe(true);
    l.hallOpen[0] = 6;
    expect(isShort(l, 0, 0)).toBe(false);
  });
});

describe('what a grid cell shows', () => {
  it('reads a day-type column and names the shortfall', () => {
    const loads = loadsOf(demo, 0);
    const filing = loads.byDayType.filing!;
    const at10 = cellInfo(loads, 'filing', 2, 12)!;
    expect(at10.arrivals).toBe(filing.arrivals[2]);
    expect(at10.load).toBe(filing.load[2]);
    const none = cellInfo(loads, 'filing', 2, 0)!;
    expect(none.short).toEqual({ kind: 'exclusive', load: filing.exclusive[2] });
    expect(cellInfo(loads, 'filing', 99, 0)).toBeNull();
    expect(cellInfo({ ok: false, reason: 'invalid', problems: 2 }, 'filing', 0, 0)).toBeNull();
  });

  it('marks no "!" in a group that takes no walk-ins, though the hall is short then', () => {
    // The demo's green channel (group 2) takes bookings only; with every general window closed
    // at filing-day 10:00 the hall is short of walk-in windows, marked in the general group.
    const s = structuredClone(demo);
    const general = s.windows.groups[0].schedule as Record<string, number[]>;
    general.filing[2] = 0;
    const green = loadsOf(s, 2);
    expect(green.ok && green.servesWalkIns).toBe(false);
    expect(cellInfo(green, 'filing', 2, 1)!.short).toBeNull();
    expect(cellInfo(loadsOf(s, 0), 'filing', 2, 0)!.short).not.toBeNull();
  });

  it('checks a single schedule against every day type', () => {
    const s = oneDay({ start: '09:00', end: '17:00' });
    s.calendar.days = 3; // Mon-Wed, all ordinary
    const loads = loadsOf(s, 0);
    // 480 a day evenly: 30 tickets per half hour × 2 min ÷ 30 min = 2 windows of work; 2 open.
    const ok = cellInfo(loads, 'all', 3, 2)!;
    expect(ok.arrivals).toBeCloseTo(30, 9);
    expect(ok.load).toBeCloseTo(2, 9);
    expect(ok.short).toBeNull();
    expect(cellInfo(loads, 'all', 3, 1)!.short).toEqual({
      kind: 'exclusive',
      load: loads.byDayType.ordinary!.exclusive[3],
    });
  });

  it('keeps the expected tickets while only schedules change, and works them out again when the demand changes', () => {
    // Each answer equals the one worked out from scratch (the planner's path, no keeping).
    const fresh = (s: Scenario, g: number) => expectedLoads(resolveScenario(s), g);
    const same = (s: Scenario, g: number) => {
      const { ok: _, ...kept } = loadsOf(s, g);
      expect(kept).toEqual(fresh(s, g));
    };
    // Every edit makes a new scenario object, as the page's store does (resolveScenario keeps its answer per object).
    let s = copy(demo);
    same(s, 0);
    s = copy(s);
    // A schedule edit: the hall's open windows follow it, the tickets are the kept ones.
    (s.windows.groups[0].schedule as Record<string, number[]>).filing[4] += 3;
    same(s, 0);
    same(s, 1);
    const before = loadsOf(s, 0).byDayType.filing!.arrivals[4];
    // A demand edit: more taxpayers a day, more tickets (not the kept ones).
    s = copy(s);
    s.demand.dailyVolume *= 2;
    same(s, 0);
    expect(loadsOf(s, 0).byDayType.filing!.arrivals[4]).toBeCloseTo(2 * before, 6);
    // The calendar changes them too.
    s = copy(s);
    s.calendar.days = 10;
    same(s, 0);
  });
});
