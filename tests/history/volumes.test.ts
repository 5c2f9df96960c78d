/**
 * Volumes-only history: counts by date, hour and business type (as volumesCsv writes them from
 * the known hall's log), or whole-day totals without types. A volumes file fits the daily volume,
 * its factors, the intraday profile (when it has hours) and the type shares (when it has types),
 * and nothing else — the report says so and the patch touches nothing else.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/sim/scenario/index.ts';
import { fitHistory } from '../../src/sim/history/fit.ts';
import { simulateTicketLog, volumesCsv } from '../../src/sim/history/generate.ts';
import type { VolumeRecord } from '../../src/sim/history/records.ts';
import { covers, minCovered } from './coverage.ts';
import { KNOWN, TRUTH, wrongBase } from './known.ts';

const text = volumesCsv(simulateTicketLog(KNOWN, 12, 0), KNOWN);
const hourly: VolumeRecord[] = text
  .trimEnd()
  .split('\r\n')
  .slice(1)
  .map((line, i) => {
    const [date, hour, type, count] = line.split(',');
    return {
      line: i + 2,
      day: parseIsoDate(date)!,
      start: Number(hour) * 60,
      end: Number(hour) * 60 + 60,
      type,
      count: Number(count),
    };
  });

/** The truth's share of each hour from 09:00 (the profile's pieces cut at the hours). */
function hourShare(h: number): number {
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return TRUTH.profile.reduce((a, p) => {
    const lo = Math.max(h * 60, toMin(p.start));
    const hi = Math.min(h * 60 + 60, toMin(p.end));
    return a + (hi > lo ? (p.share * (hi - lo)) / (toMin(p.end) - toMin(p.start)) : 0);
  }, 0);
}

describe('a volumes-only history', () => {
  it('by date, hour and type: daily volume, factors, hourly profile and shares; nothing else', () => {
    const fit = fitHistory(hourly, wrongBase);
    const p = (key: string) => fit.report.parameters.find((x) => x.key === key)!;
    expect(fit.report.layout).toBe('volumes');
    expect(fit.problems).toEqual([]);
    // Volumes count tickets: bookings nobody came to (10% × 20%) are added back from the base's figures.
    expect(covers(p('demand.dailyVolume').ci, TRUTH.dailyVolume)).toBe(true);
    expect(covers(p('demand.class.filing').ci, TRUTH.filing)).toBe(true);
    expect(covers(p('demand.class.deadline').ci, TRUTH.deadline)).toBe(true);
    const shares = fit.report.parameters.filter((x) => x.key.startsWith('demand.intraday.'));
    expect(shares.length).toBe(24); // 09:00 to 16:00, three day types
    expect(shares.filter((x) => covers(x.ci, hourShare(Number(x.key.slice(-5, -3))))).length).toBeGreaterThanOrEqual(
      minCovered(shares.length),
    );
    expect((fit.scenario.demand.intraday as Record<string, { start: string; end: string }[]>).filing[0]).toMatchObject({
      start: '09:00',
      end: '10:00',
    });
    expect(p('types.general.share').estimate).toBe(1);
    // Only demand and shares are patched.
    expect(new Set(fit.patch.map((o) => String(o.path[0])))).toEqual(new Set(['demand', 'types']));
    expect(fit.patch.filter((o) => o.path[0] === 'types').map((o) => o.path.join('.'))).toEqual(['types.0.share']);
    expect(fit.scenario.types[0].service).toEqual(wrongBase.types[0].service);
    expect(fit.scenario.behaviour).toEqual(wrongBase.behaviour);
    expect(fit.report.handling).toEqual([]);
    expect(fit.report.patience).toBeNull();
    expect(fit.report.notFitted.map((x) => x.why.en).join(' ')).toContain('a volumes file has counts only');
  });

  it('whole-day totals without types: daily volume and factors only', () => {
    const byDay = new Map<number, number>();
    for (const r of hourly) byDay.set(r.day, (byDay.get(r.day) ?? 0) + r.count);
    const daily: VolumeRecord[] = [...byDay].map(([day, count], i) => ({
      line: i + 2,
      day,
      start: null,
      end: null,
      type: null,
      count,
    }));
    const fit = fitHistory(daily, wrongBase);
    expect(covers(fit.report.parameters.find((x) => x.key === 'demand.dailyVolume')!.ci, TRUTH.dailyVolume)).toBe(true);
    expect(fit.scenario.demand.intraday).toEqual(wrongBase.demand.intraday);
    expect(fit.report.arrivals.rates).toBeNull();
    const why = fit.report.notFitted.map((x) => x.what.en);
    expect(why).toContain('intraday profile');
    expect(why).toContain('business-type shares');
    expect(fit.report.period.days.filter((d) => d.dayType !== null)).toHaveLength(byDay.size);
  });
});
