/**
 * `fitHistory(rows, base, options)`: a ticket log or a volumes file (records from read.ts) fitted
 * into the base scenario. Returns the fitted scenario, the patch that turns the base into it
 * (path, value, value replaced: for review in the app) and the fit report (every parameter with
 * estimate, sample size, confidence interval, method and rows).
 *
 * What is fitted from which layout:
 *   tickets: daily volume and its day-type/position/weekday factors, the intraday profile, the
 *            type shares, handling times per type, appointment share and no-shows, abandonment
 *            and patience (Kaplan–Meier), kiosk choice and kiosk times where kiosk rows exist;
 *   volumes: daily volume and factors, the intraday profile when the file has times of day, the
 *            type shares when it has types — nothing else (said in the report).
 * Everything else is the base scenario's (windows, schedules, policies, calendar rules).
 *
 * Linear in the rows apart from sorting the durations (typed arrays throughout): a million
 * ticket rows fit in about a second in Node.
 */
import { echo } from './echo.ts';
import { ParameterError } from '../errors.ts';
import {
  DAY_TYPES,
  formatIsoDate,
  isoWeekday,
  type Localized,
  type Problem,
  type Scenario,
  validateScenario,
} from '../scenario/index.ts';
import { fitArrivals, type ArrivalOptions } from './fit-arrivals.ts';
import { fitBookings } from './fit-bookings.ts';
import { historyCalendar, type HistoryCalendar } from './fit-calendar.ts';
import { ticketColumns, type ColumnOptions, type TicketColumns } from './fit-columns.ts';
import { fitHandling, type HandlingChoice } from './fit-handling.ts';
import { applyPatch, type AppliedOp, type PatchOp } from './fit-patch.ts';
import { fitPatience } from './fit-patience.ts';
import { DAY_CLASSES, type DayInfo, type FitParameter, type FitReport } from './fit-report.ts';
import { ticketVisitors, volumeRowsPerDay, volumeVisitors, type ArrivalData } from './fit-visitors.ts';
import type { TicketRecord, VolumeRecord } from './records.ts';

export interface FitOptions extends ColumnOptions {
  /** Confidence level of every interval. Default 0.95. */
  level?: number;
  /** Intraday smoothing. Default none. */
  smoothing?: ArrivalOptions['smoothing'];
  /** One intraday profile per day type, or pooled. Default per day type. */
  profile?: ArrivalOptions['profile'];
  /** Weekday factors: fitted, the base scenario's, or fitted when every weekday has 3 days or more. Default auto. */
  weekdays?: ArrivalOptions['weekdays'];
  /** Handling-time family: chosen by goodness of fit, or forced. Default auto. */
  handling?: HandlingChoice;
  /** Fewest rows for a handling-time fit of a type. Default 30. */
  minRows?: number;
  /** Count the walk-ins the scenario's kiosks would have taken (when kiosk use is not logged). Default 'base'. */
  kioskDiversion?: 'base' | 'none';
  /**
   * Milliseconds from some origin, to report how long the fit took (`report.millis`). The model
   * reads no clock itself: the worker and the command line pass one. Default: none (0 ms).
   */
  clock?: () => number;
}

export interface FitResult {
  scenario: Scenario;
  patch: AppliedOp[];
  report: FitReport;
  /** Problems of the fitted scenario (normally none). */
  problems: Problem[];
  /** The history's days and the calendar corrections the file implied, for the backtest. */
  history: { firstDay: number; days: number; addedHolidays: number[]; addedWorkdays: number[] };
  /** The options it was fitted with (plain data: without the clock). */
  options: Omit<FitOptions, 'clock'>;
}

type Rows = readonly TicketRecord[] | readonly VolumeRecord[];

function isTickets(rows: Rows): rows is readonly TicketRecord[] {
  return 'ticket' in rows[0];
}

/** First and last day with rows, and rows per day. */
function span(days: Int32Array | number[], n: number): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    if (days[i] < first) first = days[i];
    if (days[i] > last) last = days[i];
  }
  return { first, last };
}

function withoutClock({ clock: _, ...rest }: FitOptions): Omit<FitOptions, 'clock'> {
  return rest;
}

export function fitHistory(rows: Rows, base: Scenario, options: FitOptions = {}): FitResult {
  const clock = options.clock ?? (() => 0);
  const t0 = clock();
  if (rows.length === 0)
    throw new ParameterError('rows', 0, 'at least one ticket or volume record', '至少一条取号或业务量记录');
  const level = options.level ?? 0.95;
  const arrivalOptions: ArrivalOptions = {
    smoothing: options.smoothing ?? { kind: 'none' },
    profile: options.profile ?? 'byDayType',
    weekdays: options.weekdays ?? 'auto',
    level,
  };
  const divert = options.kioskDiversion ?? 'base';
  const ops: PatchOp[] = [];
  const parameters: FitParameter[] = [];
  const notFitted: FitReport['notFitted'] = [];
  const warnings: Localized[] = [];
  let hc: HistoryCalendar;
  let data: ArrivalData;
  let cols: TicketColumns | null = null;
  let excluded: FitReport['rows']['excluded'];
  let used: number;
  if (isTickets(rows)) {
    cols = ticketColumns(rows, base, options);
    if (cols.n === 0)
      throw new ParameterError(
        'rows',
        rows.length,
        "rows of business types the scenario knows (map the file's types)",
        '场景中已有业务类型的记录（请对应文件中的业务类型）',
      );
    const { first, last } = span(cols.day, cols.n);
    const perDay = new Float64Array(last - first + 1);
    for (let i = 0; i < cols.n; i++) perDay[cols.day[i] - first]++;
    hc = historyCalendar(base, first, perDay);
    data = ticketVisitors(base, cols, hc, divert);
    excluded = cols.excluded;
    used = cols.n;
  } else {
    const { first, last } = span(
      rows.map((r) => r.day),
      rows.length,
    );
    hc = historyCalendar(base, first, volumeRowsPerDay(rows, first, last - first + 1));
    const v = volumeVisitors(base, rows, hc, divert, options.typeMap);
    data = v;
    const unknownRows = v.unknown.reduce((a, u) => a + u.rows, 0);
    excluded =
      unknownRows > 0
        ? [
            {
              reason: {
                en: `business type not in the scenario (${v.unknown
                  .slice(0, 5)
                  .map((u) => JSON.stringify(echo(u.value).en))
                  .join(', ')})`,
                zh: `业务类型不在场景中（${v.unknown
                  .slice(0, 5)
                  .map((u) => `“${echo(u.value).zh}”`)
                  .join('、')}）`,
              },
              rows: unknownRows,
              firstLine: Math.min(...v.unknown.map((u) => u.firstLine)),
            },
          ]
        : [];
    used = rows.length - unknownRows;
  }
  warnings.push(...hc.warnings, ...data.warnings);
  const arrivals = fitArrivals(base, data, hc, arrivalOptions);
  ops.push(...arrivals.ops);
  parameters.push(...arrivals.parameters);
  notFitted.push(...arrivals.notFitted);
  warnings.push(...arrivals.warnings);
  let handling: FitReport['handling'] = [];
  let patience: FitReport['patience'] = null;
  if (cols) {
    const h = fitHandling(base, cols, { choice: options.handling ?? 'auto', minRows: options.minRows ?? 30, level });
    ops.push(...h.ops);
    parameters.push(...h.parameters);
    handling = h.reports;
    const b = fitBookings(
      base,
      cols,
      arrivals.visitors,
      data.booked.reduce((a, x) => a + x, 0),
      level,
    );
    ops.push(...b.ops);
    parameters.push(...b.parameters);
    notFitted.push(...b.notFitted);
    warnings.push(...b.warnings);
    const p = fitPatience(cols, level);
    ops.push(...p.ops);
    parameters.push(...p.parameters);
    notFitted.push(...p.notFitted);
    patience = p.report;
  } else {
    notFitted.push({
      what: {
        en: 'handling times, appointments and no-shows, abandonment and patience, kiosk use',
        zh: '办理时长、预约与爽约、弃号与耐心时间、自助终端使用',
      },
      why: {
        en: 'a volumes file has counts only: these need a ticket log',
        zh: '业务量文件只有数量：这些参数需要取号明细（叫号记录）',
      },
    });
  }
  const { scenario, patch } = applyPatch(base, ops);
  const problems = validateScenario(scenario);
  for (const p of problems)
    warnings.push({
      en: `the fitted scenario has a problem at ${p.path}: ${p.message.en}`,
      zh: `拟合后的场景在 ${p.path} 有问题：${p.message.zh}`,
    });
  const days: DayInfo[] = [];
  for (let d = 0; d < hc.days; d++) {
    const day = hc.firstDay + d;
    days.push({
      date: formatIsoDate(day),
      weekday: isoWeekday(day),
      dayType: hc.dayType[d] >= 0 ? DAY_TYPES[hc.dayType[d]] : null,
      dayClass: hc.dayClass[d] >= 0 ? DAY_CLASSES[hc.dayClass[d]] : null,
      rows: data.rows[d],
      visitors: Math.round(data.visitors[d] * 10) / 10,
    });
  }
  const report: FitReport = {
    layout: cols ? 'tickets' : 'volumes',
    level,
    rows: { given: rows.length, used, excluded },
    period: { first: formatIsoDate(hc.firstDay), last: formatIsoDate(hc.lastDay), days },
    parameters,
    arrivals: arrivals.report,
    handling,
    patience,
    notFitted,
    warnings,
    millis: clock() - t0,
  };
  return {
    scenario,
    patch,
    report,
    problems,
    history: { firstDay: hc.firstDay, days: hc.days, addedHolidays: hc.addedHolidays, addedWorkdays: hc.addedWorkdays },
    options: withoutClock(options),
  };
}
