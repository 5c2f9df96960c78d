/**
 * The per-interval and per-day series of a replication: window lines, busy and open windows,
 * waits by ticket interval, kiosk lines and availability; daily tickets, waits, abandonments,
 * overtime and staggered moves.
 */
import type { HallRun } from './hall-run.ts';
import { hotlineSeries } from './hotline-results.ts';
import type { DayProfile, DaySeries, IntervalSeries, KioskSiteSeries, OvertimeLedgerRow } from './results.ts';
import { DAY_TYPES, type DayType, parseIsoDate } from '../scenario/index.ts';
import type { WaitSummary } from './waits.ts';
import { hallSetup } from './setup.ts';

/** Adds the time-average level of each of the n intervals of width w (from ∫ level dt) to target. */
function addLevel(target: Float64Array, area: Float64Array, n: number, w: number): void {
  for (let i = 0; i < n; i++) target[i] += area[i] / w;
}

export function intervalSeries(run: HallRun, waits: WaitSummary): IntervalSeries {
  const r = run.r;
  const n = run.grid.count;
  const w = r.interval;
  const add = (target: Float64Array, area: Float64Array) => addLevel(target, area, n, w);
  const queue = new Float64Array(n);
  const busy = new Float64Array(n);
  const open = new Float64Array(n);
  for (const s of run.stations) {
    const iv = s.pool.intervals!;
    add(queue, iv.queue.area);
    add(busy, iv.busy.area);
    add(open, iv.open.area);
  }
  const kioskQueue = new Float64Array(n);
  const kioskBusy = new Float64Array(n);
  const kioskUp = new Float64Array(n);
  const kioskSites: KioskSiteSeries[] = [];
  for (const k of run.kiosks?.sites ?? []) {
    const site = { id: k.site.id, queue: new Float64Array(n), busy: new Float64Array(n), up: new Float64Array(n) };
    add(site.queue, k.pool.intervals!.queue.area);
    add(site.busy, k.pool.intervals!.busy.area);
    add(site.up, k.upIntervals.area);
    add(kioskQueue, k.pool.intervals!.queue.area);
    add(kioskBusy, k.pool.intervals!.busy.area);
    add(kioskUp, k.upIntervals.area);
    kioskSites.push(site);
  }
  const byTicket = waits.interval;
  return {
    intervalMinutes: w,
    intervalsPerDay: r.intervalsPerDay,
    days: r.days,
    tickets: run.tickets.values,
    waitMean: byTicket.mean,
    waitP90: byTicket.p90,
    waitCount: byTicket.count,
    queue,
    busy,
    open,
    kioskQueue,
    kioskBusy,
    kioskUp,
    kioskSites,
    hotline: hotlineSeries(run),
  };
}

export function daySeries(run: HallRun, overtime: OvertimeLedgerRow[], waits: WaitSummary): DaySeries {
  const r = run.r;
  const days = r.days;
  const perDay = r.intervalsPerDay;
  const tickets = new Float64Array(days);
  for (let i = 0; i < run.tickets.values.length; i++) tickets[Math.floor(i / perDay)] += run.tickets.values[i];
  const byDay = waits.day;
  const overtimeMinutes = new Float64Array(days);
  const start = r.calendar.startDay;
  for (const row of overtime) {
    const d = parseIsoDate(row.date)! - start;
    if (d >= 0 && d < days) overtimeMinutes[d] += row.minutes;
  }
  // Case backlog: accepted by day, and open at each day's end.
  const backlog = run.backOffice?.backlog(days);
  return {
    tickets,
    waitMean: byDay.mean,
    waitP90: byDay.p90,
    served: byDay.count,
    abandoned: waits.abandonedByDay,
    overtimeMinutes,
    movedFrom: run.bookings.movedFrom,
    movedTo: run.bookings.movedTo,
    casesAccepted: backlog?.accepted ?? new Float64Array(days),
    casesOpen: backlog?.open ?? new Float64Array(days),
  };
}

/** The average day of each day type (working days only). */
export function dayProfiles(run: HallRun, summary: WaitSummary): Record<DayType, DayProfile> {
  const r = run.r;
  const per = r.intervalsPerDay;
  const dayType = hallSetup(r).dayType;
  const typeOfDay = (d: number) => dayType[d];
  const waits = summary.profile;
  const out = {} as Record<DayType, DayProfile>;
  DAY_TYPES.forEach((type, k) => {
    const p: DayProfile = {
      days: 0,
      tickets: new Float64Array(per),
      waitMean: waits.mean.slice(k * per, (k + 1) * per),
      waitP90: waits.p90.slice(k * per, (k + 1) * per),
      waitCount: waits.count.slice(k * per, (k + 1) * per),
      queue: new Float64Array(per),
      busy: new Float64Array(per),
      open: new Float64Array(per),
    };
    for (let d = 0; d < r.days; d++) {
      if (typeOfDay(d) !== k) continue;
      p.days++;
      for (let j = 0; j < per; j++) {
        const i = d * per + j;
        p.tickets[j] += run.tickets.values[i];
        for (const s of run.stations) {
          const iv = s.pool.intervals!;
          p.queue[j] += iv.queue.area[i] / r.interval;
          p.busy[j] += iv.busy.area[i] / r.interval;
          p.open[j] += iv.open.area[i] / r.interval;
        }
      }
    }
    if (p.days > 0) for (const a of [p.tickets, p.queue, p.busy, p.open]) for (let j = 0; j < per; j++) a[j] /= p.days;
    out[type] = p;
  });
  return out;
}
