/**
 * The backtest: does the fitted scenario reproduce what happened? It runs the fitted scenario
 * over the history's own dates (its calendar, with the closed and make-up days the file showed),
 * staffed as the log shows (backtest-staffing.ts), and compares observed and simulated waits
 * interval by interval for each day type: the mean wait of those served (by the interval of their
 * ticket) and the share served within the target wait (giving up counts as a failure, as in the
 * model's statistics).
 *
 * Each simulated figure comes with the confidence interval of its mean over replications and a
 * 95% prediction interval for one history's value (half-width × √(n + 1): the spread of one
 * replication, which is what one observed month is). An observed value "inside" means inside the
 * prediction interval: the CI of the mean narrows with more replications while the observed
 * month stays one noisy draw, so the CI would flag sound models. The summary counts only cells
 * with at least `minServed` observed served tickets (20 by default): the mean wait of a handful
 * of tickets says little.
 */
import { ParameterError } from '../errors.ts';
import {
  DAY_TYPES,
  type DayType,
  formatIsoDate,
  type Localized,
  parseIsoDate,
  parseTimeOfDay,
  type Scenario,
  validateScenario,
} from '../scenario/index.ts';
import type { Simulate } from '../results/simulate.ts';
import { historicalStaffing, type StaffingMode } from './backtest-staffing.ts';
import { historyCalendar } from './fit-calendar.ts';
import { ABANDONED, NO_SHOW, ticketColumns } from './fit-columns.ts';
import type { FitResult } from './fit.ts';
import type { TicketRecord } from './records.ts';

export interface BacktestOptions {
  fitted: FitResult;
  tickets: readonly TicketRecord[];
  simulate: Simulate;
  replications: number;
  seed: number;
  /** How a window counts as in use in an interval. Default 'started'. */
  staffing?: StaffingMode;
  /** Logged window → group id, for windows the inference gets wrong. */
  windowGroups?: Record<string, string>;
  /** Cells with fewer observed served tickets are shown but left out of the summary. Default 20. */
  minServed?: number;
}

export interface BacktestCell {
  dayType: DayType;
  /** Interval of the opening hours (0 = the first) and its start, minutes after midnight. */
  interval: number;
  start: number;
  observed: {
    ticketsPerDay: number;
    joined: number;
    served: number;
    meanWait: number | null;
    withinShare: number | null;
  };
  simulated: {
    ticketsPerDay: number;
    meanWait: number;
    /** Half-width of the confidence interval of the mean over replications. */
    meanWaitCi: number;
    /** Half-width of the prediction interval for one history. */
    meanWaitPi: number;
    withinShare: number;
    withinCi: number;
    withinPi: number;
  };
  /** Whether the cell counts in the summary. */
  counted: boolean;
  waitInside: boolean | null;
  withinInside: boolean | null;
}

export interface BacktestSummary {
  cells: number;
  /** Mean absolute error, mean error (simulated − observed) and root mean square error of the mean wait, minutes. */
  waitMae: number;
  waitBias: number;
  waitRmse: number;
  /**
   * Share of counted cells whose observed mean wait is inside the simulated prediction interval
   * (and the CI of the mean).
   */
  waitCoverage: number;
  waitCiCoverage: number;
  /** Mean absolute error of the share within target, as a share (0.05 = 5 percentage points). */
  withinMae: number;
  withinCoverage: number;
  byDayType: Record<
    DayType,
    {
      days: number;
      observedTickets: number;
      simulatedTickets: number;
      observedWait: number | null;
      simulatedWait: number | null;
      observedWithin: number | null;
      simulatedWithin: number | null;
    }
  >;
}

export interface BacktestResult {
  scenario: Scenario;
  staffing: {
    mode: StaffingMode;
    groups: string[];
    windowsSeen: number[];
    schedules: Record<DayType, number[] | null>[];
  };
  replications: number;
  seed: number;
  level: number;
  targetMinutes: number;
  minServed: number;
  cells: BacktestCell[];
  summary: BacktestSummary;
  note: Localized;
  warnings: Localized[];
}

/** The backtest scenario: the fitted one over the history's dates, staffed as logged. */
export async function backtest(options: BacktestOptions): Promise<BacktestResult> {
  const { fitted, tickets, simulate, replications, seed } = options;
  const mode = options.staffing ?? 'started';
  const minServed = options.minServed ?? 20;
  const base = fitted.scenario;
  const cols = ticketColumns(tickets, base, fitted.options);
  if (cols.n === 0)
    throw new ParameterError(
      'tickets',
      tickets.length,
      'ticket rows of business types the scenario knows',
      '场景中已有业务类型的取号记录',
    );
  const warnings: Localized[] = [];
  const { firstDay } = fitted.history;
  let days = fitted.history.days;
  const perDay = new Float64Array(days);
  for (let i = 0; i < cols.n; i++) perDay[cols.day[i] - firstDay]++;
  const hc = historyCalendar(base, firstDay, perDay);
  if (days > 366) {
    warnings.push({
      en: `the history spans ${days} days: the backtest covers the first 366`,
      zh: `历史数据跨 ${days} 天：回测只覆盖前 366 天`,
    });
    days = 366;
  }
  const staffing = historicalStaffing(base, cols, hc, mode, options.windowGroups);
  warnings.push(...staffing.warnings);
  const scenario = structuredClone(base);
  const holidays = new Set([...(base.calendar.holidays ?? []).map((d) => parseIsoDate(d)!), ...hc.addedHolidays]);
  const extra = new Set([...(base.calendar.extraWorkdays ?? []).map((d) => parseIsoDate(d)!), ...hc.addedWorkdays]);
  for (const d of hc.addedWorkdays) holidays.delete(d);
  for (const d of hc.addedHolidays) extra.delete(d);
  // Dates the scenario lists must lie inside the simulated days.
  const inside = (d: number) => d >= firstDay && d < firstDay + days;
  const insideKeys = <T>(o: Record<string, T> | undefined) =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => inside(parseIsoDate(k)!)));
  scenario.calendar = {
    ...scenario.calendar,
    startDate: formatIsoDate(firstDay),
    days,
    holidays: [...holidays]
      .filter(inside)
      .sort((a, b) => a - b)
      .map(formatIsoDate),
    extraWorkdays: [...extra]
      .filter(inside)
      .sort((a, b) => a - b)
      .map(formatIsoDate),
    dayTypeOverrides: insideKeys(scenario.calendar.dayTypeOverrides),
    warmupDays: 0,
  };
  scenario.demand.byDate = insideKeys(scenario.demand.byDate);
  scenario.windows.groups.forEach((g, gi) => {
    const sched = staffing.schedules[gi];
    const old = g.schedule;
    const next = Object.fromEntries(
      DAY_TYPES.map((dt) => [dt, sched[dt] ?? (Array.isArray(old) ? old : old[dt])]),
    ) as Record<DayType, number[]>;
    g.schedule = next;
    g.windows = Math.max(g.windows, staffing.windowsSeen[gi], ...DAY_TYPES.map((dt) => Math.max(...next[dt])));
  });
  const problems = validateScenario(scenario);
  if (problems.length > 0)
    throw new ParameterError(
      'backtest scenario',
      problems.map((p) => `${p.path}: ${p.message.en}`).join('; '),
      'a valid scenario',
      '有效的场景',
    );
  const merged = await simulate({ scenario, replications, seed });
  const gl = merged.groupLoad;
  if (!gl)
    throw new ParameterError(
      'simulate',
      'no groupLoad',
      'a merged result with the per-group load',
      '含各窗口组负荷的合并结果',
    );

  // Observed, by day type and interval of the ticket.
  const target = scenario.target?.waitMinutes ?? 15;
  const L = scenario.calendar.intervalMinutes ?? 30;
  const open = parseTimeOfDay(scenario.calendar.open)!;
  const I = gl.intervals;
  const zeros = () => new Float64Array(3 * I);
  const joined = zeros();
  const served = zeros();
  const waitSum = zeros();
  const within = zeros();
  const ticketsCount = zeros();
  const dayCount = [0, 0, 0];
  for (let d = 0; d < days; d++) if (hc.dayType[d] >= 0) dayCount[hc.dayType[d]]++;
  for (let i = 0; i < cols.n; i++) {
    if (cols.kiosk[i] || cols.outcome[i] === NO_SHOW) continue;
    const d = cols.day[i] - firstDay;
    if (d >= days) continue;
    const dt = hc.dayType[d];
    const k = Math.floor((cols.tod[i] - open) / L);
    if (dt < 0 || k < 0 || k >= I) continue;
    const c = dt * I + k;
    ticketsCount[c]++;
    if (cols.outcome[i] === ABANDONED) joined[c]++;
    else if (cols.wait[i] >= 0) {
      joined[c]++;
      served[c]++;
      waitSum[c] += cols.wait[i];
      if (cols.wait[i] <= target) within[c]++;
    }
  }
  const R = merged.replications;
  const piScale = Math.sqrt(R + 1);
  const first = Math.floor(open / L);
  const cells: BacktestCell[] = [];
  DAY_TYPES.forEach((dt, di) => {
    if (dayCount[di] === 0) return;
    const prof = merged.profiles[dt];
    for (let k = 0; k < I; k++) {
      const c = di * I + k;
      const j = first + k;
      const sim = {
        ticketsPerDay: prof.tickets.mean[j],
        meanWait: prof.waitMean.mean[j],
        meanWaitCi: prof.waitMean.halfWidth[j],
        meanWaitPi: prof.waitMean.halfWidth[j] * piScale,
        withinShare: gl.share.hallInterval.mean[c],
        withinCi: gl.share.hallInterval.halfWidth[c],
        withinPi: gl.share.hallInterval.halfWidth[c] * piScale,
      };
      const obsWait = served[c] > 0 ? waitSum[c] / served[c] : null;
      const obsWithin = joined[c] > 0 ? within[c] / joined[c] : null;
      if (ticketsCount[c] === 0 && sim.ticketsPerDay === 0) continue;
      const counted = served[c] >= minServed && prof.tickets.mean[j] > 0;
      cells.push({
        dayType: dt,
        interval: k,
        start: open + k * L,
        observed: {
          ticketsPerDay: ticketsCount[c] / dayCount[di],
          joined: joined[c],
          served: served[c],
          meanWait: obsWait,
          withinShare: obsWithin,
        },
        simulated: sim,
        counted,
        waitInside: obsWait === null ? null : Math.abs(obsWait - sim.meanWait) <= sim.meanWaitPi + 1e-9,
        withinInside: obsWithin === null ? null : Math.abs(obsWithin - sim.withinShare) <= sim.withinPi + 1e-9,
      });
    }
  });
  return {
    scenario,
    staffing: {
      mode,
      groups: scenario.windows.groups.map((g) => g.id),
      windowsSeen: staffing.windowsSeen,
      schedules: staffing.schedules,
    },
    replications: R,
    seed,
    level: merged.level,
    targetMinutes: target,
    minServed,
    cells,
    summary: summarise(cells, dayCount),
    note: {
      en: `Simulated: mean over ${R} replications ± the ${Math.round(merged.level * 100)}% confidence interval of that mean; "inside" means the observed value lies inside the prediction interval for one history (± half-width × √(n + 1)). The summary counts intervals with at least ${minServed} observed served tickets.`,
      zh: `模拟值：${R} 次重复运行的均值 ± 该均值的 ${Math.round(merged.level * 100)}% 置信区间；“落在区间内”指观测值落在单个历史期的预测区间内（± 半宽 × √(n + 1)）。汇总只计入观测到至少 ${minServed} 张已办理号的时段。`,
    },
    warnings,
  };
}

function summarise(cells: BacktestCell[], dayCount: number[]): BacktestSummary {
  const counted = cells.filter((c) => c.counted && c.observed.meanWait !== null);
  const errs = counted.map((c) => c.simulated.meanWait - c.observed.meanWait!);
  const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, x) => a + x, 0) / xs.length : NaN);
  const withinCells = counted.filter((c) => c.observed.withinShare !== null);
  const byDayType = Object.fromEntries(
    DAY_TYPES.map((dt, di) => {
      const cs = cells.filter((c) => c.dayType === dt);
      const w = cs.reduce((a, c) => a + c.observed.served, 0);
      const j = cs.reduce((a, c) => a + c.observed.joined, 0);
      return [
        dt,
        {
          days: dayCount[di],
          observedTickets: cs.reduce((a, c) => a + c.observed.ticketsPerDay, 0),
          simulatedTickets: cs.reduce((a, c) => a + c.simulated.ticketsPerDay, 0),
          observedWait: w > 0 ? cs.reduce((a, c) => a + (c.observed.meanWait ?? 0) * c.observed.served, 0) / w : null,
          simulatedWait: w > 0 ? cs.reduce((a, c) => a + c.simulated.meanWait * c.observed.served, 0) / w : null,
          observedWithin:
            j > 0 ? cs.reduce((a, c) => a + (c.observed.withinShare ?? 0) * c.observed.joined, 0) / j : null,
          simulatedWithin: j > 0 ? cs.reduce((a, c) => a + c.simulated.withinShare * c.observed.joined, 0) / j : null,
        },
      ];
    }),
  ) as BacktestSummary['byDayType'];
  return {
    cells: counted.length,
    waitMae: mean(errs.map(Math.abs)),
    waitBias: mean(errs),
    waitRmse: Math.sqrt(mean(errs.map((e) => e * e))),
    waitCoverage: mean(counted.map((c) => (c.waitInside ? 1 : 0))),
    waitCiCoverage: mean(
      counted.map((c) =>
        Math.abs(c.simulated.meanWait - c.observed.meanWait!) <= c.simulated.meanWaitCi + 1e-9 ? 1 : 0,
      ),
    ),
    withinMae: mean(withinCells.map((c) => Math.abs(c.simulated.withinShare - c.observed.withinShare!))),
    withinCoverage: mean(withinCells.map((c) => (c.withinInside ? 1 : 0))),
    byDayType,
  };
}
