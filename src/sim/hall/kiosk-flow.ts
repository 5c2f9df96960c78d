/**
 * Where a kiosk user goes (Rule 5): they reach a site, use it if they can (it is open, a kiosk
 * works, and at most `switchQueueLength` wait), else, or when they give up waiting or every
 * kiosk fails while they wait, they go elsewhere:
 *
 *  1. at the hall site while the hall takes tickets: to its windows at once;
 *  2. with `otherSite` (once per visit): to the open site with a working kiosk and the shortest
 *     line, arriving after the travel time (with no such site, as 3);
 *  3. with `hall`: to the hall's windows, arriving after the travel time (none from the hall
 *     site); if the hall is closed for the day by then, on its next working day at a time drawn
 *     from that day's arrivals;
 *  4. otherwise home (a visit that ends unserved: `leftKiosk`).
 *
 * The choice among 2–4 is one uniform drawn with the taxpayer (common random numbers).
 */
import type { Simulator } from '../engine/simulator.ts';
import { profileTime } from './demand.ts';
import type { KioskNetwork, SiteRun } from './kiosks.ts';
import type { Resolved } from './resolve.ts';
import { type Taxpayers, U_ELSEWHERE, U_ELSEWHERE_TIME } from './taxpayers.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';

export interface KioskFlowHooks {
  /** To the hall's windows now (a walk-in's path after the kiosk choice). */
  toWindows(id: number): void;
  /** To the hall's windows at time t (scheduled by the hall). */
  toHallAt(id: number, t: number): void;
  /** The visit ends unserved. */
  left(id: number): void;
  /** Coming to the hall only after the horizon (not simulated). */
  beyondHorizon(id: number): void;
}

export class KioskFlow {
  private readonly arriveKind: number;

  constructor(
    private readonly sim: Simulator,
    private readonly r: Resolved,
    private readonly tp: Taxpayers,
    private readonly net: KioskNetwork,
    private readonly hooks: KioskFlowHooks,
  ) {
    this.arriveKind = sim.register((id) => this.arriveAt(id, this.tp.site[id]));
  }

  /** A kiosk user reaches site s now. */
  arriveAt(id: number, s: number): void {
    const tp = this.tp;
    const run = this.net.sites[s];
    const counted = tp.counted[id] === 1;
    tp.site[id] = s;
    tp.kioskTries[id]++;
    if (counted) run.counts.arrivals++;
    const maxLine = this.r.kiosks!.switchQueueLength;
    if (run.usable(maxLine)) {
      run.pool.arrive(id, 0, tp.kioskTime[id], tp.kioskPatience[id]);
      return;
    }
    if (counted) {
      const c = run.counts;
      if (!run.open) c.closed++;
      else if (run.up === 0) c.down++;
      else c.line++;
    }
    this.elsewhere(id, s);
  }

  /** A user left site s's line (gave up, or every kiosk failed). */
  leftLine(id: number, s: number): void {
    this.elsewhere(id, s);
  }

  private elsewhere(id: number, s: number): void {
    const r = this.r;
    const ks = r.kiosks!;
    const tp = this.tp;
    const counts = this.net.sites[s].counts;
    const counted = tp.counted[id] === 1;
    const now = this.sim.now;
    const atHallSite = s === ks.hallSite;
    if (atHallSite && this.hallTakesTickets(now)) {
      if (counted) counts.toWindows++;
      this.hooks.toWindows(id);
      return;
    }
    const u = tp.u(id, U_ELSEWHERE);
    if (u < ks.otherSite && tp.kioskTries[id] === 1) {
      const next = this.otherSite(s, now + ks.travel);
      if (next >= 0) {
        if (counted) counts.toOtherSite++;
        tp.site[id] = next;
        this.sim.schedule(now + ks.travel, this.arriveKind, id);
        return;
      }
    }
    if (u < ks.otherSite + ks.toHall) {
      const t = this.hallTime(id, atHallSite ? now : now + ks.travel);
      if (t === -1) {
        if (counted) counts.left++;
        this.hooks.beyondHorizon(id);
        return;
      }
      if (counted) counts.toHall++;
      this.hooks.toHallAt(id, t);
      return;
    }
    if (counted) counts.left++;
    this.hooks.left(id);
  }

  /** Whether the hall's ticket machine works at t (a working day, from opening to the cut-off). */
  private hallTakesTickets(t: number): boolean {
    const day = Math.floor(t / MINUTES_PER_DAY);
    const tod = t - day * MINUTES_PER_DAY;
    return this.r.calendar.isWorking(day) && tod >= this.r.open && tod < this.r.ticketEnd;
  }

  /**
   * The site other than s that will be open at `at` with a kiosk working now and the shortest
   * line (the first of equals), or −1.
   */
  private otherSite(s: number, at: number): number {
    let best = -1;
    let bestLine = Infinity;
    this.net.sites.forEach((run: SiteRun, i) => {
      if (i === s || run.up === 0 || !this.net.isOpenAt(i, at)) return;
      if (run.pool.waiting < bestLine) {
        bestLine = run.pool.waiting;
        best = i;
      }
    });
    return best;
  }

  /**
   * When a user heading for the hall reaches its windows: at `t` if that day the hall still takes
   * tickets (before opening they wait for it: the hall's own arrival path sees to that), else on
   * its next working day at a time drawn from that day's arrivals; −1 after the horizon.
   */
  private hallTime(id: number, t: number): number {
    const r = this.r;
    const day = Math.floor(t / MINUTES_PER_DAY);
    if (day < r.days && r.calendar.isWorking(day) && t - day * MINUTES_PER_DAY < r.ticketEnd) return t;
    const next = r.calendar.workingDayAfter(day, 1);
    if (next >= r.days) return -1;
    return (
      next * MINUTES_PER_DAY +
      profileTime(r.intraday[r.calendar.dayType(next)], this.tp.u(id, U_ELSEWHERE_TIME), r.open, r.ticketEnd)
    );
  }
}
