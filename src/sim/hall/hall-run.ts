/**
 * One replication of the hall: taxpayers arrive (walk-ins per business type, booked
 * appointments and staggered bookings, kiosk sites' own users, people coming back), take a
 * ticket (through the guidance desk when there is one), choose a window group, wait, are served
 * or give up; non-immediate matters become cases; windows follow their schedules and stay open
 * at closing until everyone inside is served.
 *
 * This file is the flow of a taxpayer; the stations, kiosks, back office, bookings and
 * statistics live in their own files.
 */
import { PoissonArrivals } from '../engine/arrivals.ts';
import { Outcome } from '../engine/pool.ts';
import { Rng } from '../engine/rng.ts';
import { Simulator } from '../engine/simulator.ts';
import { IntervalCounts, IntervalGrid } from '../engine/stats/intervals.ts';
import { TypeStreams, drawTaxpayer } from './attributes.ts';
import { generateBookings, type Bookings } from './bookings.ts';
import { BackOffice } from './cases.ts';
import { kioskSiteRates, profileTime, walkInRates } from './demand.ts';
import { KioskNetwork } from './kiosks.ts';
import type { Resolved } from './resolve.ts';
import { Station } from './station.ts';
import {
  APPOINTMENT,
  CHANNEL_INDEX,
  STAGGERED,
  Taxpayers,
  U_BALK,
  U_FORFEIT,
  U_KIOSK,
  U_LEAVE,
  U_LEFT_CASE,
  U_RETURN,
  U_RETURN_DAY,
  U_RETURN_TIME,
  WALK_IN,
} from './taxpayers.ts';
import { WaitRecords } from './waits.ts';

/** Counts of what happened to counted taxpayers (arrived after the warm-up). */
export class Counters {
  arrivals = 0;
  arrivalsWalkIn = 0;
  arrivalsAppointment = 0;
  arrivalsStaggered = 0;
  arrivalsKioskSite = 0;
  returned = 0;
  servedWindow = 0;
  servedKiosk = 0;
  abandoned = 0;
  balkedTicket = 0;
  turnedAway = 0;
  leftAfterPrediction = 0;
  forfeited = 0;
  forfeitedToTicket = 0;
  leftAsCase = 0;
  switchedToWindow = 0;
  returnsBeyondHorizon = 0;
  kioskHallUsers = 0;
  windowMinutesRemoved = 0;
  present = 0;
  shown = 0;
  shownLong = 0;
  predictedN = 0;
  predictedSum = 0;
  actualSum = 0;
  errorSum = 0;
  absErrorSum = 0;
}

export class HallRun {
  readonly sim = new Simulator();
  readonly tp = new Taxpayers();
  readonly grid: IntervalGrid;
  readonly stations: Station[];
  readonly guidance: Station | null;
  readonly kiosks: KioskNetwork | null;
  readonly backOffice: BackOffice | null;
  readonly waits: WaitRecords;
  readonly c = new Counters();
  readonly tickets: IntervalCounts;
  readonly bookings: Bookings;
  /** Groups that serve (type, channel code): candidates[type * 3 + channel]. */
  private readonly candidates: Int32Array[];
  private readonly preferred: Int32Array;
  private readonly walkIns: PoissonArrivals[];
  private readonly walkStreams: TypeStreams[];
  private readonly siteArrivals: PoissonArrivals[];
  private readonly siteStreams: TypeStreams[][];
  private readonly siteMix: Float64Array[];
  private readonly guidanceRng: Rng;
  private readonly walkInKind: number;
  private readonly bookedKind: number;
  private readonly ticketKind: number;
  private readonly siteKind: number;

  constructor(
    readonly r: Resolved,
    readonly seed: number,
    readonly replication: number,
  ) {
    const sim = this.sim;
    let visitors = 0;
    for (let d = 0; d < r.days; d++) visitors += r.volume[d];
    this.waits = new WaitRecords(visitors * 1.1);
    this.grid = new IntervalGrid(0, r.interval, r.days * r.intervalsPerDay);
    this.tickets = new IntervalCounts(this.grid);
    const stepKind = sim.register((i) => this.stations[i].step());
    const guidanceStep = sim.register(() => this.guidance!.step());
    this.stations = r.groups.map(
      (g) =>
        new Station(sim, g.index, r, (type, k) => g.schedule[type][k], {
          name: `windows.${g.id}`,
          classes: 3,
          summary: false, // waits are kept in WaitRecords, levels by interval
          onStart: (id, server, wait) => this.started(g.index, id, server, wait),
          onLeave: (id, outcome) => this.leftWindow(g.index, id, outcome),
        }, this.grid, stepKind),
    );
    this.guidance = r.guidance
      ? new Station(sim, 0, r, () => r.guidance!.staff, {
          name: 'guidance',
          onStart: () => this.guidance!.afterLineChange(),
          onLeave: (id) => this.issueTicket(id),
        }, this.grid, guidanceStep)
      : null;
    this.guidanceRng = Rng.stream(seed, replication, 'guidance');
    this.backOffice = r.backOffice ? new BackOffice(sim, r, seed, replication) : null;
    this.kiosks = r.kiosks
      ? new KioskNetwork(sim, r, this.grid, seed, replication, {
          counted: (id) => this.tp.counted[id] === 1,
          served: (id, site) => this.kioskServed(id, site),
        })
      : null;

    // Eligible groups per (type, channel). Booked taxpayers go to the windows set up for them
    // (green channel for staggered bookings, appointment windows for appointments) when any is
    // open: `preferred` counts how many leading candidates are those.
    this.candidates = [];
    this.preferred = new Int32Array(r.types.length * 3);
    for (const t of r.types) {
      for (let ch = 0; ch < 3; ch++) {
        const eligible = r.groups.filter((g) => g.serves[t.index] && g.channels[CHANNEL_INDEX[ch]]);
        const own = ch === STAGGERED ? 'green' : ch === APPOINTMENT ? 'appointment' : null;
        const first = eligible.filter((g) => g.kind === own);
        this.candidates[t.index * 3 + ch] = Int32Array.from([...first, ...eligible.filter((g) => g.kind !== own)].map((g) => g.index));
        this.preferred[t.index * 3 + ch] = first.length;
      }
    }

    // Walk-ins: one arrival stream per business type.
    this.walkInKind = sim.register((t) => this.walkIn(t));
    const rates = walkInRates(r);
    this.walkStreams = r.types.map((t) => new TypeStreams(seed, replication, 'walkIn', t.id));
    this.walkIns = r.types.map((t, i) => {
      const gen = new PoissonArrivals(rates[i], Rng.stream(seed, replication, `walkIn:arrivals:${t.id}`));
      const first = gen.next(0);
      if (first < r.horizon) sim.schedule(first, this.walkInKind, i);
      return gen;
    });

    // Booked taxpayers and people coming back arrive at planned times.
    this.bookedKind = sim.register((id) => this.bookedArrival(id));
    this.ticketKind = sim.register((id) => this.takeTicket(id));
    this.bookings = generateBookings(r, seed, replication, this.tp);
    // Each day's booked arrivals are put in the calendar at the start of that day (a small calendar is a fast one).
    const dayKind = sim.register((d) => {
      const ids = this.bookings.ids[d];
      const times = this.bookings.times[d];
      for (let k = 0; k < ids.length; k++) sim.schedule(times[k], this.bookedKind, ids[k]);
    });
    this.bookings.ids.forEach((ids, d) => {
      if (ids.length > 0) sim.schedule(d * 1440, dayKind, d);
    });

    // Kiosk sites' own users.
    this.siteKind = sim.register((s) => this.siteUser(s));
    const siteRates = kioskSiteRates(r);
    const sites = r.kiosks?.sites ?? [];
    this.siteStreams = sites.map((s) => r.types.map((t) => new TypeStreams(seed, replication, `kiosk:${s.id}`, t.id)));
    this.siteMix = sites.map(() => {
      const w = r.types.map((t) => (t.kiosk ? t.kiosk.eligibleShare * (r.scenario.types[t.index].share) : 0));
      const total = w.reduce((a, b) => a + b, 0);
      let acc = 0;
      return Float64Array.from(w, (x) => (acc += total > 0 ? x / total : 0));
    });
    this.siteArrivals = sites.map((s, i) => {
      const gen = new PoissonArrivals(siteRates[i], Rng.stream(seed, replication, `kiosk:arrivals:${s.id}`));
      const first = gen.next(0);
      if (first < r.horizon && this.siteMix[i][r.types.length - 1] > 0) sim.schedule(first, this.siteKind, i);
      return gen;
    });
  }

  /** Runs the horizon, then lets the hall empty and the back office answer its cases. */
  run(): void {
    const r = this.r;
    this.sim.run(r.horizon);
    const limit = r.horizon + 400 * 1440;
    while ((this.occupancy() > 0 || (this.backOffice?.open ?? 0) > 0) && this.sim.now < limit && this.sim.calendar.size > 0) {
      this.sim.run(Math.min(limit, this.sim.now + 1440));
    }
    for (const s of this.stations) {
      s.flushOvertime();
      s.pool.close();
    }
    this.guidance?.pool.close();
    this.kiosks?.close(this.sim.now);
  }

  /** Taxpayers inside a pool now (waiting or being served). */
  occupancy(): number {
    let n = 0;
    for (const s of this.stations) n += s.pool.waiting + s.pool.busy;
    if (this.guidance) n += this.guidance.pool.waiting + this.guidance.pool.busy;
    for (const k of this.kiosks?.sites ?? []) n += k.pool.waiting + k.pool.busy;
    return n;
  }

  // --- arrivals -------------------------------------------------------------------------

  private walkIn(t: number): void {
    const r = this.r;
    const id = this.tp.create();
    drawTaxpayer(this.tp, id, r, r.types[t], this.walkStreams[t]);
    this.tp.channel[id] = WALK_IN;
    const next = this.walkIns[t].next(this.sim.now);
    // Times from the arrival generator are finite and not in the past: no checks needed.
    if (next < r.horizon) this.sim.scheduleTrusted(next, this.walkInKind, t);
    this.arrive(id, false);
    this.hallArrival(id);
  }

  /** Counts an arrival (first visit or return) and marks whether it is in the statistics. */
  private arrive(id: number, kioskSite: boolean): void {
    const counted = this.sim.now >= this.r.warmupEnd;
    this.tp.counted[id] = counted ? 1 : 0;
    if (!counted) return;
    const c = this.c;
    c.arrivals++;
    c.present++;
    if (this.tp.returns[id] > 0) c.returned++;
    const ch = this.tp.channel[id];
    if (kioskSite) c.arrivalsKioskSite++;
    else if (ch === WALK_IN) c.arrivalsWalkIn++;
    else if (ch === APPOINTMENT) c.arrivalsAppointment++;
    else c.arrivalsStaggered++;
  }

  /** A walk-in (or anyone taking an ordinary ticket) reaches the hall now. */
  private hallArrival(id: number): void {
    const r = this.r;
    const tp = this.tp;
    const now = this.sim.now;
    const day = Math.floor(now / 1440);
    const tod = now - day * 1440;
    const type = r.types[tp.type[id]];
    // Rule 5: kiosk-able matters may go to the hall's self-service kiosks instead.
    const ks = r.kiosks;
    if (ks && ks.hallSite >= 0 && type.kiosk && tp.u(id, U_KIOSK) < type.kiosk.eligibleShare * ks.choiceShare && this.kiosks!.isOpenAt(ks.hallSite, now)) {
      const site = this.kiosks!.sites[ks.hallSite];
      const hallOpen = r.calendar.isWorking(day) && tod >= r.open && tod < r.ticketEnd;
      if (hallOpen && site.pool.waiting > ks.switchQueueLength) {
        if (tp.counted[id]) this.c.switchedToWindow++;
      } else {
        if (tp.counted[id]) this.c.kioskHallUsers++;
        tp.group[id] = -1;
        site.pool.arrive(id, 0, tp.kioskTime[id], Infinity);
        return;
      }
    }
    if (!r.calendar.isWorking(day) || tod >= r.ticketEnd) {
      this.outcome(id, 'turnedAway');
      return;
    }
    if (tod < r.open) {
      this.sim.schedule(day * 1440 + r.open, this.ticketKind, id);
      return;
    }
    if (r.lunch && tod >= r.lunch.start && tod < r.lunch.end) {
      this.sim.schedule(day * 1440 + r.lunch.end, this.ticketKind, id);
      return;
    }
    this.takeTicket(id);
  }

  /** At the ticket machine (or to the guidance desk first). Booked taxpayers check in here. */
  private takeTicket(id: number): void {
    if (this.tp.channel[id] !== WALK_IN) {
      this.queue(id);
      return;
    }
    if (this.guidance) {
      this.guidance.pool.arrive(id, 0, this.r.guidance!.time.sample(this.guidanceRng), Infinity);
      return;
    }
    this.issueTicket(id);
  }

  /** A walk-in gets a ticket: may balk at the line, or near closing leave after a prediction. */
  private issueTicket(id: number): void {
    const r = this.r;
    const tp = this.tp;
    const now = this.sim.now;
    const g = this.route(id, WALK_IN);
    const pool = this.stations[g].pool;
    const ahead = pool.line.lengthOf(0) + pool.line.lengthOf(1) + pool.line.lengthOf(2);
    const bk = r.behaviour.balking;
    if (bk && ahead > bk.fromAhead && tp.u(id, U_BALK) < Math.min(1, (ahead - bk.fromAhead) / (bk.allAhead - bk.fromAhead))) {
      this.outcome(id, 'balked');
      return;
    }
    // Rule 4: near closing, a predicted wait is shown: people ahead × mean time / open windows.
    const tod = now - Math.floor(now / 1440) * 1440;
    if (tod >= r.close - r.closing.prediction) {
      const open = Math.max(1, pool.open);
      const predicted = pool.busy < pool.open && ahead === 0 ? 0 : ((ahead + 1) * r.groups[g].meanService) / open;
      const counted = tp.counted[id] === 1;
      if (counted) this.c.shown++;
      if (predicted > r.closing.longWait) {
        if (counted) this.c.shownLong++;
        if (tp.u(id, U_LEAVE) < r.closing.leaveProbability) {
          this.outcome(id, 'leftAfterPrediction');
          return;
        }
        if (this.backOffice && tp.u(id, U_LEFT_CASE) < r.closing.leaveWithHallShare) {
          this.backOffice.accept(tp.type[id], tp.credit[id], -1, -1, counted, { limitDays: r.closing.leftCaseLimitDays, work: tp.service[id] });
          this.outcome(id, 'leftAsCase');
          return;
        }
      }
      tp.predicted[id] = predicted;
    }
    this.join(id, g);
  }

  /** A booked taxpayer arrives: on time within the grace period, or forfeits the booking. */
  private bookedArrival(id: number): void {
    const r = this.r;
    const tp = this.tp;
    if (tp.channel[id] === WALK_IN) {
      this.arrive(id, false);
      this.hallArrival(id);
      return;
    }
    this.arrive(id, false);
    const now = this.sim.now;
    const grace = r.appointments ? r.appointments.grace : Infinity;
    // Later than the grace period, or after closing: the appointment is given up.
    if (now > tp.slot[id] + grace || now - Math.floor(now / 1440) * 1440 >= r.close) {
      // Missed the appointment: given up (the rules), take an ordinary ticket or leave.
      if (tp.u(id, U_FORFEIT) < (r.appointments?.forfeitTicketShare ?? 1)) {
        if (tp.counted[id]) this.c.forfeitedToTicket++;
        tp.channel[id] = WALK_IN;
        this.hallArrival(id);
      } else {
        this.outcome(id, 'forfeited');
      }
      return;
    }
    // Check in at the slot's start (not before opening): the wait counts from then.
    const day = Math.floor(now / 1440);
    const at = Math.max(now, tp.slot[id], day * 1440 + r.open);
    if (at > now) this.sim.schedule(at, this.ticketKind, id);
    else this.queue(id);
  }

  /** A booked taxpayer joins the line of a group serving its channel (priority class). */
  private queue(id: number): void {
    this.join(id, this.route(id, this.tp.channel[id]));
  }

  private join(id: number, g: number): void {
    const tp = this.tp;
    const now = this.sim.now;
    tp.ticket[id] = now;
    tp.group[id] = g;
    if (tp.counted[id]) this.tickets.add(now);
    this.stations[g].pool.arrive(id, tp.channel[id], tp.service[id], tp.patience[id]);
  }

  /**
   * Picks the group: among the preferred groups if one is open (see `preferred`), else among
   * all eligible ones; the first open one ('firstEligible') or the one with the shortest expected
   * wait, (people ahead + 1) × mean handling time / open windows.
   */
  private route(id: number, channel: number): number {
    const key = this.tp.type[id] * 3 + channel;
    const cands = this.candidates[key];
    let n = this.preferred[key];
    let anyOpen = false;
    for (let i = 0; i < n; i++) if (this.stations[cands[i]].pool.open > 0) anyOpen = true;
    if (!anyOpen) n = cands.length;
    if (n === 1 || this.r.routing === 'firstEligible') {
      for (let i = 0; i < n; i++) if (this.stations[cands[i]].pool.open > 0) return cands[i];
      return cands[0];
    }
    let best = cands[0];
    let bestWait = Infinity;
    for (let i = 0; i < n; i++) {
      const g = cands[i];
      const pool = this.stations[g].pool;
      if (pool.open === 0) continue;
      let ahead = 0;
      for (let k = 0; k <= channel; k++) ahead += pool.line.lengthOf(k);
      const expected = ahead === 0 && pool.busy < pool.open ? 0 : ((ahead + 1) * this.r.groups[g].meanService) / pool.open;
      if (expected < bestWait) {
        bestWait = expected;
        best = g;
      }
    }
    return best;
  }

  private siteUser(s: number): void {
    const r = this.r;
    const mix = this.siteMix[s];
    const next = this.siteArrivals[s].next(this.sim.now);
    if (next < r.horizon) this.sim.scheduleTrusted(next, this.siteKind, s);
    const rng = this.siteStreams[s][0].choice;
    const u = rng.next();
    let t = 0;
    while (u >= mix[t] && t < mix.length - 1) t++;
    const id = this.tp.create();
    drawTaxpayer(this.tp, id, r, r.types[t], this.siteStreams[s][t]);
    this.tp.channel[id] = WALK_IN;
    this.arrive(id, true);
    const site = this.kiosks!.sites[s];
    const now = this.sim.now;
    const day = Math.floor(now / 1440);
    const tod = now - day * 1440;
    const hallOpen = s === r.kiosks!.hallSite && r.calendar.isWorking(day) && tod >= r.open && tod < r.ticketEnd;
    if (hallOpen && site.pool.waiting > r.kiosks!.switchQueueLength) {
      if (this.tp.counted[id]) this.c.switchedToWindow++;
      this.takeTicket(id);
      return;
    }
    this.tp.group[id] = -2;
    site.pool.arrive(id, 0, this.tp.kioskTime[id], Infinity);
  }

  // --- service and departures -----------------------------------------------------------

  private started(g: number, id: number, server: number, wait: number): void {
    const tp = this.tp;
    tp.server[id] = server;
    if (tp.counted[id]) {
      this.waits.add(tp.ticket[id], wait, tp.type[id], CHANNEL_INDEX[tp.channel[id]], g);
      const p = tp.predicted[id];
      if (p === p) {
        const c = this.c;
        c.predictedN++;
        c.predictedSum += p;
        c.actualSum += wait;
        c.errorSum += p - wait;
        c.absErrorSum += Math.abs(p - wait);
      }
    }
    this.stations[g].afterLineChange();
  }

  private leftWindow(g: number, id: number, outcome: number): void {
    const tp = this.tp;
    if (outcome === Outcome.served) {
      this.stations[g].finished(tp.server[id], tp.service[id]);
      const type = this.r.types[tp.type[id]];
      if (!type.immediate && this.backOffice) this.backOffice.accept(type.index, tp.credit[id], g, tp.server[id], tp.counted[id] === 1);
      this.outcome(id, 'servedWindow');
      return;
    }
    if (tp.counted[id]) this.waits.abandon(tp.ticket[id], tp.type[id], CHANNEL_INDEX[tp.channel[id]], g);
    this.stations[g].afterLineChange();
    this.outcome(id, 'abandoned');
  }

  private kioskServed(id: number, site: number): void {
    const tp = this.tp;
    // Hall visitors who chose a kiosk (group −1) took that much work away from the windows.
    if (tp.counted[id] && tp.group[id] === -1) this.c.windowMinutesRemoved += tp.service[id];
    this.outcome(id, 'servedKiosk');
  }

  private outcome(id: number, what: 'servedWindow' | 'servedKiosk' | 'abandoned' | 'balked' | 'turnedAway' | 'leftAfterPrediction' | 'forfeited' | 'leftAsCase'): void {
    const tp = this.tp;
    const c = this.c;
    if (tp.counted[id]) {
      c.present--;
      // A switch on constant strings, not c[what]++: a keyed store of a dynamic name is slow.
      switch (what) {
        case 'servedWindow':
          c.servedWindow++;
          break;
        case 'servedKiosk':
          c.servedKiosk++;
          break;
        case 'abandoned':
          c.abandoned++;
          break;
        case 'balked':
          c.balkedTicket++;
          break;
        case 'turnedAway':
          c.turnedAway++;
          break;
        case 'leftAfterPrediction':
          c.leftAfterPrediction++;
          break;
        case 'forfeited':
          c.forfeited++;
          break;
        case 'leftAsCase':
          c.leftAsCase++;
          break;
      }
    }
    const mayReturn = what === 'abandoned' || what === 'balked' || what === 'turnedAway' || what === 'leftAfterPrediction';
    if (mayReturn && this.comeBack(id)) return;
    tp.release(id);
  }

  /** Some of those who leave unserved come back on a later working day (once). */
  private comeBack(id: number): boolean {
    const r = this.r;
    const tp = this.tp;
    if (tp.returns[id] > 0 || !(tp.u(id, U_RETURN) < r.behaviour.returnShare)) return false;
    const today = Math.floor(this.sim.now / 1440);
    const day = r.calendar.workingDayAfter(today, 1 + Math.floor(tp.u(id, U_RETURN_DAY) * r.behaviour.returnWithinDays));
    if (day >= r.days) {
      if (tp.counted[id]) this.c.returnsBeyondHorizon++;
      return false;
    }
    const tod = profileTime(r.intraday[r.calendar.dayType(day)], tp.u(id, U_RETURN_TIME), r.open, r.ticketEnd);
    tp.returns[id]++;
    tp.channel[id] = WALK_IN;
    tp.predicted[id] = NaN;
    this.sim.schedule(day * 1440 + tod, this.bookedKind, id);
    return true;
  }
}

export { STAGGERED, APPOINTMENT, WALK_IN };
