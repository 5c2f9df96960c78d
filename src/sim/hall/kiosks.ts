/**
 * Rule 5: self-service kiosks (自助办税终端) at their sites, around the clock: the sites
 * themselves (hours, failures and repairs, the line and its statistics). Where a kiosk user goes
 * when a site fails them is kiosk-flow.ts.
 *
 * Each site is a server pool whose capacity is the kiosks that are up while the site is open.
 * Kiosks fail after exponential operating times (mean MTBF) and are repaired only within the
 * repair hours (so a kiosk that fails at night stays down until the morning); a kiosk that fails
 * with a user finishes that user's transaction first. Users at a site that closes with a line
 * are served before the doors shut. Nobody waits at a site that cannot serve: when its last
 * working kiosk fails (or it closes with none working) the whole line is sent away at once.
 *
 * Guarantees: nobody waits while one of the site's kiosks is up and idle and the site is open;
 * availability and the share of time with any kiosk up are time averages over the horizon
 * (changes after it are not counted), so they lie in [0, 1].
 */
import { Rng } from '../engine/rng.ts';
import type { Simulator } from '../engine/simulator.ts';
import { Outcome, ServerPool } from '../engine/pool.ts';
import { IntervalLevel, type IntervalGrid } from '../engine/stats/intervals.ts';
import { Tally } from '../engine/stats/tally.ts';
import { TimeWeighted } from '../engine/stats/time-weighted.ts';
import type { Resolved, ResolvedSite } from './resolve.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';

export interface KioskHooks {
  /** Whether this taxpayer's visit counts in the statistics. */
  counted(id: number): boolean;
  /** A kiosk user has finished. */
  served(id: number, site: number): void;
  /** A kiosk user left the line: their patience ran out (`evicted` false) or every kiosk failed. */
  leftLine(id: number, site: number, evicted: boolean): void;
}

/** What happened to a site's users (counted ones), for its metrics. */
export class SiteCounts {
  arrivals = 0;
  served = 0;
  /** Turned away on arrival: the site was closed, every kiosk was down, the line was too long. */
  closed = 0;
  down = 0;
  line = 0;
  /** Left the line: patience ran out, or the last working kiosk failed. */
  gaveUp = 0;
  outOfService = 0;
  /** Then: to the hall's windows at once (the hall site), to another site, to the hall later, home. */
  toWindows = 0;
  toOtherSite = 0;
  toHall = 0;
  left = 0;
}

export class SiteRun {
  readonly pool: ServerPool;
  up: number;
  private isOpen: boolean;
  private draining = false;
  readonly upTime: TimeWeighted;
  /** 1 while at least one kiosk works (the site can serve at all), else 0. */
  readonly anyUpTime: TimeWeighted;
  readonly upIntervals: IntervalLevel;
  readonly waits = new Tally('kiosk.wait');
  readonly waitList: number[] = [];
  readonly counts = new SiteCounts();
  readonly failureRng: Rng;
  readonly repairRng: Rng;
  failures = 0;

  constructor(
    readonly site: ResolvedSite,
    sim: Simulator,
    grid: IntervalGrid,
    seed: number,
    replication: number,
    hooks: KioskHooks,
    index: number,
    /** Time statistics end: changes after it (while the run drains) are not counted. */
    private readonly horizon: number,
  ) {
    this.up = site.kiosks;
    this.isOpen = false;
    this.upTime = new TimeWeighted(`kiosks.${site.id}.up`, 0, site.kiosks);
    this.anyUpTime = new TimeWeighted(`kiosks.${site.id}.anyUp`, 0, site.kiosks > 0 ? 1 : 0);
    this.upIntervals = new IntervalLevel(grid, site.kiosks);
    this.failureRng = Rng.stream(seed, replication, `kiosk:failures:${site.id}`);
    this.repairRng = Rng.stream(seed, replication, `kiosk:repairs:${site.id}`);
    this.pool = new ServerPool(sim, {
      name: `kiosks.${site.id}`,
      capacity: 0,
      intervals: grid,
      intervalCounts: false,
      onStart: (id, _server, wait) => {
        if (hooks.counted(id)) {
          this.waits.add(wait);
          this.waitList.push(wait);
        }
        this.afterLineChange();
      },
      onLeave: (id, outcome) => {
        if (outcome === Outcome.served) {
          if (hooks.counted(id)) this.counts.served++;
          hooks.served(id, index);
          return;
        }
        if (hooks.counted(id)) {
          if (outcome === Outcome.evicted) this.counts.outOfService++;
          else this.counts.gaveUp++;
        }
        this.afterLineChange();
        hooks.leftLine(id, index, outcome === Outcome.evicted);
      },
    });
  }

  setOpen(open: boolean): void {
    this.isOpen = open;
    if (!open && this.pool.waiting > 0) this.draining = true;
    else this.draining = false;
    this.apply();
  }

  setUp(now: number, up: number): void {
    this.up = up;
    const t = Math.min(now, this.horizon);
    this.upTime.update(t, up);
    this.anyUpTime.update(t, up > 0 ? 1 : 0);
    this.upIntervals.update(now, up);
    this.apply();
  }

  get open(): boolean {
    return this.isOpen;
  }

  /** Whether a newcomer can use the site now: open, a kiosk in working order, and at most `maxLine` waiting. */
  usable(maxLine: number): boolean {
    return this.isOpen && this.up > 0 && this.pool.waiting <= maxLine;
  }

  afterLineChange(): void {
    if (this.draining && this.pool.waiting === 0) {
      this.draining = false;
      this.apply();
    }
  }

  private apply(): void {
    // A closed site with a line keeps its working kiosks until the line is served.
    const n = this.isOpen || this.draining ? this.up : 0;
    if (n !== this.pool.open) this.pool.setOpen(n);
    // No working kiosk (or closed with none working): nobody waits at a site that cannot serve.
    if (n === 0 && this.pool.waiting > 0) this.pool.evictWaiting();
  }
}

export class KioskNetwork {
  readonly sites: SiteRun[];
  private readonly hoursKind: number;
  private readonly failKind: number;
  private readonly repairKind: number;

  constructor(
    private readonly sim: Simulator,
    private readonly r: Resolved,
    grid: IntervalGrid,
    seed: number,
    replication: number,
    hooks: KioskHooks,
  ) {
    const sites = r.kiosks!.sites;
    this.sites = sites.map((s, i) => new SiteRun(s, sim, grid, seed, replication, hooks, i, r.horizon));
    this.hoursKind = sim.register((i) => this.hoursStep(i));
    this.failKind = sim.register((p) => this.fail(p >> 12, p & 4095));
    this.repairKind = sim.register((p) => this.repaired(p >> 12, p & 4095));
    this.sites.forEach((run, i) => {
      this.scheduleHours(i, 0);
      const f = run.site.failures;
      if (f) for (let k = 0; k < run.site.kiosks; k++) this.scheduleFailure(i, k, 0);
    });
  }

  /** Whether site i is open at time t (its hours on its days). */
  isOpenAt(i: number, t: number): boolean {
    const s = this.sites[i].site;
    const day = Math.floor(t / MINUTES_PER_DAY);
    const m = t - day * MINUTES_PER_DAY;
    return m >= s.start && m < s.end && (!s.workingDaysOnly || this.r.calendar.isWorking(day));
  }

  /** Opens or closes site i now, and schedules its next change of state. */
  private scheduleHours(i: number, from: number): void {
    const open = this.isOpenAt(i, from);
    this.sites[i].setOpen(open);
    // Next change: walk forward through day boundaries and the site's hours.
    const s = this.sites[i].site;
    for (let day = Math.floor(from / MINUTES_PER_DAY); day * MINUTES_PER_DAY < this.r.horizon; day++) {
      for (const t of [day * MINUTES_PER_DAY, day * MINUTES_PER_DAY + s.start, day * MINUTES_PER_DAY + s.end]) {
        if (t > from && t < this.r.horizon && this.isOpenAt(i, t) !== open) {
          this.sim.schedule(t, this.hoursKind, i);
          return;
        }
      }
    }
  }

  private hoursStep(i: number): void {
    this.scheduleHours(i, this.sim.now);
  }

  private scheduleFailure(site: number, kiosk: number, from: number): void {
    const run = this.sites[site];
    const t = from - run.site.failures!.mtbfMinutes * Math.log(run.failureRng.nextOpen());
    if (t < this.r.horizon) this.sim.schedule(t, this.failKind, (site << 12) | kiosk);
  }

  private fail(site: number, kiosk: number): void {
    const run = this.sites[site];
    const f = run.site.failures!;
    const now = this.sim.now;
    run.failures++;
    run.setUp(now, run.up - 1);
    const done = this.r.calendar.addWorkTime(now, Math.max(f.repair.sample(run.repairRng), 1e-9), f.hours);
    this.sim.schedule(done, this.repairKind, (site << 12) | kiosk);
  }

  private repaired(site: number, kiosk: number): void {
    const run = this.sites[site];
    run.setUp(this.sim.now, run.up + 1);
    this.scheduleFailure(site, kiosk, this.sim.now);
  }

  /** Closes the time-weighted statistics at the end of the run (counted up to the horizon). */
  close(now: number): void {
    const t = Math.min(now, this.r.horizon);
    for (const run of this.sites) {
      run.upTime.update(t, run.up);
      run.anyUpTime.update(t, run.up > 0 ? 1 : 0);
      run.upIntervals.close(now);
      run.pool.close();
    }
  }
}
