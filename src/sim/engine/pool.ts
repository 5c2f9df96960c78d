/**
 * A pool of identical servers (windows, kiosks, back-office officers) with a waiting line.
 *
 * Customers are integer ids owned by the model. A customer arrives with a priority class, its
 * service time (drawn by the model from its own stream, so that the same taxpayer needs the same
 * time in every scenario: common random numbers) and its patience (Infinity for none).
 *
 * Rules the pool guarantees:
 *  - An arrival that finds an idle open server starts at once. Otherwise it is blocked when the
 *    waiting room is full, else it may balk (the model's rule sees the pool's state), else it
 *    joins its class's line (class 0 first, FIFO within a class, non-preemptive).
 *  - A waiting customer whose patience runs out leaves the line at that moment (reneging); it is
 *    no longer counted anywhere in the line or its statistics.
 *  - The number of open servers follows a schedule of (time, count) steps. When it drops, idle
 *    servers close at once and busy ones finish the customer in hand, then close. When it rises,
 *    each newly opened server takes the head of the line at once.
 *  - A closing server finishing its customer is still staffed: the "staffed" level (`staffed`,
 *    `openServers`, the interval series `open`) is the open servers plus those closing ones, so
 *    busy time never exceeds staffed time and staff minutes include the last customer's service.
 *  - The model may send the whole line away at once (`evictWaiting`: a kiosk site whose last
 *    kiosk failed); those customers leave as `evicted`.
 *  - Conservation at every moment:
 *      presentAtReset + arrived = completed + abandoned + balked + blocked + evicted + waiting + inService.
 *
 * Statistics (reset at the end of a warm-up by `resetStats`): counts; waiting times of those who
 * start service (recorded when they start) overall and by class; time in line of those who
 * abandon; time-weighted queue length, busy servers and open servers (number in system is
 * their sum);
 * optionally a histogram of waits and per-interval series.
 */
import { ParameterError, integer, nonNegative } from '../errors.ts';
import { growF64, growI32 } from './calendar.ts';
import { checkCapacity, Outcome, type CapacityStep, type PoolIntervals, type PoolOptions } from './pool-options.ts';
import type { Simulator } from './simulator.ts';
import { LogHistogram } from './stats/histogram.ts';
import { IntervalCounts, IntervalLevel } from './stats/intervals.ts';
import { Tally } from './stats/tally.ts';
import { TimeWeighted } from './stats/time-weighted.ts';
import { KeyedLine } from './keyed-line.ts';
import { WaitingLine } from './waiting-line.ts';

export {
  Outcome,
  type CapacityStep,
  type PoolIntervalCounts,
  type PoolIntervals,
  type PoolOptions,
} from './pool-options.ts';

const NONE = -1;

export class ServerPool {
  readonly name: string;
  readonly line: WaitingLine | KeyedLine;
  /** Largest class (or key) `arrive` accepts, plus one. */
  private readonly classLimit: number;
  private readonly summary: boolean;
  /** Whether starting a service records more than the counts and the wait tally. */
  private readonly startExtras: boolean;
  readonly waitingRoom: number;
  readonly waitThreshold: number;

  // Counters since the last reset.
  arrived = 0;
  completed = 0;
  abandoned = 0;
  balked = 0;
  blocked = 0;
  evicted = 0;
  /** Customers that started service (after the reset). */
  started = 0;
  /** Customers that started service after a wait > 0. */
  waitedCount = 0;
  /** Customers that started service after a wait > waitThreshold. */
  waitsOver = 0;
  /** Customers in the pool when statistics were last reset. */
  presentAtReset = 0;
  /** When statistics were last reset (the start of the run until the first reset). */
  resetAt: number;

  readonly waits: Tally;
  readonly waitsByClass: Tally[];
  readonly abandonWaits: Tally;
  readonly queueLength: TimeWeighted;
  /** Time-weighted staffed servers (open plus closing ones finishing a customer). */
  readonly openServers: TimeWeighted;
  readonly histogram: LogHistogram | null;
  readonly intervals: PoolIntervals | null;

  /** Servers currently open (scheduled). */
  open = 0;
  /** Servers currently busy, including closing ones finishing a customer. */
  busy = 0;
  /** Busy servers that are closing (their id is at or above `open`): staffed until their customer leaves. */
  closingBusy = 0;

  private readonly sim: Simulator;
  private readonly endKind: number;
  private readonly renegeKind: number;
  private readonly balkRule: NonNullable<PoolOptions['balk']> | null;
  private readonly onStart: NonNullable<PoolOptions['onStart']> | null;
  private readonly onLeave: NonNullable<PoolOptions['onLeave']> | null;
  private readonly steps: CapacityStep[];

  // The service time and patience of the customer arriving (see `arrive`).
  private nextService = 0;
  private nextPatience = 0;
  // Per customer (indexed by id): arrival time, service time, patience, class, renege event handle.
  private cArrival: Float64Array;
  private cService: Float64Array;
  private cPatience: Float64Array;
  private cClass: Int32Array;
  private cRenege: Float64Array;
  // Per server: the customer in hand (NONE when idle) and cumulative busy time.
  private sCustomer: Int32Array;
  private sBusySince: Float64Array;
  /** Cumulative busy time per server (since the last reset, counted at service end). */
  serverBusyTime: Float64Array;
  // Idle open servers (a stack) and the first server id never used yet.
  private idle: Int32Array;
  private idleTop = 0;
  private fresh = 0;

  constructor(sim: Simulator, options: PoolOptions) {
    this.sim = sim;
    this.name = options.name ?? 'pool';
    const n = this.name;
    const keyed = options.order === 'key';
    const classes = keyed ? 1 : (options.classes ?? 1);
    this.line = keyed ? new KeyedLine() : new WaitingLine(classes);
    this.classLimit = keyed ? 2 ** 31 : classes;
    const room = options.waitingRoom ?? Infinity;
    if (!(room === Infinity || (Number.isInteger(room) && room >= 0))) {
      throw new ParameterError(`${n}.waitingRoom`, room, 'an integer >= 0 or Infinity', '不小于 0 的整数或 Infinity');
    }
    this.waitingRoom = room;
    this.waitThreshold = nonNegative(`${n}.waitThreshold`, options.waitThreshold ?? 0);
    this.summary = options.summary ?? true;
    this.balkRule = options.balk ?? null;
    this.onStart = options.onStart ?? null;
    this.onLeave = options.onLeave ?? null;
    this.steps = checkCapacity(n, options.capacity, sim.now);

    const t0 = sim.now;
    this.resetAt = t0;
    this.waits = new Tally(`${n}.wait`);
    // With one class the class tally is the overall one (no second Welford update per customer).
    this.waitsByClass =
      classes === 1 ? [this.waits] : Array.from({ length: classes }, (_, k) => new Tally(`${n}.wait[class ${k}]`));
    this.abandonWaits = new Tally(`${n}.abandonWait`);
    this.queueLength = new TimeWeighted(`${n}.queueLength`, t0);
    this.openServers = new TimeWeighted(`${n}.openServers`, t0);
    this.histogram = options.histogram ? new LogHistogram() : null;
    const grid = options.intervals ?? null;
    this.intervals = grid
      ? {
          queue: new IntervalLevel(grid),
          busy: new IntervalLevel(grid),
          open: new IntervalLevel(grid),
          counts:
            options.intervalCounts === false
              ? null
              : {
                  arrivals: new IntervalCounts(grid),
                  started: new IntervalCounts(grid),
                  waitSum: new IntervalCounts(grid),
                  waitsOver: new IntervalCounts(grid),
                  abandoned: new IntervalCounts(grid),
                },
        }
      : null;

    this.startExtras =
      (this.summary && classes > 1) || this.histogram !== null || this.intervals !== null || this.onStart !== null;

    this.cArrival = new Float64Array(64);
    this.cService = new Float64Array(64);
    this.cPatience = new Float64Array(64);
    this.cClass = new Int32Array(64);
    this.cRenege = new Float64Array(64);
    this.sCustomer = new Int32Array(16).fill(NONE);
    this.sBusySince = new Float64Array(16);
    this.serverBusyTime = new Float64Array(16);
    this.idle = new Int32Array(16);

    this.endKind = sim.register(this.endService);
    this.renegeKind = sim.register((customer) => this.renege(customer));
    // Steps already due apply now; later ones are events, scheduled one at a time (each step
    // schedules the next) so that a long schedule does not fill the event calendar.
    const stepKind = sim.register((i) => {
      this.setOpen(this.steps[i].count);
      if (i + 1 < this.steps.length) sim.scheduleTrusted(this.steps[i + 1].time, stepKind, i + 1);
    });
    let current = 0;
    let next = 0;
    while (next < this.steps.length && this.steps[next].time <= sim.now) current = this.steps[next++].count;
    if (next < this.steps.length) sim.schedule(this.steps[next].time, stepKind, next);
    this.setOpen(current);
  }

  /**
   * Server-minutes of service given since the last reset (∫ busy servers dt), including the
   * part done so far by customers still in service. Kept per server at service end rather than
   * as a time-weighted level: one addition per customer instead of two level updates.
   */
  busyIntegral(): number {
    const now = this.sim.now;
    let total = 0;
    for (let s = 0; s < this.fresh; s++) {
      total += this.serverBusyTime[s];
      if (this.sCustomer[s] !== NONE) total += now - this.sBusySince[s];
    }
    return total;
  }

  /** Time-average number of busy servers since the last reset; null when no time has passed. */
  meanBusy(): number | null {
    const span = this.sim.now - this.resetAt;
    return span > 0 ? this.busyIntegral() / span : null;
  }

  /** Time-average number in the pool (waiting plus in service) since the last reset. */
  meanInSystem(): number | null {
    const q = this.queueLength.mean(this.sim.now);
    const b = this.meanBusy();
    return q === null || b === null ? null : q + b;
  }

  /** Customers waiting in line. */
  get waiting(): number {
    return this.line.length;
  }

  /** Servers staffed now: the open ones plus closing ones still finishing a customer. */
  get staffed(): number {
    return this.open + this.closingBusy;
  }

  /** Busy servers among the open ones (a newcomer waits when this equals `open`). */
  get busyOpen(): number {
    return this.busy - this.closingBusy;
  }

  /** Open servers that are idle now (a customer in line implies 0). */
  get idleOpen(): number {
    return this.idleTop + Math.max(0, this.open - this.fresh);
  }

  /**
   * A customer arrives. `service` is its service time (finite, >= 0), `patience` how long it
   * will wait before leaving (>= 0; Infinity never leaves), `cls` its priority class.
   */
  arrive(customer: number, cls: number, service: number, patience: number): void {
    // The doubles go to `admit` through two fields: this wrapper is small enough for V8 to
    // inline it into the model's handler always, and `admit` takes no double, so none is boxed
    // (allocated) when V8 has no inlining budget left for `admit`. The methods below are kept
    // small and pass no doubles to each other either (they read the clock themselves).
    this.nextService = service;
    this.nextPatience = patience;
    this.admit(customer, cls);
  }

  private admit(customer: number, cls: number): void {
    const service = this.nextService;
    const patience = this.nextPatience;
    // One combined test (`x - x === 0` is false for ±Infinity and NaN); the messages are built
    // in a separate cold function.
    if (!(service >= 0 && service - service === 0 && patience >= 0) || cls >>> 0 !== cls || cls >= this.classLimit) {
      this.rejectArrival(cls, service, patience);
    }
    if (customer >= this.cArrival.length) this.growCustomers(customer);
    this.cArrival[customer] = this.sim.now;
    this.cService[customer] = service;
    this.cPatience[customer] = patience;
    this.cClass[customer] = cls;
    this.arrived++;
    if (this.intervals !== null) this.countArrival(customer);
    if (this.idleTop > 0 || this.fresh < this.open) this.startService(customer, this.takeIdleServer());
    else this.join(customer, cls);
  }

  private countArrival(customer: number): void {
    const counts = this.intervals!.counts;
    if (counts !== null) counts.arrivals.add(this.cArrival[customer]);
  }

  /** A customer who found no idle server joins the line (and may renege), or is blocked, or balks. */
  private join(customer: number, cls: number): void {
    if ((this.line.length >= this.waitingRoom || this.balkRule !== null) && this.turnedAway(customer, cls)) return;
    this.line.push(customer, cls);
    this.lineChanged();
    const patience = this.cPatience[customer];
    this.cRenege[customer] =
      patience === Infinity ? NONE : this.sim.scheduleTrustedHandle(this.sim.now + patience, this.renegeKind, customer);
  }

  /** Whether a customer who would have to wait is blocked (the room is full) or balks. */
  private turnedAway(customer: number, cls: number): boolean {
    if (this.line.length >= this.waitingRoom) {
      this.blocked++;
      if (this.onLeave !== null) this.onLeave(customer, Outcome.blocked);
      return true;
    }
    if (this.balkRule !== null && this.balkRule(this, customer, cls)) {
      this.balked++;
      if (this.onLeave !== null) this.onLeave(customer, Outcome.balked);
      return true;
    }
    return false;
  }

  /** Records the line's new length in the time-weighted statistics. */
  private lineChanged(): void {
    const now = this.sim.now;
    if (this.summary) this.queueLength.update(now, this.line.length);
    if (this.intervals !== null) this.intervals.queue.update(now, this.line.length);
  }

  private rejectArrival(cls: number, service: number, patience: number): never {
    if (!(service >= 0 && service - service === 0)) {
      throw new ParameterError(`${this.name}.service`, service, 'a finite duration >= 0', '不小于 0 的有限时长');
    }
    if (!(patience >= 0))
      throw new ParameterError(
        `${this.name}.patience`,
        patience,
        'a duration >= 0 or Infinity',
        '不小于 0 的时长或 Infinity',
      );
    throw new ParameterError(
      `${this.name}.class`,
      cls,
      `an integer from 0 to ${this.classLimit - 1}`,
      `0 到 ${this.classLimit - 1} 之间的整数`,
    );
  }

  /** Sets the number of open servers now (schedules call this; a model may too). */
  setOpen(count: number): void {
    integer(`${this.name}.capacity`, count, 0);
    const now = this.sim.now;
    const old = this.open;
    if (count < old) {
      // Idle servers with ids >= count close now; busy ones close when their customer leaves.
      let k = 0;
      for (let i = 0; i < this.idleTop; i++) if (this.idle[i] < count) this.idle[k++] = this.idle[i];
      this.idleTop = k;
    } else if (count > old) {
      // Servers that were closed become open: the idle ones join the idle stack at once.
      const limit = Math.min(count, this.fresh);
      for (let s = old; s < limit; s++) if (this.sCustomer[s] === NONE) this.pushIdle(s);
    }
    this.open = count;
    // Busy servers at or above the new count are closing: they stay staffed until their customer leaves.
    let closing = 0;
    for (let s = count; s < this.fresh; s++) if (this.sCustomer[s] !== NONE) closing++;
    this.closingBusy = closing;
    this.updateStaffed(now);
    // Newly opened servers take the head of the line at once.
    while (this.line.length > 0 && (this.idleTop > 0 || this.fresh < this.open)) {
      const c = this.line.shift();
      this.afterLeavingLine(c);
      this.startService(c, this.takeIdleServer());
    }
  }

  private updateStaffed(now: number): void {
    const staffed = this.open + this.closingBusy;
    this.openServers.update(now, staffed);
    if (this.intervals !== null) this.intervals.open.update(now, staffed);
  }

  /** Forgets statistics at `now` (end of warm-up); customers present are counted in presentAtReset. */
  resetStats(): void {
    const now = this.sim.now;
    this.presentAtReset = this.line.length + this.busy;
    this.arrived = this.completed = this.abandoned = this.balked = this.blocked = this.evicted = 0;
    this.started = this.waitedCount = this.waitsOver = 0;
    this.waits.reset();
    if (this.line.classes > 1) for (const t of this.waitsByClass) t.reset();
    this.abandonWaits.reset();
    this.queueLength.reset(now);
    this.resetAt = now;
    this.openServers.reset(now);
    this.histogram?.reset();
    this.serverBusyTime.fill(0);
    for (let s = 0; s < this.fresh; s++) if (this.sCustomer[s] !== NONE) this.sBusySince[s] = now;
  }

  /** Closes time-weighted statistics at `now` (call before reading them at the end of a run). */
  close(): void {
    const now = this.sim.now;
    const iv = this.intervals;
    if (iv !== null) {
      iv.queue.close(now);
      iv.busy.close(now);
      iv.open.close(now);
    }
  }

  /** Number of server ids ever used (the size of `serverBusyTime` that matters). */
  get serversUsed(): number {
    return this.fresh;
  }

  private takeIdleServer(): number {
    if (this.idleTop > 0) return this.idle[--this.idleTop];
    const s = this.fresh++;
    if (s >= this.sCustomer.length) this.growServers();
    return s;
  }

  private pushIdle(s: number): void {
    if (this.idleTop >= this.idle.length) this.idle = growI32(this.idle, this.idle.length * 2);
    this.idle[this.idleTop++] = s;
  }

  private startService(c: number, server: number): void {
    const now = this.sim.now;
    const wait = now - this.cArrival[c];
    this.sCustomer[server] = c;
    this.sBusySince[server] = now;
    this.busy++;
    this.started++;
    if (wait > 0) this.waitedCount++;
    if (wait > this.waitThreshold) this.waitsOver++;
    if (this.summary) this.waits.add(wait);
    // The rest (class tallies, histogram, interval series, onStart) in a method of its own,
    // called only by the pools that use any of it.
    if (this.startExtras) this.recordStart(c, server);
    this.sim.scheduleTrusted(now + this.cService[c], this.endKind, server);
  }

  private recordStart(c: number, server: number): void {
    const now = this.sim.now;
    const t = this.cArrival[c];
    const wait = now - t;
    if (this.summary && this.line.classes > 1) this.waitsByClass[this.cClass[c]].add(wait);
    if (this.histogram !== null) this.histogram.add(wait);
    const iv = this.intervals;
    if (iv !== null) {
      const counts = iv.counts;
      if (counts !== null) {
        counts.started.add(t);
        counts.waitSum.add(t, wait);
        if (wait > this.waitThreshold) counts.waitsOver.add(t);
      }
      iv.busy.update(now, this.busy);
    }
    if (this.onStart !== null) this.onStart(c, server, wait);
  }

  /**
   * The end of a service: the handler of the pool's end events, registered as it is. An arrow
   * function rather than a method wrapped in one, because V8 inlines only so much code into one
   * function: a wrapper would spend that budget on this body, leaving the calendar and the
   * statistics it calls out of line (and every double passed to them boxed).
   */
  private readonly endService = (server: number): void => {
    const now = this.sim.now;
    const c = this.sCustomer[server];
    this.serverBusyTime[server] += now - this.sBusySince[server];
    this.completed++;
    if (this.onLeave !== null) this.onLeave(c, Outcome.served);
    if (server < this.open && this.line.length > 0) {
      // The same server takes the next customer: busy count unchanged.
      const next = this.line.shift();
      this.afterLeavingLine(next);
      this.busy--;
      this.startService(next, server);
      return;
    }
    this.sCustomer[server] = NONE;
    this.busy--;
    if (this.intervals !== null) this.intervals.busy.update(now, this.busy);
    if (server < this.open) this.pushIdle(server);
    else {
      // A closing server's last customer has left: it is no longer staffed.
      this.closingBusy--;
      this.updateStaffed(now);
    }
  };

  private renege(c: number): void {
    this.line.remove(c);
    this.abandoned++;
    this.abandonWaits.add(this.sim.now - this.cArrival[c]);
    this.lineChanged();
    const iv = this.intervals;
    if (iv !== null && iv.counts !== null) iv.counts.abandoned.add(this.cArrival[c]);
    if (this.onLeave !== null) this.onLeave(c, Outcome.abandoned);
  }

  /**
   * Sends every waiting customer away now (in line order), each told through `onLeave` with
   * `Outcome.evicted`; their patience events are cancelled. Customers in service stay.
   */
  evictWaiting(): void {
    while (this.line.length > 0) {
      const c = this.line.shift();
      this.afterLeavingLine(c);
      this.evicted++;
      if (this.onLeave !== null) this.onLeave(c, Outcome.evicted);
    }
  }

  /** Bookkeeping when a customer leaves the line for service. */
  private afterLeavingLine(c: number): void {
    const h = this.cRenege[c];
    if (h !== NONE) this.sim.calendar.cancel(h);
    this.lineChanged();
  }

  private growCustomers(customer: number): void {
    let n = this.cArrival.length * 2;
    while (n <= customer) n *= 2;
    this.cArrival = growF64(this.cArrival, n);
    this.cService = growF64(this.cService, n);
    this.cPatience = growF64(this.cPatience, n);
    this.cClass = growI32(this.cClass, n);
    this.cRenege = growF64(this.cRenege, n);
  }

  private growServers(): void {
    const n = this.sCustomer.length * 2;
    const sc = new Int32Array(n).fill(NONE);
    sc.set(this.sCustomer);
    this.sCustomer = sc;
    this.sBusySince = growF64(this.sBusySince, n);
    this.serverBusyTime = growF64(this.serverBusyTime, n);
  }
}
