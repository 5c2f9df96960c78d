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
import { Outcome } from '../engine/pool.ts';
import { Rng } from '../engine/rng.ts';
import { Simulator } from '../engine/simulator.ts';
import { IntervalCounts, IntervalGrid } from '../engine/stats/intervals.ts';
import { generateBookings, type Bookings } from './bookings.ts';
import { BackOffice } from './cases.ts';
import { KioskNetwork } from './kiosks.ts';
import { KioskFlow } from './kiosk-flow.ts';
import type { Resolved } from './resolve.ts';
import { Station } from './station.ts';
import { APPOINTMENT, CHANNEL_INDEX, Taxpayers, U_FORFEIT, U_KIOSK, WALK_IN } from './taxpayers.ts';
import { WaitRecords } from './waits.ts';
import { Counters, type Ending } from './counters.ts';
import type { Router } from './routing.ts';
import { hallSetup } from './setup.ts';
import { Sources } from './sources.ts';
import { BALK, JOIN, LEAVE, atTicketMachine, returnTime } from './decisions.ts';
import { Hotline } from './hotline.ts';
import { GroupLoadRecorder, type GroupLoadOptions } from './group-load.ts';
import { TicketLogRecorder } from './ticket-log.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';

/**
 * Storage kept between replications on the same thread (one replication runs at a time): the
 * taxpayer arrays and wait records are large, and reallocating them each time made the garbage
 * collector's helper threads take a share of a core that a second worker needs.
 */
const spare: { tp: Taxpayers; waits: WaitRecords }[] = [];

/**
 * Lets the garbage collector have the storage kept between replications: the next replication
 * on this thread starts on new arrays (the tests use it to check that kept storage changes no result).
 */
export function dropSpareStorage(): void {
  spare.length = 0;
}

export class HallRun {
  readonly sim = new Simulator();
  readonly tp: Taxpayers;
  readonly grid: IntervalGrid;
  readonly stations: Station[];
  readonly guidance: Station | null;
  readonly kiosks: KioskNetwork | null;
  private readonly kioskFlow: KioskFlow | null;
  readonly backOffice: BackOffice | null;
  /** The 12366 hotline (null when the scenario has none). */
  readonly hotline: Hotline | null;
  readonly waits: WaitRecords;
  readonly c = new Counters();
  readonly tickets: IntervalCounts;
  readonly bookings: Bookings;
  /** The planner's per-group, per-interval load (only when asked for). */
  readonly groupLoad: GroupLoadRecorder | null;
  /** The ticketing system's log (only when asked for). */
  readonly ticketLog: TicketLogRecorder | null;
  private readonly router: Router;
  private readonly guidanceRng: Rng;
  private readonly bookedKind: number;
  private readonly ticketKind: number;
  private readonly windowsKind: number;

  constructor(
    readonly r: Resolved,
    readonly seed: number,
    readonly replication: number,
    options: { groupLoad?: boolean | GroupLoadOptions; ticketLog?: boolean } = {},
  ) {
    const sim = this.sim;
    this.groupLoad = options.groupLoad
      ? new GroupLoadRecorder(r, options.groupLoad === true ? {} : options.groupLoad)
      : null;
    this.ticketLog = options.ticketLog ? new TicketLogRecorder(r) : null;
    let visitors = 0;
    for (let d = 0; d < r.days; d++) visitors += r.volume[d];
    const reuse = spare.pop();
    this.tp = reuse?.tp ?? new Taxpayers();
    this.tp.reset();
    this.waits = reuse?.waits ?? new WaitRecords(visitors * 1.1);
    this.waits.reset(r.types.length, r.groups.length);
    this.grid = new IntervalGrid(0, r.interval, r.days * r.intervalsPerDay);
    this.tickets = new IntervalCounts(this.grid);
    const setup = hallSetup(r);
    const stepKind = sim.register((i) => this.stations[i].step());
    const guidanceStep = sim.register(() => this.guidance!.step());
    this.stations = r.groups.map(
      (g) =>
        new Station(
          sim,
          g.index,
          setup.groupSteps[g.index],
          {
            name: `windows.${g.id}`,
            classes: 3,
            summary: false, // waits are kept in WaitRecords, levels by interval
            onStart: (id, server, wait) => this.started(g.index, id, server, wait),
            onLeave: (id, outcome) => this.leftWindow(g.index, id, outcome),
          },
          this.grid,
          stepKind,
        ),
    );
    this.guidance = setup.guidanceSteps
      ? new Station(
          sim,
          0,
          setup.guidanceSteps,
          {
            name: 'guidance',
            onStart: () => this.guidance!.afterLineChange(),
            onLeave: (id) => this.issueTicket(id),
          },
          this.grid,
          guidanceStep,
        )
      : null;
    this.guidanceRng = Rng.stream(seed, replication, 'guidance');
    this.backOffice = r.backOffice ? new BackOffice(sim, r, seed, replication) : null;
    const backOffice = this.backOffice;
    this.hotline = r.hotline
      ? new Hotline(
          sim,
          r,
          this.grid,
          seed,
          replication,
          backOffice && {
            openCase: (type, credit, seat, counted) =>
              backOffice.accept(type, credit, -1, seat, counted, undefined, 'hotline'),
          },
          this.groupLoad?.hotline ?? null,
        )
      : null;
    this.kiosks = r.kiosks
      ? new KioskNetwork(sim, r, this.grid, seed, replication, {
          counted: (id) => this.tp.counted[id] === 1,
          served: (id) => this.kioskServed(id),
          leftLine: (id, site) => this.kioskFlow!.leftLine(id, site),
        })
      : null;
    this.windowsKind = sim.register((id) => this.toWindows(id));
    this.kioskFlow = this.kiosks
      ? new KioskFlow(sim, r, this.tp, this.kiosks, {
          toWindows: (id) => {
            if (this.tp.counted[id]) this.c.switchedToWindow++;
            this.toWindows(id);
          },
          toHallAt: (id, t) => {
            if (t > this.sim.now) this.sim.schedule(t, this.windowsKind, id);
            else this.toWindows(id);
          },
          left: (id) => this.outcome(id, 'leftKiosk'),
          beyondHorizon: (id) => {
            if (this.tp.counted[id]) this.c.returnsBeyondHorizon++;
            this.outcome(id, 'leftKiosk');
          },
        })
      : null;

    this.router = setup.router;

    // Walk-ins: one source per business type.
    new Sources(sim, r, this.tp, seed, replication, setup.walkIns, (id) => {
      this.arrive(id, false);
      this.hallArrival(id);
    });

    // Booked taxpayers and people coming back arrive at planned times.
    this.bookedKind = sim.register((id) => this.bookedArrival(id));
    this.ticketKind = sim.register((id) => this.takeTicket(id));
    this.bookings = generateBookings(r, seed, replication, this.tp);
    this.hotline?.addBookingCalls(this.bookings.made, seed, replication);
    // Each day's booked arrivals are put in the calendar at the start of that day (a small calendar is a fast one).
    const dayKind = sim.register((d) => {
      const ids = this.bookings.ids[d];
      const times = this.bookings.times[d];
      for (let k = 0; k < ids.length; k++) sim.schedule(times[k], this.bookedKind, ids[k]);
    });
    this.bookings.ids.forEach((ids, d) => {
      if (ids.length > 0) sim.schedule(d * MINUTES_PER_DAY, dayKind, d);
    });

    // Kiosk sites' own users: one source per site, types in proportion to kiosk-able demand.
    new Sources(sim, r, this.tp, seed, replication, setup.siteUsers, (id, s) => this.siteUser(id, s));
  }

  /**
   * Runs the horizon (a day at a time, telling `onDay` the share of days done), then lets the
   * hall empty and the back office answer its cases.
   */
  run(onDay?: (fraction: number) => void): void {
    const r = this.r;
    if (onDay) {
      for (let d = 1; d <= r.days; d++) {
        this.sim.run(d * MINUTES_PER_DAY);
        onDay(d / r.days);
      }
    } else this.sim.run(r.horizon);
    // Until every taxpayer has left: those inside, and those on their way (a late booking, one
    // coming on from a kiosk site), whose arrival is in the calendar.
    const limit = r.horizon + 400 * MINUTES_PER_DAY;
    while (
      (this.tp.ids.inUse > 0 || (this.backOffice?.open ?? 0) > 0 || this.callersInside() > 0) &&
      this.sim.now < limit &&
      this.sim.calendar.size > 0
    ) {
      this.sim.run(Math.min(limit, this.sim.now + MINUTES_PER_DAY));
    }
    for (const s of this.stations) {
      s.flushOvertime();
      s.pool.close();
    }
    this.guidance?.pool.close();
    this.kiosks?.close(this.sim.now);
    this.hotline?.close();
  }

  /** Callers on the hotline now (holding for an agent or talking to one). */
  private callersInside(): number {
    return this.hotline ? this.hotline.pool.waiting + this.hotline.pool.busy : 0;
  }

  /** Gives the storage back for the next replication (after the results are built). */
  release(): void {
    spare.push({ tp: this.tp, waits: this.waits });
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
    const type = r.types[tp.type[id]];
    // Rule 5: kiosk-able matters may go to the hall's self-service kiosks instead, while that
    // site is open (once a visit: one who came on from a kiosk goes to the windows).
    const ks = r.kiosks;
    if (
      ks &&
      ks.hallSite >= 0 &&
      type.kiosk &&
      tp.kioskTries[id] === 0 &&
      tp.u(id, U_KIOSK) < type.kiosk.eligibleShare * ks.choiceShare &&
      this.kiosks!.isOpenAt(ks.hallSite, this.sim.now)
    ) {
      if (tp.counted[id]) this.c.kioskHallUsers++;
      tp.group[id] = -1;
      this.kioskFlow!.arriveAt(id, ks.hallSite);
      return;
    }
    this.toWindows(id);
  }

  /** To the windows: a ticket now, at opening or after lunch, or turned away after the cut-off. */
  private toWindows(id: number): void {
    const r = this.r;
    const now = this.sim.now;
    const day = Math.floor(now / MINUTES_PER_DAY);
    const tod = now - day * MINUTES_PER_DAY;
    if (!r.calendar.isWorking(day) || tod >= r.ticketEnd) {
      this.outcome(id, 'turnedAway');
      return;
    }
    if (tod < r.open) {
      this.sim.schedule(day * MINUTES_PER_DAY + r.open, this.ticketKind, id);
      return;
    }
    if (r.lunch && tod >= r.lunch.start && tod < r.lunch.end) {
      this.sim.schedule(day * MINUTES_PER_DAY + r.lunch.end, this.ticketKind, id);
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
    const tp = this.tp;
    const g = this.route(id, WALK_IN);
    const decision = atTicketMachine(
      this.r,
      tp,
      id,
      this.stations[g].pool,
      g,
      this.sim.now,
      this.c,
      this.backOffice !== null,
    );
    if (decision === JOIN) this.join(id, g);
    else if (decision === BALK) this.outcome(id, 'balked');
    else if (decision === LEAVE) this.outcome(id, 'leftAfterPrediction');
    else {
      this.backOffice!.accept(tp.type[id], tp.credit[id], -1, -1, tp.counted[id] === 1, {
        limitDays: this.r.closing.leftCaseLimitDays,
        work: tp.service[id],
      });
      this.outcome(id, 'leftAsCase');
    }
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
    if (now > tp.slot[id] + grace || now - Math.floor(now / MINUTES_PER_DAY) * MINUTES_PER_DAY >= r.close) {
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
    const day = Math.floor(now / MINUTES_PER_DAY);
    const at = Math.max(now, tp.slot[id], day * MINUTES_PER_DAY + r.open);
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
    if (tp.counted[id]) {
      this.tickets.add(now);
      if (this.groupLoad) {
        const pool = this.stations[g].pool;
        // What the joiner met: the line and the open windows' taxpayers. Those finishing at
        // windows that are closing take no newcomer, so counting them would make a joiner who
        // found a free open window look delayed (and the planner overstaff after a step down).
        this.groupLoad.joined(g, CHANNEL_INDEX[tp.channel[id]], now, pool.busyOpen + pool.waiting);
      }
      this.ticketLog?.joined(id, now, tp.type[id], tp.channel[id], g);
    }
    this.stations[g].pool.arrive(id, tp.channel[id], tp.service[id], tp.patience[id]);
  }

  private route(id: number, channel: number): number {
    return this.router.route(this.tp.type[id], channel, this.stations);
  }

  /** A kiosk site's own user arrives (kiosk-flow.ts: the site, or elsewhere). */
  private siteUser(id: number, s: number): void {
    this.arrive(id, true);
    this.tp.group[id] = -2;
    this.kioskFlow!.arriveAt(id, s);
  }

  // --- service and departures -----------------------------------------------------------

  private started(g: number, id: number, server: number, wait: number): void {
    const tp = this.tp;
    tp.server[id] = server;
    if (tp.counted[id]) {
      this.waits.add(tp.ticket[id], wait, tp.type[id], CHANNEL_INDEX[tp.channel[id]], g);
      this.groupLoad?.served(g, CHANNEL_INDEX[tp.channel[id]], tp.ticket[id], wait, tp.service[id]);
      this.ticketLog?.started(id, this.sim.now, g, server);
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
      this.ticketLog?.finished(id, this.sim.now, !type.immediate && this.backOffice !== null);
      if (!type.immediate && this.backOffice)
        this.backOffice.accept(type.index, tp.credit[id], g, tp.server[id], tp.counted[id] === 1);
      this.outcome(id, 'servedWindow');
      return;
    }
    if (tp.counted[id]) {
      this.waits.abandon(tp.ticket[id], tp.type[id], CHANNEL_INDEX[tp.channel[id]], g);
      this.groupLoad?.abandoned(g, CHANNEL_INDEX[tp.channel[id]], tp.ticket[id]);
      this.ticketLog?.abandoned(id, this.sim.now);
    }
    this.stations[g].afterLineChange();
    this.outcome(id, 'abandoned');
  }

  private kioskServed(id: number): void {
    const tp = this.tp;
    // Hall visitors who chose a kiosk (group −1) took that much work away from the windows.
    if (tp.counted[id] && tp.group[id] === -1) this.c.windowMinutesRemoved += tp.service[id];
    this.outcome(id, 'servedKiosk');
  }

  private outcome(id: number, what: Ending): void {
    const tp = this.tp;
    const c = this.c;
    if (tp.counted[id]) {
      c.present--;
      c.record(what);
    }
    const mayReturn =
      what === 'abandoned' || what === 'balked' || what === 'turnedAway' || what === 'leftAfterPrediction';
    if (mayReturn && this.comeBack(id)) return;
    tp.release(id);
  }

  /** Some of those who leave unserved come back on a later working day (once). */
  private comeBack(id: number): boolean {
    const tp = this.tp;
    const at = returnTime(this.r, tp, id, this.sim.now);
    if (at === -2 && tp.counted[id]) this.c.returnsBeyondHorizon++;
    if (at < 0) return false;
    tp.returns[id]++;
    tp.channel[id] = WALK_IN;
    tp.predicted[id] = NaN;
    this.sim.schedule(at, this.bookedKind, id);
    return true;
  }
}
