/**
 * The 12366 hotline (rules 1 and 5): fresh calls around the clock, the self-service voice menu,
 * a line for the human agents, callers who hang up and call again.
 *
 * A fresh call arrives (a Poisson process whose rate follows the day's kind and the profile),
 * about a business type; so do the calls about matters moved online (`online.callShare` of each
 * type's moved demand, one Poisson source per type, over the same profile). The voice menu
 * finishes it with the type's share; otherwise the caller asks for an agent. With no agent on
 * the phones (outside the agents' hours, or none scheduled) the caller is told the hours and the
 * call ends there. Otherwise the call joins the agents'
 * line (first come, first served) and waits until an agent answers or the caller's patience runs
 * out; one who hangs up calls again with the redial probability after the redial delay (the
 * voice menu is not tried twice), or gives up for good. An answered call about a non-immediate
 * type becomes a first-inquiry case with `caseShare` (the agent is its first-inquiry officer),
 * which the back office handles as every other case. With `callbacks`, a caller about to hold
 * may accept a callback instead and hang up; agents make the callbacks when nobody holds
 * (hotline-callbacks.ts).
 *
 * Guarantees:
 *  - A caller's whole story is counted when its fresh call is (at or after the warm-up), so for
 *    the counted callers: fresh = voice menu + answered + gave up + told the hours + redial due
 *    after the horizon + callbacks accepted (`HotlineCounts`; tests/hall/hotline.test.ts and
 *    hotline-callbacks.test.ts check it), and attempts = fresh + redials = voice menu + offered
 *    to agents + told the hours + callbacks accepted. A caller who accepts a callback is not
 *    offered to the agents (nor in `byInterval`, nor in the planner's load); its callback is
 *    accounted apart: accepted = made + queued at the horizon, made = reached + not reached.
 *  - Its own random streams (`hotline:*`): adding a hotline changes no draw of the hall's, and
 *    a hotline without callbacks (or whose callers never accept) draws exactly as before them.
 *  - No redial is made after the horizon (it is counted as due beyond it), nor any callback (it
 *    is counted as queued at the horizon): the run ends with the hall's horizon, and the agents'
 *    steps end there too.
 */
import { PoissonArrivals, type PiecewiseRate } from '../engine/arrivals.ts';
import { Outcome, ServerPool } from '../engine/pool.ts';
import { Rng } from '../engine/rng.ts';
import type { Simulator } from '../engine/simulator.ts';
import { IntervalCounts, type IntervalGrid } from '../engine/stats/intervals.ts';
import { MINUTES_PER_DAY, parseTimeOfDay } from '../scenario/index.ts';
import { channelDay, type ResolvedHotline } from './resolve-hotline.ts';
import { CallbackCounts, HotlineCallbacks } from './hotline-callbacks.ts';
import { profileTime, RateBuilder } from './demand.ts';
import type { HotlineLoadRecorder } from './hotline-load.ts';
import type { Resolved } from './resolved.ts';

/** What happened to the counted callers and their attempts. */
export class HotlineCounts {
  fresh = 0;
  /** Of the fresh calls, those about a matter moved online (`online.callShare`). */
  fromOnline = 0;
  /** Of the fresh calls, those booking an appointment (`bookings`): they go straight to an agent. */
  bookingCalls = 0;
  attempts = 0;
  redials = 0;
  /** Finished by the voice menu. */
  ivr = 0;
  /** Told the agents' hours (no agent on the phones). */
  outsideHours = 0;
  /** Attempts that joined the agents' line. */
  offered = 0;
  answered = 0;
  /** Attempts answered within each `answerWithin` threshold. */
  answeredWithin: number[];
  abandoned = 0;
  /** Callers who hung up and did not call again. */
  gaveUp = 0;
  /** Callers whose redial would come after the horizon. */
  redialBeyondHorizon = 0;
  /** Sum of the waits of answered attempts, minutes. */
  waitSum = 0;
  /** First-inquiry cases opened (on answered calls and reached callbacks). */
  cases = 0;
  /** Callbacks (all zero without them). */
  readonly callbacks = new CallbackCounts();
  constructor(thresholds: number) {
    this.answeredWithin = new Array<number>(thresholds).fill(0);
  }
}

/** Per-interval counts of the counted attempts, by the interval the attempt was made in. */
export interface HotlineIntervalCounts {
  offered: IntervalCounts;
  answered: IntervalCounts;
  /** Answered within the first service-level threshold. */
  answeredWithin: IntervalCounts;
  abandoned: IntervalCounts;
}

export interface HotlineCaseSink {
  /** Opens a first-inquiry case of type `type` for the caller now; `seat` is the agent's seat. */
  openCase(type: number, credit: number, seat: number, counted: boolean): void;
}

export class Hotline {
  readonly pool: ServerPool;
  readonly c: HotlineCounts;
  readonly byInterval: HotlineIntervalCounts;
  private readonly h: ResolvedHotline;
  private readonly arrivals: PoissonArrivals;
  /** Calls about matters moved online, one source per type (its type fixed). */
  private readonly onlineArrivals: { type: number; gen: PoissonArrivals }[];
  private readonly onlineKind: number;
  private readonly bookingKind: number;
  /** The type of each booking call, by the payload of its event. */
  private readonly bookingTypes: number[] = [];
  private readonly freshKind: number;
  private readonly redialKind: number;
  private readonly rng: { type: Rng; ivr: Rng; handling: Rng; patience: Rng; redial: Rng; cases: Rng };
  /** Callbacks (null: none). */
  private readonly callbacks: HotlineCallbacks | null;
  // Callers (one id per fresh call, kept through its redials).
  private type: number[] = [];
  private counted: Uint8Array = new Uint8Array(1024);
  private attemptAt: number[] = [];

  constructor(
    private readonly sim: Simulator,
    private readonly r: Resolved,
    grid: IntervalGrid,
    seed: number,
    replication: number,
    private readonly cases: HotlineCaseSink | null,
    /** The planner's load (hotline-load.ts), when asked for. */
    private readonly load: HotlineLoadRecorder | null = null,
  ) {
    const h = r.hotline!;
    this.h = h;
    this.c = new HotlineCounts(h.answerWithin.length);
    this.byInterval = {
      offered: new IntervalCounts(grid),
      answered: new IntervalCounts(grid),
      answeredWithin: new IntervalCounts(grid),
      abandoned: new IntervalCounts(grid),
    };
    const stream = (name: string) => Rng.stream(seed, replication, `hotline:${name}`);
    this.rng = {
      type: stream('type'),
      ivr: stream('ivr'),
      handling: stream('handling'),
      patience: stream('patience'),
      redial: stream('redial'),
      cases: stream('cases'),
    };
    this.pool = new ServerPool(sim, {
      name: 'hotline',
      capacity: h.agentSteps,
      // Callback jobs wait in a class of their own, behind the callers holding.
      classes: h.callbacks ? 2 : 1,
      summary: false,
      intervals: grid,
      intervalCounts: false,
      onStart: (id, seat, wait) => {
        if (this.callbacks !== null && this.callbacks.owns(id)) this.callbackMade(id, seat, wait);
        else this.answered(id, seat, wait);
      },
      onLeave: (id, outcome) => {
        if (outcome !== Outcome.abandoned) return;
        if (this.callbacks !== null && this.callbacks.owns(id)) this.callbacks.expired(this.counted[id] === 1);
        else this.hungUp(id);
      },
    });
    this.callbacks = h.callbacks
      ? new HotlineCallbacks(h.callbacks, this.c.callbacks, this.pool, h.handling.mean, r.horizon, seed, replication)
      : null;
    this.freshKind = sim.register(() => this.fresh());
    this.onlineKind = sim.register((i) => this.fromOnline(i));
    this.bookingKind = sim.register((i) => {
      if (this.sim.now >= this.r.warmupEnd) this.c.bookingCalls++;
      this.call(this.bookingTypes[i], false);
    });
    this.redialKind = sim.register((id) => this.attempt(id));
    this.arrivals = new PoissonArrivals(callRates(r, h), stream('arrivals'));
    const first = this.arrivals.next(0);
    if (first < r.horizon) sim.schedule(first, this.freshKind);
    this.onlineArrivals = onlineCallRates(r, h).map(({ type, rate }, i) => {
      const gen = new PoissonArrivals(rate, stream(`online:${r.types[type].id}`));
      const at = gen.next(0);
      if (at < r.horizon) sim.schedule(at, this.onlineKind, i);
      return { type, gen };
    });
  }

  private fresh(): void {
    const now = this.sim.now;
    const next = this.arrivals.next(now);
    if (next < this.r.horizon) this.sim.scheduleTrusted(next, this.freshKind, 0);
    const cum = this.h.typeCumulative;
    const u = this.rng.type.next();
    let t = 0;
    while (u >= cum[t] && t < cum.length - 1) t++;
    this.call(t);
  }

  /** A call about a matter moved online (source i of `onlineArrivals`). */
  private fromOnline(i: number): void {
    const source = this.onlineArrivals[i];
    const next = source.gen.next(this.sim.now);
    if (next < this.r.horizon) this.sim.scheduleTrusted(next, this.onlineKind, i);
    if (this.sim.now >= this.r.warmupEnd) this.c.fromOnline++;
    this.call(source.type);
  }

  /**
   * The calls that booked the hall's appointments by phone (`bookings.share` of them, drawn from a
   * stream of their own), each on a day `leadDays` (at least one) before its slot, at a time of
   * the profile within the agents' hours; a call that would come before the horizon is left out.
   */
  addBookingCalls(made: readonly { type: number; slot: number }[], seed: number, replication: number): void {
    const b = this.h.bookings;
    if (!b) return;
    const rng = Rng.stream(seed, replication, 'hotline:bookings');
    const hours = this.agentHours();
    for (const booking of made) {
      if (rng.next() >= b.share) continue;
      const lead = 1 + Math.floor(b.leadDays.sample(rng));
      const u = rng.next();
      const day = Math.floor(booking.slot / MINUTES_PER_DAY) - lead;
      if (day < 0 || hours === null) continue;
      const at = day * MINUTES_PER_DAY + profileTime(this.h.profile, u, hours.start, hours.end);
      this.bookingTypes.push(booking.type);
      this.sim.schedule(at, this.bookingKind, this.bookingTypes.length - 1);
    }
  }

  /** The agents' hours in minutes of the day (null: none). */
  private agentHours(): { start: number; end: number } | null {
    const h = this.r.scenario.hotline!.agents.hours;
    return h === '24h'
      ? { start: 0, end: MINUTES_PER_DAY }
      : { start: parseTimeOfDay(h.start)!, end: parseTimeOfDay(h.end)! };
  }

  /** A new caller about type t calls now (through the voice menu unless told not to). */
  private call(t: number, menu = true): void {
    const now = this.sim.now;
    const id = this.type.length;
    this.type.push(t);
    this.attemptAt.push(now);
    if (id >= this.counted.length) {
      const grown = new Uint8Array(this.counted.length * 2);
      grown.set(this.counted);
      this.counted = grown;
    }
    const counted = now >= this.r.warmupEnd;
    this.counted[id] = counted ? 1 : 0;
    if (counted) this.c.fresh++;
    // The voice menu, on the first call only.
    if (menu && this.rng.ivr.next() < this.h.ivr[t]) {
      if (counted) {
        this.c.attempts++;
        this.c.ivr++;
      }
      return;
    }
    this.attempt(id, false);
  }

  /** The caller asks for an agent now (its first call past the menu, or a redial). */
  private attempt(id: number, redial = true): void {
    const now = this.sim.now;
    const counted = this.counted[id] === 1;
    this.attemptAt[id] = now;
    if (counted) {
      this.c.attempts++;
      if (redial) this.c.redials++;
    }
    if (this.pool.open === 0) {
      if (counted) this.c.outsideHours++;
      return;
    }
    // Drawn whatever the caller does next (common random numbers): a callback takes this time.
    const handling = this.h.handling.sample(this.rng.handling);
    const patience = this.h.patience.sample(this.rng.patience);
    if (this.callbacks !== null && this.callbacks.offer(id, counted, handling, now)) return;
    if (counted) {
      this.c.offered++;
      this.byInterval.offered.add(now);
      // What the caller met: agents busy and callers holding (queued callbacks delay nobody).
      this.load?.offered(now, this.pool.busyOpen + this.pool.line.lengthOf(0));
    }
    this.pool.arrive(id, 0, handling, patience);
  }

  private answered(id: number, seat: number, wait: number): void {
    if (this.counted[id] !== 1) return;
    const c = this.c;
    const at = this.attemptAt[id];
    c.answered++;
    c.waitSum += wait;
    this.byInterval.answered.add(at);
    const within = this.h.answerWithin;
    for (let i = 0; i < within.length; i++) if (wait <= within[i]) c.answeredWithin[i]++;
    if (wait <= within[0]) this.byInterval.answeredWithin.add(at);
    this.load?.answered(at, wait <= within[0]);
    this.maybeCase(id, seat, this.rng.cases);
  }

  /** An agent makes caller id's callback now, `delay` minutes after the request. */
  private callbackMade(id: number, seat: number, delay: number): void {
    const cb = this.callbacks!;
    const counted = this.counted[id] === 1;
    if (cb.made(id, counted, delay) && counted && this.maybeCase(id, seat, cb.casesRng)) this.c.callbacks.cases++;
  }

  /** A served caller's matter becomes a first-inquiry case with `caseShare` (non-immediate types). */
  private maybeCase(id: number, seat: number, rng: Rng): boolean {
    const type = this.r.types[this.type[id]];
    if (this.cases && !type.immediate && rng.next() < this.h.caseShare) {
      this.c.cases++;
      const credit = creditOf(type.creditCumulative, rng.next());
      this.cases.openCase(type.index, credit, seat, true);
      return true;
    }
    return false;
  }

  private hungUp(id: number): void {
    const counted = this.counted[id] === 1;
    if (counted) {
      this.c.abandoned++;
      this.byInterval.abandoned.add(this.attemptAt[id]);
      this.load?.abandoned(this.attemptAt[id]);
    }
    const redial = this.h.redial;
    if (redial === null || this.rng.redial.next() >= redial.probability) {
      if (counted) this.c.gaveUp++;
      return;
    }
    const at = this.sim.now + redial.delay.sample(this.rng.redial);
    if (at >= this.r.horizon) {
      if (counted) this.c.redialBeyondHorizon++;
      return;
    }
    this.sim.schedule(at, this.redialKind, id);
  }

  /** Ends the statistics (after the run). */
  close(): void {
    this.pool.close();
  }
}

/** Index of the credit class a uniform draw falls in. */
function creditOf(cumulative: Float64Array, u: number): number {
  let k = 0;
  while (u >= cumulative[k] && k < cumulative.length - 1) k++;
  return k;
}

/**
 * Calls about matters moved online, per type that has any: the type's moved demand of each day
 * times the call share, spread over the hotline's profile on the same day.
 */
function onlineCallRates(r: Resolved, h: ResolvedHotline): { type: number; rate: PiecewiseRate }[] {
  if (h.onlineCallShare <= 0) return [];
  const T = r.types.length;
  const out: { type: number; rate: PiecewiseRate }[] = [];
  for (let t = 0; t < T; t++) {
    let any = false;
    const b = new RateBuilder();
    for (let d = 0; d < r.days; d++) {
      const calls = r.movedOnline[d * T + t] * h.onlineCallShare;
      if (calls > 0) any = true;
      b.addDay(d * MINUTES_PER_DAY, calls, h.profile);
    }
    b.add(r.horizon, 0);
    if (any) out.push({ type: t, rate: b.build() });
  }
  return out;
}

/** Fresh calls per minute over the horizon: each day's calls spread over the profile. */
function callRates(r: Resolved, h: ResolvedHotline): PiecewiseRate {
  const b = new RateBuilder();
  for (let d = 0; d < r.days; d++) b.addDay(d * MINUTES_PER_DAY, h.callsPerDay[channelDay(r.calendar, d)], h.profile);
  b.add(r.horizon, 0);
  return b.build();
}
