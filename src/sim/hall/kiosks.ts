/**
 * Rule 5: self-service kiosks (自助办税终端) at their sites, around the clock.
 *
 * Each site is a server pool whose capacity is the kiosks that are up while the site is open.
 * Kiosks fail after exponential operating times (mean MTBF) and are repaired only within the
 * repair hours (so a kiosk that fails at night stays down until the morning); users at a site
 * that closes with a line are served before the doors shut. Availability is the time-average
 * share of kiosks up, over the whole horizon, around the clock.
 */
import { Rng } from '../engine/rng.ts';
import type { Simulator } from '../engine/simulator.ts';
import { Outcome, ServerPool } from '../engine/pool.ts';
import { IntervalLevel, type IntervalGrid } from '../engine/stats/intervals.ts';
import { Tally } from '../engine/stats/tally.ts';
import { TimeWeighted } from '../engine/stats/time-weighted.ts';
import type { Resolved, ResolvedSite } from './resolve.ts';

export interface KioskHooks {
  /** A kiosk user has finished. */
  served(id: number, site: number): void;
  /** Whether this taxpayer's wait counts in the statistics. */
  counted(id: number): boolean;
}

class SiteRun {
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
  served = 0;
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
          if (hooks.counted(id)) this.served++;
          hooks.served(id, index);
        }
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
    this.upTime.update(now, up);
    this.anyUpTime.update(now, up > 0 ? 1 : 0);
    this.upIntervals.update(now, up);
    this.apply();
  }

  get open(): boolean {
    return this.isOpen;
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
    this.sites = sites.map((s, i) => new SiteRun(s, sim, grid, seed, replication, hooks, i));
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
    const day = Math.floor(t / 1440);
    const m = t - day * 1440;
    return m >= s.start && m < s.end && (!s.workingDaysOnly || this.r.calendar.isWorking(day));
  }

  /** Opens or closes site i now, and schedules its next change of state. */
  private scheduleHours(i: number, from: number): void {
    const open = this.isOpenAt(i, from);
    this.sites[i].setOpen(open);
    // Next change: walk forward through day boundaries and the site's hours.
    const s = this.sites[i].site;
    for (let day = Math.floor(from / 1440); day * 1440 < this.r.horizon; day++) {
      for (const t of [day * 1440, day * 1440 + s.start, day * 1440 + s.end]) {
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

  /** Closes the time-weighted statistics at `now`. */
  close(now: number): void {
    for (const run of this.sites) {
      run.upTime.update(now, run.up);
      run.anyUpTime.update(now, run.up > 0 ? 1 : 0);
      run.upIntervals.close(now);
      run.pool.close();
    }
  }
}
