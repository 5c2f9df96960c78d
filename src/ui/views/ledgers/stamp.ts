/**
 * Times of the ledgers: simulation minutes since the start date's midnight turned into the date
 * and time of day on the hall's calendar (to the minute, rounded down, as a ledger writes them),
 * and shown in the page's language.
 */
import {
  formatIsoDate,
  formatTimeOfDay,
  type HallCalendar,
  MINUTES_PER_DAY,
  parseIsoDate,
} from '../../../sim/scenario/index.ts';

export interface Stamp {
  /** Minutes since the start date's midnight, as simulated. */
  minutes: number;
  /** Day index from the start date (0 = the start date; may run past the horizon). */
  day: number;
  /** "YYYY-MM-DD". */
  date: string;
  /** "HH:MM". */
  time: string;
}

/** The date and time of `minutes` after the start of the calendar. */
export function stamp(calendar: Pick<HallCalendar, 'startDay'>, minutes: number): Stamp {
  const whole = Math.floor(minutes + 1e-9);
  const day = Math.floor(whole / MINUTES_PER_DAY);
  return {
    minutes,
    day,
    date: formatIsoDate(calendar.startDay + day),
    time: formatTimeOfDay(whole - day * MINUTES_PER_DAY),
  };
}

/** "YYYY-MM-DD HH:MM": for CSV files (Excel reads it as a date and time). */
export function isoStamp(s: Stamp | null): string {
  return s ? `${s.date} ${s.time}` : '';
}

const formatters = new Map<string, { date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat }>();

function formattersFor(locale: string): { date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat } {
  let f = formatters.get(locale);
  if (!f) {
    // The calendar has no time zone: a UTC date formatted in UTC shows the day and time as simulated.
    f = {
      date: new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        weekday: 'short',
      }),
      dateTime: new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
    };
    formatters.set(locale, f);
  }
  return f;
}

function utc(date: string, time = '00:00'): Date {
  const day = parseIsoDate(date) ?? 0;
  const [h, m] = time.split(':').map(Number);
  return new Date(day * 86_400_000 + (h * 60 + m) * 60_000);
}

/** A ledger time for the page: "3月4日 09:41" / "Mar 4, 09:41". */
export function displayStamp(s: Stamp, locale: string): string {
  return formattersFor(locale).dateTime.format(utc(s.date, s.time));
}

/** A date for the page: "2026年3月4日周三" / "Wed, Mar 4, 2026". */
export function displayDate(date: string, locale: string): string {
  return formattersFor(locale).date.format(utc(date));
}
