/**
 * The calendar of the history: the base scenario's rules (open weekdays, holidays, make-up
 * working days, the filing period and its deadline, day-type overrides) applied to the dates the
 * file covers, corrected by what the file shows: an open weekday with no rows was a day the hall
 * was closed (a holiday the scenario does not list), a closed day with rows was a working day
 * (调休上班). Each working day gets its day type and demand class (the filing-period positions the
 * scenario can weight: first and last working days before the deadline).
 */
import {
  DAY_TYPES,
  type DayType,
  DEFAULTS,
  formatIsoDate,
  HallCalendar,
  isoWeekday,
  type Localized,
  parseIsoDate,
  type Scenario,
} from '../scenario/index.ts';
import { DAY_CLASSES, type DayClass } from './fit-report.ts';

export interface HistoryCalendar {
  /** Day number of the first and (inclusive) last day of the history. */
  firstDay: number;
  lastDay: number;
  /** Days in the span (lastDay − firstDay + 1); arrays below are indexed by day − firstDay. */
  days: number;
  calendar: HallCalendar;
  /** Day type index (DAY_TYPES order), −1 when closed. */
  dayType: Int8Array;
  /** Demand class index (DAY_CLASSES order), −1 when closed. */
  dayClass: Int8Array;
  /** Open weekdays the file shows closed, and closed days it shows open (day numbers). */
  addedHolidays: number[];
  addedWorkdays: number[];
  warnings: Localized[];
}

const date = (t: string) => parseIsoDate(t)!;

/** Builds the history calendar from the rows per day (index day − firstDay). */
export function historyCalendar(s: Scenario, firstDay: number, rowsPerDay: Float64Array): HistoryCalendar {
  const days = rowsPerDay.length;
  const cal = s.calendar;
  const openWeekdays: readonly number[] = cal.openWeekdays ?? DEFAULTS.calendar.openWeekdays;
  const holidays = (cal.holidays ?? []).map(date);
  const extra = (cal.extraWorkdays ?? []).map(date);
  const holidaySet = new Set(holidays);
  const extraSet = new Set(extra);
  const addedHolidays: number[] = [];
  const addedWorkdays: number[] = [];
  for (let i = 0; i < days; i++) {
    const day = firstDay + i;
    const ruleOpen = extraSet.has(day) || (openWeekdays.includes(isoWeekday(day)) && !holidaySet.has(day));
    if (ruleOpen && rowsPerDay[i] === 0) addedHolidays.push(day);
    if (!ruleOpen && rowsPerDay[i] > 0) addedWorkdays.push(day);
  }
  const fp = cal.filingPeriod === undefined ? DEFAULTS.calendar.filingPeriod : cal.filingPeriod;
  const calendar = new HallCalendar({
    startDay: firstDay,
    days,
    openWeekdays,
    holidays: [...holidays.filter((d) => !addedWorkdays.includes(d)), ...addedHolidays],
    extraWorkdays: [...extra.filter((d) => !addedHolidays.includes(d)), ...addedWorkdays],
    filing: fp
      ? {
          deadlineDay: fp.deadlineDay ?? DEFAULTS.calendar.filingPeriod.deadlineDay,
          moveDeadlinePastHolidays: fp.moveDeadlinePastHolidays ?? true,
          extendForLongHolidays: fp.extendForLongHolidays ?? true,
        }
      : null,
    overrides: new Map(Object.entries(cal.dayTypeOverrides ?? {}).map(([k, v]) => [date(k), v])),
  });
  const first = s.demand.filingPositionFactors?.firstWorkingDays;
  const last = s.demand.filingPositionFactors?.lastWorkingDays;
  const dayType = new Int8Array(days).fill(-1);
  const dayClass = new Int8Array(days).fill(-1);
  for (let i = 0; i < days; i++) {
    if (!calendar.isWorking(i)) continue;
    const type: DayType = calendar.dayType(i);
    dayType[i] = DAY_TYPES.indexOf(type);
    let klass: DayClass = type;
    const pos = calendar.filingPosition(i);
    const toDeadline = calendar.daysToDeadline(i);
    if (type === 'filing' && first && pos >= 1 && pos <= first.days) klass = 'filingFirst';
    else if (type === 'filing' && last && toDeadline >= 1 && toDeadline <= last.days) klass = 'filingLast';
    dayClass[i] = DAY_CLASSES.indexOf(klass);
  }
  const warnings: Localized[] = [];
  const list = (ds: number[]) => ds.slice(0, 8).map(formatIsoDate).join(', ') + (ds.length > 8 ? ', …' : '');
  if (addedHolidays.length > 0) {
    warnings.push({
      en: `${addedHolidays.length} open weekday(s) have no rows and are taken as days the hall was closed: ${list(addedHolidays)}`,
      zh: `${addedHolidays.length} 个工作日没有任何记录，按闭厅日处理：${list(addedHolidays)}`,
    });
  }
  if (addedWorkdays.length > 0) {
    warnings.push({
      en: `${addedWorkdays.length} day(s) closed by the scenario's calendar have rows and are taken as working days: ${list(addedWorkdays)}`,
      zh: `${addedWorkdays.length} 个按场景日历应闭厅的日期有记录，按工作日（调休上班）处理：${list(addedWorkdays)}`,
    });
  }
  return {
    firstDay,
    lastDay: firstDay + days - 1,
    days,
    calendar,
    dayType,
    dayClass,
    addedHolidays,
    addedWorkdays,
    warnings,
  };
}

/**
 * Whether day index d of the history is a staggered-booking peak day under the scenario's policy
 * (as demand.ts decides).
 */
export function isPeak(s: Scenario, hc: HistoryCalendar, d: number): boolean {
  const st = s.staggered;
  if (!st || hc.dayType[d] < 0) return false;
  const type = DAY_TYPES[hc.dayType[d]];
  if ((st.fromDays.dayTypes ?? []).includes(type)) return true;
  const toDeadline = hc.calendar.daysToDeadline(d);
  const n = st.fromDays.lastWorkingDays ?? 0;
  return type === 'filing' && n > 0 && toDeadline >= 1 && toDeadline <= n;
}
