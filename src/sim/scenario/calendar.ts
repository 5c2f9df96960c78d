/**
 * The hall's calendar: which days are working days, the monthly filing period and its deadline,
 * the day type of every day, and arithmetic in working days and working minutes.
 *
 * Day indices count from the scenario's start date (0 = the start date); they may run past the
 * horizon (cases are followed until they are answered) and then follow the weekday rule only,
 * since holidays are known inside the horizon alone.
 *
 * The deadline rule (税收征管法实施细则 and the filing calendar practice): the deadline is the
 * `deadlineDay` of the month; three or more consecutive non-working days that include a public
 * holiday inside the period extend it by their length; a deadline on a non-working day moves to
 * the next working day.
 */
import { DEFAULTS } from './defaults.ts';
import type { DayType, Scenario } from './scenario.ts';
import { civil, dayNumber, isoWeekday, parseIsoDate, MINUTES_PER_DAY } from './time.ts';

export interface CalendarInput {
  startDay: number;
  days: number;
  openWeekdays: readonly number[];
  holidays: readonly number[];
  extraWorkdays: readonly number[];
  filing: { deadlineDay: number; moveDeadlinePastHolidays: boolean; extendForLongHolidays: boolean } | null;
  overrides: ReadonlyMap<number, DayType>;
}

/** Working hours on (working or all) days, for working-minute arithmetic. */
export interface WorkHours {
  start: number;
  end: number;
  workingDaysOnly: boolean;
}

/** Days past the horizon kept for deadlines and repairs. */
const TAIL_DAYS = 400;
/** Days before the start kept so a filing period that began earlier is known. */
const HEAD_DAYS = 40;

export class HallCalendar {
  readonly startDay: number;
  readonly days: number;
  private readonly working: Uint8Array;
  /** Working days strictly before each index (from index −HEAD_DAYS). */
  private readonly ordinal: Int32Array;
  private readonly types: DayType[];
  /** Working-day position in the filing period (1-based), 0 outside it. */
  private readonly fromStart: Int16Array;
  /** Working days until the deadline (0 on the deadline day), −1 outside the period. */
  private readonly toDeadline: Int16Array;
  /** Deadline day indices inside the horizon. */
  readonly deadlines: number[] = [];

  constructor(input: CalendarInput) {
    this.startDay = input.startDay;
    this.days = input.days;
    const n = HEAD_DAYS + input.days + TAIL_DAYS;
    this.working = new Uint8Array(n);
    this.ordinal = new Int32Array(n + 1);
    const holidays = new Set(input.holidays);
    const extra = new Set(input.extraWorkdays);
    const open = new Set(input.openWeekdays);
    for (let i = 0; i < n; i++) {
      const day = input.startDay - HEAD_DAYS + i;
      const isWorking = extra.has(day) || (open.has(isoWeekday(day)) && !holidays.has(day));
      this.working[i] = isWorking ? 1 : 0;
      this.ordinal[i + 1] = this.ordinal[i] + this.working[i];
    }
    this.types = new Array<DayType>(input.days).fill('ordinary');
    this.fromStart = new Int16Array(input.days);
    this.toDeadline = new Int16Array(input.days).fill(-1);
    if (input.filing) this.markFilingPeriods(input.filing, holidays);
    for (const [day, type] of input.overrides) {
      const i = day - input.startDay;
      if (i >= 0 && i < input.days) this.types[i] = type;
    }
  }

  /** Whether the hall (and back office) works on day index i (any i >= −40). */
  isWorking(i: number): boolean {
    const k = i + HEAD_DAYS;
    if (k >= 0 && k < this.working.length) return this.working[k] === 1;
    return false;
  }

  /** Day type of day index i inside the horizon. */
  dayType(i: number): DayType {
    return this.types[i];
  }

  /** 1-based working-day position in the filing period; 0 when outside. */
  filingPosition(i: number): number {
    return this.fromStart[i];
  }

  /** Working days from day i to its period's deadline (0 on the deadline); −1 outside. */
  daysToDeadline(i: number): number {
    return this.toDeadline[i];
  }

  /** Number of working days in (a, b] (negative when b < a). */
  workingDaysBetween(a: number, b: number): number {
    return this.ordinal[b + HEAD_DAYS + 1] - this.ordinal[a + HEAD_DAYS + 1];
  }

  /** The n-th working day after day i (n >= 1); with n = 0, day i if working else the next one. */
  workingDayAfter(i: number, n: number): number {
    let d = i;
    if (n === 0) {
      while (!this.isWorking(d)) d++;
      return d;
    }
    let left = n;
    while (left > 0) {
      d++;
      if (d + HEAD_DAYS >= this.working.length) return d + left - 1; // beyond the table: every day counts
      if (this.isWorking(d)) left--;
    }
    return d;
  }

  /** Civil date of day index i. */
  date(i: number): { year: number; month: number; day: number } {
    return civil(this.startDay + i);
  }

  /**
   * The time reached after `minutes` of working time from `t` (minutes since the start date),
   * counting only [start, end) of each (working) day. 0 minutes returns t unchanged.
   */
  addWorkTime(t: number, minutes: number, hours: WorkHours): number {
    if (minutes <= 0) return t;
    let left = minutes;
    let day = Math.floor(t / MINUTES_PER_DAY);
    let now = t;
    for (let guard = 0; guard < 100000; guard++) {
      const open = !hours.workingDaysOnly || this.isWorking(day);
      const dayStart = day * MINUTES_PER_DAY + hours.start;
      const dayEnd = day * MINUTES_PER_DAY + hours.end;
      if (open && now < dayEnd) {
        const from = Math.max(now, dayStart);
        const room = dayEnd - from;
        if (left <= room) return from + left;
        left -= room;
      }
      day++;
      now = day * MINUTES_PER_DAY;
    }
    return now + left;
  }

  /** Whether time t falls inside the working hours. */
  inWorkTime(t: number, hours: WorkHours): boolean {
    const day = Math.floor(t / MINUTES_PER_DAY);
    const m = t - day * MINUTES_PER_DAY;
    return m >= hours.start && m < hours.end && (!hours.workingDaysOnly || this.isWorking(day));
  }

  private markFilingPeriods(filing: NonNullable<CalendarInput['filing']>, holidays: Set<number>): void {
    const first = civil(this.startDay);
    const last = civil(this.startDay + this.days - 1);
    let y = first.year;
    let m = first.month;
    for (; y < last.year || (y === last.year && m <= last.month); m === 12 ? ((m = 1), y++) : m++) {
      const monthStart = dayNumber(y, m, 1) - this.startDay;
      const monthLength = dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
      let deadline = monthStart + Math.min(filing.deadlineDay, monthLength) - 1;
      if (filing.extendForLongHolidays) deadline += this.longHolidayDays(monthStart, deadline, holidays);
      if (filing.moveDeadlinePastHolidays) while (!this.isWorking(deadline)) deadline++;
      if (deadline >= 0 && deadline < this.days) this.deadlines.push(deadline);
      const periodDays = this.workingDaysBetween(monthStart - 1, deadline);
      for (let i = Math.max(0, monthStart); i <= Math.min(deadline, this.days - 1); i++) {
        if (!this.isWorking(i)) continue;
        this.types[i] = i === deadline ? 'deadline' : 'filing';
        this.fromStart[i] = this.workingDaysBetween(monthStart - 1, i);
        this.toDeadline[i] = periodDays - this.fromStart[i];
      }
    }
  }

  /** Days in runs of >= 3 consecutive non-working days, containing a holiday, inside [a, b]. */
  private longHolidayDays(a: number, b: number, holidays: Set<number>): number {
    let total = 0;
    let i = a;
    while (i <= b) {
      if (this.isWorking(i)) {
        i++;
        continue;
      }
      let j = i;
      let hasHoliday = false;
      while (j <= b && !this.isWorking(j)) {
        if (holidays.has(this.startDay + j)) hasHoliday = true;
        j++;
      }
      if (j - i >= 3 && hasHoliday) total += j - i;
      i = j;
    }
    return total;
  }
}

const date = (t: string) => parseIsoDate(t)!;

/** The hall's calendar of a validated scenario, defaults applied. */
export function hallCalendar(s: Scenario): HallCalendar {
  const cal = s.calendar;
  const fp = cal.filingPeriod === undefined ? DEFAULTS.calendar.filingPeriod : cal.filingPeriod;
  return new HallCalendar({
    startDay: date(cal.startDate),
    days: cal.days,
    openWeekdays: cal.openWeekdays ?? DEFAULTS.calendar.openWeekdays,
    holidays: (cal.holidays ?? []).map(date),
    extraWorkdays: (cal.extraWorkdays ?? []).map(date),
    filing: fp
      ? {
          deadlineDay: fp.deadlineDay ?? DEFAULTS.calendar.filingPeriod.deadlineDay,
          moveDeadlinePastHolidays:
            fp.moveDeadlinePastHolidays ?? DEFAULTS.calendar.filingPeriod.moveDeadlinePastHolidays,
          extendForLongHolidays: fp.extendForLongHolidays ?? DEFAULTS.calendar.filingPeriod.extendForLongHolidays,
        }
      : null,
    overrides: new Map(Object.entries(cal.dayTypeOverrides ?? {}).map(([k, v]) => [date(k), v])),
  });
}
