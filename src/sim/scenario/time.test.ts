import { describe, expect, it } from 'vitest';
import { civil, dayNumber, formatIsoDate, formatTimeOfDay, isoWeekday, parseIsoDate, parseTimeOfDay } from './time.ts';

describe('time of day', () => {
  it('parses HH:MM from 00:00 to 24:00 and rejects the rest', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('09:30')).toBe(570);
    expect(parseTimeOfDay('24:00')).toBe(1440);
    for (const bad of ['24:01', '9:30', '09:60', '25:00', '', 'noon', 930, null])
      expect(parseTimeOfDay(bad)).toBeNull();
    expect(formatTimeOfDay(570)).toBe('09:30');
  });
});

describe('dates', () => {
  it('round-trips day numbers and knows weekdays (checked against Date in UTC)', () => {
    for (let n = -800000; n <= 800000; n += 997) {
      const d = new Date(n * 86400000);
      expect(civil(n)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      expect(isoWeekday(n)).toBe(((d.getUTCDay() + 6) % 7) + 1);
      expect(dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(n);
    }
  });

  it('parses real dates only', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(formatIsoDate(parseIsoDate('2026-03-16')!)).toBe('2026-03-16');
    expect(isoWeekday(parseIsoDate('2026-11-26')!)).toBe(4); // a Thursday
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-3-1', '2026/03/01', '', 20260301])
      expect(parseIsoDate(bad)).toBeNull();
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
  });
});
