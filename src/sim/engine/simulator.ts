/**
 * The simulation clock and run loop.
 *
 * A model registers one handler per kind of event (`register`) and gets back a small integer;
 * it then schedules events as (time, kind, payload). `run(until)` fires every event with
 * time <= until in (time, scheduling order), advancing `now`; events after `until` stay pending
 * and a later `run` continues from them (nothing is dropped at the horizon).
 *
 * The clock is simulated time in the model's unit (HallFlow uses minutes). There is no wall
 * clock here and no randomness: the same schedule of events always runs the same way.
 */
import { EventCalendar } from './calendar.ts';
import { ParameterError } from '../errors.ts';

/** Runs one event; `payload` is the integer given to `schedule`. */
export type Handler = (payload: number) => void;

export class Simulator {
  /** Current simulated time. */
  now = 0;
  /** Events fired so far (all runs). */
  eventsFired = 0;
  readonly calendar: EventCalendar;
  private handlers: Handler[] = [];
  private stopped = false;
  private calls: Array<(() => void) | undefined> = [];
  private freeCalls: number[] = [];
  private callKind: number;

  constructor(startTime = 0, initialCapacity = 64) {
    if (!Number.isFinite(startTime)) {
      throw new ParameterError('startTime', startTime, 'a finite number', '有限数值');
    }
    this.now = startTime;
    this.calendar = new EventCalendar(initialCapacity);
    this.callKind = this.register((i) => {
      const fn = this.calls[i]!;
      this.calls[i] = undefined;
      this.freeCalls.push(i);
      fn();
    });
  }

  /** Registers a handler and returns the kind to schedule it with. */
  register(handler: Handler): number {
    if (typeof handler !== 'function') {
      throw new ParameterError('handler', handler, 'a function', '函数');
    }
    this.handlers.push(handler);
    return this.handlers.length - 1;
  }

  /**
   * Schedules `kind` at absolute `time` (>= now) with an integer payload; returns a handle
   * for `cancel`. A time in the past, NaN or infinite is a programming error and throws.
   */
  schedule(time: number, kind: number, payload = 0): number {
    // One comparison covers NaN (fails >=) and -Infinity; +Infinity is rejected explicitly:
    // an event that never happens should simply not be scheduled. The messages are built in a
    // cold function so that this hot one stays small enough for V8 to inline.
    if (!(time >= this.now) || time === Infinity || kind >>> 0 !== kind || kind >= this.handlers.length)
      this.rejectSchedule(time, kind);
    const cal = this.calendar;
    return cal.handleOf(cal.push(time, kind, payload | 0));
  }

  private rejectSchedule(time: number, kind: number): never {
    if (!(time >= this.now) || time === Infinity) {
      throw new ParameterError(
        'time',
        time,
        `a finite time >= now (${this.now})`,
        `不早于当前时刻（${this.now}）的有限时间`,
      );
    }
    throw new ParameterError(
      'kind',
      kind,
      `a registered event kind (0..${this.handlers.length - 1})`,
      `已注册的事件类型`,
    );
  }

  /**
   * Schedules without checking the arguments and without a handle (it cannot be cancelled):
   * for the kernel's own hot paths (the server pool), whose times are `now` plus a duration
   * already validated. Models use `schedule`.
   */
  scheduleTrusted(time: number, kind: number, payload: number): void {
    this.calendar.push(time, kind, payload);
  }

  /** As `scheduleTrusted`, returning a handle for `cancel`. */
  scheduleTrustedHandle(time: number, kind: number, payload: number): number {
    const cal = this.calendar;
    return cal.handleOf(cal.push(time, kind, payload));
  }

  /** Schedules `kind` after `delay` (>= 0) from now. */
  scheduleIn(delay: number, kind: number, payload = 0): number {
    return this.schedule(this.now + delay, kind, payload);
  }

  /** Runs a one-off callback at `time` (for rare events such as the end of a warm-up). */
  at(time: number, fn: () => void): number {
    const i = this.freeCalls.length > 0 ? this.freeCalls.pop()! : this.calls.length;
    this.calls[i] = fn;
    return this.schedule(time, this.callKind, i);
  }

  /** Cancels a pending event; false if it already fired or was cancelled. */
  cancel(handle: number): boolean {
    const cal = this.calendar;
    if (!cal.isPending(handle)) return false;
    const slot = cal.slotOf(handle);
    if (cal.kindOf(slot) === this.callKind) {
      const i = cal.payloadOf(slot);
      this.calls[i] = undefined;
      this.freeCalls.push(i);
    }
    cal.cancelSlot(slot);
    return true;
  }

  /** Stops the current `run` after the event being fired. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Fires events in order while the next one is at or before `until` (inclusive); then sets
   * `now = until` if `until` is finite (the clock reaches the horizon even if the calendar
   * empties earlier, so time-weighted statistics can be closed at the horizon).
   * Returns the number of events fired by this call.
   */
  run(until = Infinity): number {
    if (Number.isNaN(until) || until < this.now) {
      throw new ParameterError('until', until, `a time >= now (${this.now})`, `不早于当前时刻（${this.now}）的时间`);
    }
    this.stopped = false;
    const fired = this.fire(until);
    this.calendar.settle();
    this.eventsFired += fired;
    if (!this.stopped && until !== Infinity && this.now < until) this.now = until;
    return fired;
  }

  /**
   * The loop of `run`, in a method of its own. V8 compiles a long loop while it runs (on-stack
   * replacement), before the code after the loop has ever run; a call there, with no type
   * feedback yet, made that compiled code bail out at the end of every run.
   */
  private fire(until: number): number {
    const cal = this.calendar;
    const handlers = this.handlers;
    let fired = 0;
    for (;;) {
      // The event just fired stays on top of the calendar until its handler's first schedule
      // takes its place (one sift instead of two); if the handler scheduled nothing, remove it.
      if (cal.unsettled) cal.settle();
      if (cal.size === 0) break;
      const t = cal.topTime();
      if (t > until) break;
      const slot = cal.take();
      // Read the event before the handler runs: the slot may be reused by its schedules.
      const kind = cal.kindOf(slot);
      const payload = cal.payloadOf(slot);
      this.now = t;
      fired++;
      handlers[kind](payload);
      if (this.stopped) break;
    }
    return fired;
  }
}
