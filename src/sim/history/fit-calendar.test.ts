import { describe, expect, it } from 'vitest';
import demo from '../../../data/scenarios/demo-hall.json';
import { dayNumber, formatIsoDate, type Scenario } from '../scenario/index.ts';
import { historyCalendar, isPeak } from './fit-calendar.ts';
import { DAY_CLASSES } from './fit-report.ts';

const s = demo as unknown as Scenario;
const first = dayNumber(2026, 3, 1);

/** Rows on every working day of March 2026 (Monday to Friday). */
function rowsOnWeekdays(): Float64Array {
  const rows = new Float64Array(31);
  for (let i = 0; i < 31; i++) rows[i] = [0, 6].includes((i + 0) % 7) ? 0 : 100; // 1 March 2026 is a Sunday
  return rows;
}

describe('the calendar of the history', () => {
  it('classifies March 2026 as the demo does: first two filing days, the last three before the deadline (16th), the deadline', () => {
    const hc = historyCalendar(s, first, rowsOnWeekdays());
    const cls = (d: number) => (hc.dayClass[d - 1] >= 0 ? DAY_CLASSES[hc.dayClass[d - 1]] : null);
    expect(cls(1)).toBeNull(); // Sunday
    expect([2, 3].map(cls)).toEqual(['filingFirst', 'filingFirst']);
    expect([4, 5, 6, 9, 10].map(cls)).toEqual(['filing', 'filing', 'filing', 'filing', 'filing']);
    expect([11, 12, 13].map(cls)).toEqual(['filingLast', 'filingLast', 'filingLast']);
    expect(cls(16)).toBe('deadline'); // the 15th is a Sunday: moved to Monday
    expect(cls(17)).toBe('ordinary');
    expect(hc.addedHolidays).toEqual([]);
    // Staggered invitations come from the deadline and the three days before it.
    expect([10, 11, 12, 13, 16].map((d) => isPeak(s, hc, d - 1))).toEqual([false, true, true, true, true]);
  });

  it('takes an open weekday without rows as closed and a weekend day with rows as a working day', () => {
    const rows = rowsOnWeekdays();
    rows[15] = 0; // Monday 16 March: closed (the deadline then moves to Tuesday)
    rows[20] = 40; // Saturday 21 March: open
    const hc = historyCalendar(s, first, rows);
    expect(hc.addedHolidays.map(formatIsoDate)).toEqual(['2026-03-16']);
    expect(hc.addedWorkdays.map(formatIsoDate)).toEqual(['2026-03-21']);
    expect(hc.dayType[15]).toBe(-1);
    expect(DAY_CLASSES[hc.dayClass[16]]).toBe('deadline');
    expect(DAY_CLASSES[hc.dayClass[20]]).toBe('ordinary');
    expect(hc.warnings.map((w) => w.en).join(' ')).toContain('2026-03-16');
  });
});
