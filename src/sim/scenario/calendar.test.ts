import { describe, expect, it } from 'vitest';
import { HallCalendar, type CalendarInput } from './calendar.ts';
import { parseIsoDate } from './time.ts';

const d = (s: string) => parseIsoDate(s)!;

function calendar(start: string, days: number, extra: Partial<CalendarInput> = {}): HallCalendar {
  return new HallCalendar({
    startDay: d(start),
    days,
    openWeekdays: [1, 2, 3, 4, 5],
    holidays: [],
    extraWorkdays: [],
    filing: { deadlineDay: 15, moveDeadlinePastHolidays: true, extendForLongHolidays: true },
    overrides: new Map(),
    ...extra,
  });
}

describe('HallCalendar', () => {
  it('March 2026: the 15th is a Sunday, so the deadline moves to Monday the 16th', () => {
    const c = calendar('2026-03-01', 31);
    expect(c.deadlines).toEqual([15]); // index 15 = 2026-03-16
    expect(c.dayType(15)).toBe('deadline');
    expect(c.dayType(1)).toBe('filing'); // Monday 2 March
    expect(c.dayType(16)).toBe('ordinary');
    expect(c.isWorking(0)).toBe(false); // Sunday 1 March
    // Working days 2-6, 9-13, 16 March: 11 in the period.
    expect(c.filingPosition(1)).toBe(1);
    expect(c.filingPosition(15)).toBe(11);
    expect(c.daysToDeadline(1)).toBe(10);
    expect(c.daysToDeadline(12)).toBe(1); // Friday 13 March
    expect(c.daysToDeadline(20)).toBe(-1);
  });

  it('a long holiday inside the period extends the deadline by its length (October 2026)', () => {
    const holidays = ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map(d);
    // 1 Oct (Thu) to 7 Oct (Wed) are all closed: 7 days, with the weekend 3-4 Oct.
    const c = calendar('2026-10-01', 31, { holidays, extraWorkdays: [d('2026-10-10')] });
    expect(c.deadlines).toEqual([21]); // 15 + 7 = 22 October, a Thursday
    expect(c.isWorking(9)).toBe(true); // Saturday 10 October is a make-up working day
    expect(c.dayType(9)).toBe('filing');
    const plain = calendar('2026-10-01', 31, {
      holidays,
      filing: { deadlineDay: 15, moveDeadlinePastHolidays: true, extendForLongHolidays: false },
    });
    expect(plain.deadlines).toEqual([14]);
  });

  it('overrides a day type, and has no filing period when filing is null', () => {
    const c = calendar('2026-03-01', 31, { filing: null, overrides: new Map([[d('2026-03-20'), 'deadline']]) });
    expect(c.deadlines).toEqual([]);
    expect(c.dayType(15)).toBe('ordinary');
    expect(c.dayType(19)).toBe('deadline');
  });

  it('counts working days and finds the n-th working day, past the horizon too', () => {
    const c = calendar('2026-03-01', 31);
    expect(c.workingDaysBetween(1, 8)).toBe(5); // (Mon 2, Mon 9]
    expect(c.workingDayAfter(5, 1)).toBe(8); // Friday 6 -> Monday 9
    expect(c.workingDayAfter(0, 0)).toBe(1);
    expect(c.workingDayAfter(27, 10)).toBe(40); // 28 Mar (Sat) + 10 working days = Friday 10 April
    expect(c.isWorking(40)).toBe(true);
  });

  it('adds working minutes across nights and weekends', () => {
    const c = calendar('2026-03-01', 31);
    const hours = { start: 540, end: 1020, workingDaysOnly: true }; // 09:00-17:00
    const fri = 5 * 1440; // Friday 6 March 00:00
    expect(c.addWorkTime(fri + 960, 30, hours)).toBe(fri + 990); // 16:00 + 30 = 16:30
    expect(c.addWorkTime(fri + 990, 60, hours)).toBe(8 * 1440 + 570); // 30 on Friday, 30 on Monday: 09:30
    expect(c.addWorkTime(fri + 420, 10, hours)).toBe(fri + 550); // before opening: 09:10
    expect(c.addWorkTime(fri + 1100, 0, hours)).toBe(fri + 1100);
    expect(c.addWorkTime(fri + 1100, 480 * 2, hours)).toBe(9 * 1440 + 1020); // two full days: Tuesday 17:00
    const allDay = { start: 0, end: 1440, workingDaysOnly: false };
    expect(c.addWorkTime(fri + 1100, 3000, allDay)).toBe(fri + 4100);
    expect(c.inWorkTime(fri + 600, hours)).toBe(true);
    expect(c.inWorkTime(6 * 1440 + 600, hours)).toBe(false); // Saturday
  });
});
