/**
 * A staffed station of the hall (a window group or the guidance desk): a server pool whose open
 * count follows the day's schedule, interval by interval, and which at closing time keeps its
 * windows open until its line is empty (Rule 4: everyone inside at closing is served).
 *
 * Overtime: a window that finishes a customer after closing has worked overtime until then;
 * the per-window maximum of the day is its overtime, which equals the work done after closing
 * because windows serve without a break until the line is empty.
 */
import type { Simulator } from '../engine/simulator.ts';
import { ServerPool, type PoolOptions } from '../engine/pool.ts';
import type { IntervalGrid } from '../engine/stats/intervals.ts';
import type { Resolved } from './resolve.ts';
import { type DayType, MINUTES_PER_DAY } from '../scenario/index.ts';

/** A schedule step that closes the station for the day (drain first). */
export const CLOSE = -1;

export interface OvertimeRow {
  day: number;
  window: number;
  minutes: number;
}

/** A station's open count over the whole horizon: from each time on, that many (CLOSE: closing). */
export interface StationSteps {
  times: Float64Array;
  counts: Int32Array;
}

/**
 * The steps of a station open `countFor(day type, interval)` during each working day's opening
 * hours (the same for every replication: built once per scenario, see setup.ts).
 */
export function stationSteps(r: Resolved, countFor: (dayType: DayType, interval: number) => number): StationSteps {
  // The whole horizon's steps: each working day's intervals from opening, then a close.
  const times: number[] = [];
  const counts: number[] = [];
  let last = 0;
  for (let d = 0; d < r.days; d++) {
    if (!r.calendar.isWorking(d)) continue;
    const type = r.calendar.dayType(d);
    for (let k = 0; k < r.hallIntervals; k++) {
      const c = countFor(type, k);
      if (k > 0 && c === last) continue;
      times.push(d * MINUTES_PER_DAY + r.open + k * r.interval);
      counts.push(c);
      last = c;
    }
    times.push(d * MINUTES_PER_DAY + r.close);
    counts.push(CLOSE);
    last = CLOSE;
  }
  return { times: Float64Array.from(times), counts: Int32Array.from(counts) };
}

export class Station {
  readonly pool: ServerPool;
  private readonly stepTimes: Float64Array;
  private readonly stepCounts: Int32Array;
  private next = 0;
  private draining = false;
  /** Closing time of the current day (Infinity before the first close). */
  closeTime = Infinity;
  private closeDay = -1;
  /** Overtime of each window today, minutes. */
  private overtime = new Float64Array(16);
  /** Work done after closing (sum over services), minutes, since the start. */
  workAfterClose = 0;
  readonly overtimeRows: OvertimeRow[] = [];

  constructor(
    readonly sim: Simulator,
    readonly index: number,
    steps: StationSteps,
    options: Omit<PoolOptions, 'capacity'>,
    grid: IntervalGrid,
    private readonly stepKind: number,
  ) {
    this.pool = new ServerPool(sim, { ...options, capacity: 0, intervals: grid, intervalCounts: false });
    this.stepTimes = steps.times;
    this.stepCounts = steps.counts;
    if (this.stepTimes.length > 0) sim.schedule(this.stepTimes[0], stepKind, index);
  }

  /** Applies the next schedule step (called by the hall's step handler) and schedules the one after. */
  step(): void {
    const i = this.next++;
    const count = this.stepCounts[i];
    if (count === CLOSE) this.close();
    else {
      if (this.closeDay >= 0) this.flushOvertime();
      this.draining = false;
      this.pool.setOpen(count);
    }
    if (this.next < this.stepTimes.length) this.sim.schedule(this.stepTimes[this.next], this.stepKind, this.index);
  }

  private close(): void {
    this.closeTime = this.sim.now;
    this.closeDay = Math.floor(this.sim.now / MINUTES_PER_DAY);
    if (this.pool.waiting === 0) {
      this.pool.setOpen(0);
      return;
    }
    // Keep today's windows (at least one) open until the line is empty.
    this.draining = true;
    if (this.pool.open === 0) this.pool.setOpen(1);
  }

  /** Call after a customer left the line (started or gave up): ends the drain when it is empty. */
  afterLineChange(): void {
    if (this.draining && this.pool.waiting === 0) {
      this.draining = false;
      this.pool.setOpen(0);
    }
  }

  /** Call when a customer finishes service on `server` after `service` minutes. */
  finished(server: number, service: number): void {
    const now = this.sim.now;
    if (this.closeDay < 0 || now <= this.closeTime) return;
    if (server >= this.overtime.length) {
      const o = new Float64Array(Math.max(server + 1, this.overtime.length * 2));
      o.set(this.overtime);
      this.overtime = o;
    }
    const ot = now - this.closeTime;
    if (ot > this.overtime[server]) this.overtime[server] = ot;
    this.workAfterClose += now - Math.max(now - service, this.closeTime);
  }

  /** Moves today's overtime into the ledger (called at the next opening and at the end). */
  flushOvertime(): void {
    if (this.closeDay < 0) return;
    for (let w = 0; w < this.overtime.length; w++) {
      if (this.overtime[w] > 0) this.overtimeRows.push({ day: this.closeDay, window: w, minutes: this.overtime[w] });
    }
    this.overtime.fill(0);
    this.closeDay = -1;
    this.closeTime = Infinity;
  }
}
