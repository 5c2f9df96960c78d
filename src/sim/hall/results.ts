/**
 * What one replication reports: named scalar metrics (merged across replications into means with
 * confidence intervals), series per interval and per day (typed arrays, transferable between
 * threads), and the ledgers. Plain data only.
 *
 * Metric names are dotted paths, e.g. `wait.all.p90`, `wait.type.invoice.mean`,
 * `kiosk.hall.availability`, `cases.onTimeShare`; `METRIC_DEFINITIONS` says what the families mean.
 */
import { CASE_SOURCES, type CaseRow } from './cases.ts';
import type { GroupLoad } from './group-load.ts';
import type { HallRun } from './hall-run.ts';
import type { TicketRow } from './ticket-log.ts';
import { CHANNELS, DAY_TYPES, type DayType, formatIsoDate } from '../scenario/index.ts';
import { hallSetup } from './setup.ts';
import { dayProfiles, daySeries, intervalSeries } from './series.ts';
import { planTimeOff } from './time-off.ts';
import { kioskMetrics } from './kiosk-results.ts';
import { hotlineMetrics, onlineMetrics, type HotlineSeries } from './hotline-results.ts';
import type { WaitStats } from './waits.ts';
import { sum } from '../math/sum.ts';

export interface IntervalSeries {
  intervalMinutes: number;
  intervalsPerDay: number;
  days: number;
  /** Tickets taken (window lines joined) per interval. */
  tickets: Float64Array;
  /** Mean and 90th percentile wait of those served, by the interval of their ticket (0 when none). */
  waitMean: Float64Array;
  waitP90: Float64Array;
  waitCount: Float64Array;
  /** Time-average taxpayers waiting at windows, windows busy and windows open. */
  queue: Float64Array;
  busy: Float64Array;
  open: Float64Array;
  /** Time-average taxpayers waiting at kiosks, kiosks busy and kiosks up, over all sites. */
  kioskQueue: Float64Array;
  kioskBusy: Float64Array;
  kioskUp: Float64Array;
  /** The same per kiosk site, in the scenario's order. */
  kioskSites: KioskSiteSeries[];
  /** The 12366 hotline's calls and agents (null without a hotline). */
  hotline: HotlineSeries | null;
}

/** One kiosk site's time averages per interval. */
export interface KioskSiteSeries {
  id: string;
  /** Users waiting. */
  queue: Float64Array;
  /** Kiosks busy. */
  busy: Float64Array;
  /** Kiosks in working order (whether or not the site is open). */
  up: Float64Array;
}

export interface DaySeries {
  tickets: Float64Array;
  waitMean: Float64Array;
  waitP90: Float64Array;
  served: Float64Array;
  abandoned: Float64Array;
  overtimeMinutes: Float64Array;
  /** Staggered bookings moved away from and onto each day. */
  movedFrom: Float64Array;
  movedTo: Float64Array;
  /** Cases accepted on each day, and cases open (accepted, not yet answered) at each day's end. */
  casesAccepted: Float64Array;
  casesOpen: Float64Array;
}

/** An average day of one day type, interval by interval (intervalsPerDay cells from midnight). */
export interface DayProfile {
  /** Working days of this type in the horizon (0: the arrays are all 0). */
  days: number;
  /** Tickets per interval, averaged over those days. */
  tickets: Float64Array;
  /** Mean and p90 wait of the served, by the interval of their ticket, over all those days. */
  waitMean: Float64Array;
  waitP90: Float64Array;
  waitCount: Float64Array;
  /** Time-average waiting, busy and open windows, averaged over those days. */
  queue: Float64Array;
  busy: Float64Array;
  open: Float64Array;
}

/** Waits of those served, as shares of them by bin (the last bin holds all longer waits). */
export interface WaitDistribution {
  binMinutes: number;
  shares: Float64Array;
}

export interface OvertimeLedgerRow {
  date: string;
  group: string;
  window: number;
  minutes: number;
}

export interface TimeOffRow {
  group: string;
  window: number;
  /** Date the overtime passed the threshold. */
  earnedOn: string;
  minutes: number;
  /** The lowest-demand working day outside the filing period on or after it; null if none in the horizon. */
  takeOn: string | null;
}

export interface ReplicationResult {
  kind: 'hallflow.replication';
  version: 1;
  seed: number;
  replication: number;
  metrics: Record<string, number>;
  intervals: IntervalSeries;
  days: DaySeries;
  /** The average ordinary, filing and deadline day. */
  profiles: Record<DayType, DayProfile>;
  waitDistribution: WaitDistribution;
  ledgers: { cases: CaseRow[]; overtime: OvertimeLedgerRow[]; timeOff: TimeOffRow[] };
  /** Per group, day type and interval, for the capacity planner (when asked for). */
  groupLoad?: GroupLoad;
  /** The ticketing system's log (when asked for). */
  ticketLog?: TicketRow[];
  events: number;
}

export const METRIC_DEFINITIONS: Record<string, { en: string; zh: string }> = {
  'count.*': { en: 'Counts over taxpayers who arrived after the warm-up', zh: '预热期之后到达的纳税人计数' },
  'wait.*': {
    en: 'Wait from ticket (or appointment check-in, not before the slot) to the start of service at a window, minutes, over those served',
    zh: '自取号（预约签到，不早于预约时段）至窗口开始办理的等候时间（分钟），按已办理者统计',
  },
  'wait.*.withinTarget': {
    en: 'Share served within the target wait among those who joined a window line (giving up counts as a failure)',
    zh: '在目标时间内得到办理的比例（以排队者为分母，中途离开计为未达标）',
  },
  'windows.*.utilisation': { en: 'Busy window time over open window time', zh: '窗口忙碌时间占开放时间的比例' },
  'kiosk.*.availability': {
    en: 'Time-average share of kiosks in working order, around the clock',
    zh: '全天候时间平均的终端可用比例',
  },
  'kiosk.*.anyUp': {
    en: 'Share of the time, around the clock, with at least one kiosk in working order (the site can serve)',
    zh: '全天候至少有一台终端可用（该点位可提供服务）的时间比例',
  },
  'kiosk.*.utilisation': {
    en: 'Busy kiosk time over kiosk time available while the site is open',
    zh: '终端忙碌时间占开放期间可用时间的比例',
  },
  'kiosk.*.queue.mean': {
    en: 'Time-average number waiting at the site’s kiosks, around the clock',
    zh: '全天候时间平均的终端排队人数',
  },
  'kiosk.*.arrivals': {
    en: 'Kiosk users who reached the site (its own, hall visitors choosing a kiosk, and those sent on from another site)',
    zh: '到达该网点的终端用户（本网点用户、选择终端的来厅者、由其他网点转来者）',
  },
  'kiosk.*.turnedAway.*': {
    en: 'Users who could not use the site on arrival: closed, every kiosk down, or more waiting than switchQueueLength',
    zh: '到达时无法使用该网点的用户：未开放、终端全部故障、排队超过改去窗口的人数',
  },
  'kiosk.*.gaveUp': {
    en: 'Users who left the line when their patience ran out',
    zh: '等候超过耐心时间而离开队伍的用户',
  },
  'kiosk.*.outOfService': {
    en: 'Users sent away from the line when the site’s last working kiosk failed',
    zh: '网点最后一台可用终端故障时被迫离开队伍的用户',
  },
  'kiosk.*.toWindows': {
    en: 'Of those the site failed: went to the hall’s windows at once (the hall site, while the hall takes tickets)',
    zh: '无法使用该网点者中当即改去大厅窗口的人数（大厅网点、大厅取号时间内）',
  },
  'kiosk.*.toOtherSite': {
    en: 'Of those the site failed: went on to another site',
    zh: '无法使用该网点者中改去其他网点的人数',
  },
  'kiosk.*.toHall': {
    en: 'Of those the site failed: went to the hall’s windows later (after travelling, or on its next working day)',
    zh: '无法使用该网点者中稍后改去大厅窗口的人数（路程之后或下一个工作日）',
  },
  'kiosk.*.left': { en: 'Of those the site failed: went home unserved', zh: '无法使用该网点者中未办理即离开的人数' },
  'windows.*.queue.mean': {
    en: 'Time-average number waiting for the group’s windows over the horizon',
    zh: '整个模拟期间该组窗口的时间平均排队人数',
  },
  'windows.*.inSystem.mean': {
    en: 'Time-average number waiting for or at the group’s windows over the horizon',
    zh: '整个模拟期间该组窗口的时间平均在厅人数（排队与办理中）',
  },
  'closing.*': {
    en: 'Predicted waits shown near closing against the waits that followed',
    zh: '临近下班时提示的预计等候时间与实际等候时间的对比',
  },
  'hotline.*': {
    en: 'The 12366 hotline, over callers whose first call came after the warm-up: service level = calls answered by an agent within the seconds named over calls offered to the agents (answered or hung up while holding; a caller who accepted a callback is not offered, see hotline.callbacks.*); abandon share over offered calls; redial share over all attempts; answered and lost shares over fresh callers; occupancy = busy agent time over staffed agent time',
    zh: '12366 热线，按预热期之后首次来电的来电者统计：服务水平 = 在所列秒数内由坐席接通的来电 ÷ 转人工的来电（接通或等待中挂断；接受回拨者不计入，见 hotline.callbacks.*）；放弃率以转人工来电为分母；重拨占比以全部来电为分母；接通率和流失率以首次来电者为分母；坐席占用率 = 坐席忙碌时间 ÷ 在线时间',
  },
  'hotline.callbacks.*': {
    en: 'Callbacks on the 12366 hotline, over the same callers: offered to callers about to hold whose estimated wait was above the threshold; a caller who accepts hangs up and is neither offered to the agents nor an abandonment (not in the service level); accept share over offered; reach share, share made within the target and mean delay (minutes from request to callback) over callbacks made; still queued at the horizon = accepted but never made. Agents make callbacks only when no caller holds, and their time is in the occupancy',
    zh: '12366 热线回拨，统计口径同上：向将要等待且预计等待超过阈值的来电者提供回拨；接受者挂机等候回拨，既不计入转人工来电，也不计为放弃（不进入服务水平）；接受率以提供回拨数为分母；联系上比例、时限内完成比例和平均回拨延迟（自请求至回拨的分钟数）以已回拨数为分母；期末仍在排队 = 已接受但至模拟结束未回拨。坐席仅在无来电等待时回拨，回拨用时计入坐席占用率',
  },
  'online.*': {
    en: 'Hall demand moved to the online platforms over the days after the warm-up (expected visitors, the same in every replication), in all and by business type',
    zh: '预热期之后转为网上办理的大厅需求（期望人数，各次重复相同），合计及按业务类型',
  },
  'cases.*': {
    en: 'Non-immediate matters accepted after the warm-up, followed until answered',
    zh: '预热期之后受理的非即办事项，跟踪至答复',
  },
};

function putStats(m: Record<string, number>, prefix: string, s: WaitStats | null): void {
  if (!s) return;
  m[`${prefix}.n`] = s.n;
  m[`${prefix}.mean`] = s.mean;
  m[`${prefix}.p50`] = s.p50;
  m[`${prefix}.p90`] = s.p90;
  m[`${prefix}.p95`] = s.p95;
  m[`${prefix}.withinTarget`] = s.withinTarget;
}

export function buildResult(run: HallRun): ReplicationResult {
  const r = run.r;
  const c = run.c;
  const T = r.target.waitMinutes;
  const m: Record<string, number> = {};
  const count = (k: string, v: number) => (m[`count.${k}`] = v);
  count('arrivals', c.arrivals);
  count('arrivals.walkIn', c.arrivalsWalkIn);
  count('arrivals.appointment', c.arrivalsAppointment);
  count('arrivals.staggered', c.arrivalsStaggered);
  count('arrivals.kioskSite', c.arrivalsKioskSite);
  count('returned', c.returned);
  count('served', c.servedWindow + c.servedKiosk);
  count('served.window', c.servedWindow);
  count('served.kiosk', c.servedKiosk);
  count('abandoned', c.abandoned);
  count('balked', c.balkedTicket + c.turnedAway + c.leftAfterPrediction);
  count('balked.ticket', c.balkedTicket);
  count('balked.cutoff', c.turnedAway);
  count('balked.prediction', c.leftAfterPrediction);
  count('forfeited', c.forfeited);
  count('forfeited.toTicket', c.forfeitedToTicket);
  count('leftAsCase', c.leftAsCase);
  count('leftKiosk', c.leftKiosk);
  count('present', c.present);
  count('switchedToWindow', c.switchedToWindow);
  count('returnsBeyondHorizon', c.returnsBeyondHorizon);
  const b = run.bookings;
  count('appointments.booked', b.appointmentsBooked);
  count('appointments.overflow', b.appointmentOverflow);
  count('appointments.noShow', b.appointmentNoShows);
  count('staggered.booked', b.staggeredBooked);
  count('staggered.overflow', b.staggeredOverflow);
  count('staggered.noShow', b.staggeredNoShows);
  m['conservation.imbalance'] =
    c.arrivals -
    (c.servedWindow +
      c.servedKiosk +
      c.abandoned +
      c.balkedTicket +
      c.turnedAway +
      c.leftAfterPrediction +
      c.forfeited +
      c.leftAsCase +
      c.leftKiosk +
      c.present);
  m['internal.leakedTaxpayers'] = run.tp.ids.inUse - run.occupancy();

  const waits = run.waits.summary(T, r.types.length, r.groups.length, {
    interval: r.interval,
    intervals: run.grid.count,
    days: r.days,
    intervalsPerDay: r.intervalsPerDay,
    dayType: hallSetup(r).dayType,
    dayTypes: DAY_TYPES.length,
  });
  putStats(m, 'wait.all', waits.all);
  waits.type.forEach((s, i) => putStats(m, `wait.type.${r.types[i].id}`, s));
  waits.channel.forEach((s, i) => putStats(m, `wait.channel.${CHANNELS[i]}`, s));
  waits.group.forEach((s, i) => putStats(m, `wait.group.${r.groups[i].id}`, s));

  // Windows: utilisation over the horizon, overtime.
  let busyAll = 0;
  let openAll = 0;
  let overtime = 0;
  let afterClose = 0;
  run.stations.forEach((s, i) => {
    const busy = sum(s.pool.intervals!.busy.area);
    const open = sum(s.pool.intervals!.open.area);
    busyAll += busy;
    openAll += open;
    const g = r.groups[i].id;
    if (open > 0) m[`windows.${g}.utilisation`] = busy / open;
    // Time averages over the horizon: taxpayers waiting, and waiting or being served.
    const waiting = sum(s.pool.intervals!.queue.area) / r.horizon;
    m[`windows.${g}.queue.mean`] = waiting;
    m[`windows.${g}.inSystem.mean`] = waiting + busy / r.horizon;
    for (const row of s.overtimeRows) overtime += row.minutes;
    afterClose += s.workAfterClose;
  });
  if (openAll > 0) m['windows.all.utilisation'] = busyAll / openAll;
  m['windows.overtimeMinutes'] = overtime;
  m['windows.workAfterClose'] = afterClose;
  m['windows.staffMinutes'] = openAll;
  if (run.guidance) {
    const g = run.guidance.pool;
    if (g.waits.count > 0) m['guidance.wait.mean'] = g.waits.mean!;
  }

  // Kiosks, per site; the hotline.
  if (run.kiosks) kioskMetrics(run, m);
  if (run.hotline) hotlineMetrics(run, m);
  if (r.scenario.online) onlineMetrics(run, m);

  // Rule 4 predictions.
  m['closing.shown'] = c.shown;
  m['closing.shownLong'] = c.shownLong;
  m['closing.left'] = c.leftAfterPrediction;
  m['closing.leftWithHall'] = c.leftAsCase;
  if (c.predictedN > 0) {
    m['closing.predicted.mean'] = c.predictedSum / c.predictedN;
    m['closing.actual.mean'] = c.actualSum / c.predictedN;
    m['closing.error.mean'] = c.errorSum / c.predictedN;
    m['closing.error.meanAbs'] = c.absErrorSum / c.predictedN;
  }

  // Rules 1 and 2.
  if (run.backOffice) {
    const s = run.backOffice.summary();
    m['cases.accepted'] = s.accepted;
    CASE_SOURCES.forEach((source, i) => (m[`cases.source.${source}`] = s.bySource[i]));
    m['cases.answered'] = s.answered;
    m['cases.openAtEnd'] = s.openAtEnd;
    if (s.answered > 0) {
      m['cases.onTimeShare'] = s.onTime / s.answered;
      const days = s.workingDaysSum.reduce((a, x) => a + x, 0);
      m['cases.workingDays.mean'] = days / s.answered;
    }
    ['A', 'B', 'M', 'C', 'D'].forEach((k, i) => {
      if (s.workingDaysN[i] > 0) m[`cases.workingDays.${k}`] = s.workingDaysSum[i] / s.workingDaysN[i];
    });
    for (const [t, n] of s.byTypeN) m[`cases.type.${r.types[t].id}.workingDays`] = s.byTypeSum.get(t)! / n;
    ['transfer', 'queue', 'handle', 'answer'].forEach((k, i) => (m[`cases.overdue.${k}`] = s.overdueByStage[i]));
    m['cases.overdue'] = s.overdueByStage.reduce((a, x) => a + x, 0);
    m['cases.warnings'] = s.warnings;
    m['cases.extensions'] = s.extensions;
  }

  const groupIds = r.groups.map((g) => g.id);
  const overtimeRows: OvertimeLedgerRow[] = [];
  run.stations.forEach((s, i) => {
    for (const row of s.overtimeRows)
      overtimeRows.push({
        date: formatIsoDate(r.calendar.startDay + row.day),
        group: groupIds[i],
        window: row.window + 1,
        minutes: row.minutes,
      });
  });
  overtimeRows.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.group < b.group ? -1 : a.group > b.group ? 1 : a.window - b.window,
  );

  return {
    kind: 'hallflow.replication',
    version: 1,
    seed: run.seed,
    replication: run.replication,
    metrics: m,
    intervals: intervalSeries(run, waits),
    days: daySeries(run, overtimeRows, waits),
    profiles: dayProfiles(run, waits),
    waitDistribution: run.waits.distribution(0.5, 240),
    ledgers: {
      cases: run.backOffice ? run.backOffice.ledger(groupIds) : [],
      overtime: overtimeRows,
      timeOff: planTimeOff(run, overtimeRows),
    },
    ...(run.groupLoad ? { groupLoad: run.groupLoad.finish(run.stations) } : {}),
    ...(run.ticketLog ? { ticketLog: run.ticketLog.finish(run.bookings.noShows) } : {}),
    events: run.sim.eventsFired,
  };
}
