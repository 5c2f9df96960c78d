import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAY_TYPES, type DayType, type Scenario } from '../scenario/index.ts';
import { demo } from '../scenario/validate-fixtures.ts';
import { pooledRoster, spanTemplates } from './pooled-roster.ts';
import { staffingOf, type Staffing } from './staffing.ts';

/** The demo hall (09:00–17:00, 30-minute intervals) with phones over `hours`. */
function withPhones(hours: '24h' | { start: string; end: string }): Scenario {
  const s = demo() as unknown as Scenario;
  const n = hours === '24h' ? 48 : 16;
  const day = Array<number>(n).fill(1);
  s.hotline = {
    callsPerDay: { ordinary: 100, filing: 100, deadline: 100, closed: 100 },
    profile: [{ start: '00:00', end: '24:00', share: 1 }],
    agents: { hours, seats: 10, schedule: { ordinary: day, filing: day, deadline: day, closed: day } },
    handling: { kind: 'exponential', mean: 4 },
    patience: { kind: 'exponential', mean: 2 },
  };
  return s;
}

const only = (day: DayType) =>
  Object.fromEntries(DAY_TYPES.map((d) => [d, d === day ? 1 : 0])) as Record<DayType, number>;
const per = (f: (k: number) => number, n = 16) => Array.from({ length: n }, (_, k) => f(k));

describe('one officer pool for the windows and the phones', () => {
  it('a window in the first two hours and a phone in the next two: one half day instead of two', () => {
    const s = withPhones({ start: '09:00', end: '17:00' });
    const windows: Staffing = staffingOf(s).map((g, i) =>
      Object.fromEntries(DAY_TYPES.map((d) => [d, g[d].map((_, k) => (i === 0 && k < 4 ? 1 : 0))])),
    ) as Staffing;
    const agents = Object.fromEntries(DAY_TYPES.map((d) => [d, per((k) => (k >= 4 && k < 8 ? 1 : 0))])) as Record<
      DayType,
      number[]
    >;
    const o = pooledRoster(s, windows, agents, only('ordinary'));
    expect(o.available).toBe(true);
    if (!o.available) return;
    const [day] = o.roster.days;
    expect(day.separate.windows.status).toBe('optimal');
    expect(day.pooled.status).toBe('optimal');
    // Apart: a morning half day (4 h) for the window and another for the phone.
    expect(day.hours.separate).toBe(8);
    // Pooled: one morning half day 09:00–13:00 does both.
    expect(day.hours.pooled).toBe(4);
    expect(o.roster.total).toEqual({ pooled: 4, separate: 8 });
  });

  it('on the city preset it never costs more, and puts an officer at every window and phone required', () => {
    const s = JSON.parse(readFileSync('data/scenarios/city-hotline.json', 'utf8')) as Scenario;
    const days = { ordinary: 15, filing: 6, deadline: 1 };
    const o = pooledRoster(s, staffingOf(s), s.hotline!.agents.schedule, days);
    expect(o.available).toBe(true);
    if (!o.available) return;
    expect(o.roster.grid.open).toBe('08:00');
    expect(o.roster.grid.labels).toHaveLength(24);
    for (const d of o.roster.days) {
      expect(d.pooled.status).toBe('optimal');
      // Any pair of separate rosters is a pooled roster (the pool may work either's shifts).
      expect(d.hours.pooled).toBeLessThanOrEqual(d.hours.separate);
      d.pooled.onDuty.forEach((n, k) => expect(n).toBeGreaterThanOrEqual(d.windows[k] + d.agents[k]));
      // The hall's needs sit inside its hours, the phones' inside theirs.
      expect(d.windows.slice(0, 2)).toEqual([0, 0]);
      expect(d.windows.slice(18)).toEqual([0, 0, 0, 0, 0, 0]);
    }
    expect(o.roster.total.pooled).toBeLessThan(o.roster.total.separate);
  });

  it('is not offered when the phones work around the clock, and says why in both languages', () => {
    const s = withPhones('24h');
    const o = pooledRoster(s, staffingOf(s), s.hotline!.agents.schedule, only('ordinary'));
    expect(o.available).toBe(false);
    if (o.available) return;
    expect(o.why.zh).toMatch(/24 小时/);
    expect(o.why.en).toMatch(/around the clock/);
  });

  it('shifts for a long span start at every half hour that fits it', () => {
    const t = spanTemplates('08:00', '20:00');
    const full = t.find((x) => x.id === 'full')!;
    expect(full.starts).toEqual({ from: '07:30', to: '12:00', everyMinutes: 30 });
    // A hall's day keeps the hall's default shifts.
    expect(spanTemplates('09:00', '17:00').find((x) => x.id === 'full')!.starts).toEqual({
      from: '08:30',
      to: '09:30',
      everyMinutes: 30,
    });
  });
});
