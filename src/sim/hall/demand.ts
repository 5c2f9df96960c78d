/**
 * Demand as arrival rates over the whole horizon: walk-ins per business type (the hall's daily
 * volume × type share × intraday profile, less those who book appointments and those moved by
 * staggered invitations) and the kiosk sites' own around-the-clock users.
 *
 * The rates are deterministic functions of the scenario, built once per scenario; the random
 * arrivals are drawn from them by the kernel's non-homogeneous Poisson generator.
 */
import { PiecewiseRate } from '../engine/arrivals.ts';
import type { Piece, Resolved } from './resolve.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';

/** Collects (time, rate) breakpoints, merging equal times and equal consecutive rates. */
export class RateBuilder {
  readonly times: number[] = [];
  readonly rates: number[] = [];
  add(time: number, rate: number): void {
    const n = this.times.length;
    if (n > 0 && this.times[n - 1] === time) {
      this.rates[n - 1] = rate;
      if (n > 1 && this.rates[n - 2] === rate) {
        this.times.pop();
        this.rates.pop();
      }
      return;
    }
    if (n > 0 && this.rates[n - 1] === rate) return;
    this.times.push(time);
    this.rates.push(rate);
  }
  /** `volume` arrivals spread over a profile on the day starting at `dayStart`. */
  addDay(dayStart: number, volume: number, profile: Piece[]): void {
    this.add(dayStart, 0);
    if (volume > 0) {
      for (const p of profile) {
        if (p.end <= p.start || p.share <= 0) continue;
        this.add(dayStart + p.start, (volume * p.share) / (p.end - p.start));
        this.add(dayStart + p.end, 0);
      }
    }
  }
  build(): PiecewiseRate {
    if (this.times.length === 0) this.add(0, 0);
    return new PiecewiseRate(this.times, this.rates);
  }
}

/** Whether day d's demand is invited to come earlier (a staggered-booking peak day). */
export function isPeakDay(r: Resolved, d: number): boolean {
  const st = r.staggered;
  if (!st || !r.calendar.isWorking(d)) return false;
  const type = r.calendar.dayType(d);
  if (st.fromDayTypes.includes(type)) return true;
  const toDeadline = r.calendar.daysToDeadline(d);
  return type === 'filing' && st.lastWorkingDays > 0 && toDeadline >= 1 && toDeadline <= st.lastWorkingDays;
}

/** Share of a day's type demand that walks in (not booked, not moved by an accepted invitation). */
export function walkInFraction(r: Resolved, d: number): number {
  const booked = r.appointments ? r.appointments.share : 0;
  const moved = r.staggered && isPeakDay(r, d) ? r.staggered.invite * r.staggered.acceptance : 0;
  return (1 - booked) * (1 - moved);
}

const walkInCache = new WeakMap<Resolved, PiecewiseRate[]>();

/** Walk-in arrival rate per business type, per minute, over the horizon. */
export function walkInRates(r: Resolved): PiecewiseRate[] {
  const hit = walkInCache.get(r);
  if (hit) return hit;
  const T = r.types.length;
  const rates = r.types.map((t) => {
    const b = new RateBuilder();
    for (let d = 0; d < r.days; d++) {
      const v = r.volume[d] * r.shares[d * T + t.index] * walkInFraction(r, d);
      b.addDay(d * MINUTES_PER_DAY, v, r.intraday[r.calendar.dayType(d)]);
    }
    b.add(r.horizon, 0);
    return b.build();
  });
  walkInCache.set(r, rates);
  return rates;
}

const kioskCache = new WeakMap<Resolved, PiecewiseRate[]>();

/** Each kiosk site's own users per minute over the horizon (besides hall visitors). */
export function kioskSiteRates(r: Resolved): PiecewiseRate[] {
  const hit = kioskCache.get(r);
  if (hit) return hit;
  const rates = (r.kiosks?.sites ?? []).map((site) => {
    const b = new RateBuilder();
    for (let d = 0; d < r.days; d++) {
      const open = !site.workingDaysOnly || r.calendar.isWorking(d);
      b.addDay(d * MINUTES_PER_DAY, open ? site.dailyVolume : 0, site.profile);
    }
    b.add(r.horizon, 0);
    return b.build();
  });
  kioskCache.set(r, rates);
  return rates;
}

/** A profile's pieces inside [from, to): where each starts, its length, and the cumulative weights. */
export interface ProfileWindow {
  from: number;
  to: number;
  lo: Float64Array;
  len: Float64Array;
  cum: Float64Array;
  /** The last time inside the window (where u at the very top of the distribution lands). */
  last: number;
}

/**
 * Cumulative weights of a profile's pieces inside [from, to), cached per profile and range (a
 * profile is asked for one or two ranges: a short list, searched without building a key).
 */
const windowCache = new WeakMap<Piece[], ProfileWindow[]>();

export function profileWindow(profile: Piece[], from: number, to: number): ProfileWindow {
  let windows = windowCache.get(profile);
  if (!windows) windowCache.set(profile, (windows = []));
  for (const w of windows) if (w.from === from && w.to === to) return w;
  const n = profile.length;
  const w: ProfileWindow = {
    from,
    to,
    lo: new Float64Array(n),
    len: new Float64Array(n),
    cum: new Float64Array(n),
    last: n > 0 ? Math.max(from, Math.min(to, profile[n - 1].end) - 1e-9) : from,
  };
  let acc = 0;
  profile.forEach((p, i) => {
    const o = overlap(p, from, to);
    w.lo[i] = Math.max(p.start, from);
    w.len[i] = o * (p.end - p.start);
    acc += o * p.share;
    w.cum[i] = acc;
  });
  windows.push(w);
  return w;
}

/** Inverse of a profile's distribution: the time of day at quantile u, inside [from, to). */
export function profileTime(profile: Piece[], u: number, from = 0, to = MINUTES_PER_DAY): number {
  return timeInWindow(profileWindow(profile, from, to), u);
}

/** profileTime with the window looked up once (a day's bookings draw many times from one). */
export function timeInWindow(win: ProfileWindow, u: number): number {
  const { lo, len, cum } = win;
  const n = cum.length;
  const total = n > 0 ? cum[n - 1] : 0;
  if (total <= 0) return win.from;
  const target = u * total;
  for (let i = 0; i < n; i++) {
    const before = i > 0 ? cum[i - 1] : 0;
    const w = cum[i] - before;
    if (w > 0 && target < cum[i]) return lo[i] + ((target - before) / w) * len[i];
  }
  return win.last;
}

/** Fraction of piece p inside [from, to), as a share of the piece's length. */
function overlap(p: Piece, from: number, to: number): number {
  const len = p.end - p.start;
  if (len <= 0) return 0;
  return Math.max(0, Math.min(p.end, to) - Math.max(p.start, from)) / len;
}
