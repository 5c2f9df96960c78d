/**
 * Rule 3: appointments and staggered (错峰) bookings, made before the days they are for.
 *
 * At the start of a replication every booking of the horizon is drawn: for each working day and
 * business type a Poisson number of appointment bookings at desired times (from the intraday
 * profile), placed in the slot of that time or the nearest one with room (no room at all: the
 * taxpayer walks in at the desired time); and on peak days a Poisson number of invited
 * taxpayers who accept, moved to an earlier off-peak day and slot chosen at random among those
 * with room (none: they come on the peak day as walk-ins). The bureau never drops a booking:
 * every booked taxpayer who comes within the grace period is served.
 *
 * No-shows and punctuality are drawn here too; each booked taxpayer who comes is a record in the
 * taxpayer store with a planned arrival time, scheduled at the start of its day.
 */
import { Rng } from '../engine/rng.ts';
import { TypeStreams, drawTaxpayer } from './attributes.ts';
import { isPeakDay, profileWindow, timeInWindow } from './demand.ts';
import type { Resolved } from './resolve.ts';
import { APPOINTMENT, STAGGERED, Taxpayers, WALK_IN } from './taxpayers.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';

export interface Bookings {
  /** Per day index: taxpayers who will come that day, and when. */
  ids: number[][];
  times: number[][];
  appointmentsBooked: number;
  /** Wanted an appointment but every slot of the day was full: walked in. */
  appointmentOverflow: number;
  appointmentNoShows: number;
  staggeredBooked: number;
  /** Accepted an invitation but no off-peak slot had room: came on the peak day. */
  staggeredOverflow: number;
  staggeredNoShows: number;
  /** Every booking nobody came to: business type index, channel code and slot start. */
  noShows: { type: number; channel: number; slot: number }[];
  /** Every appointment booked (whether or not the taxpayer comes): type index and slot start. */
  made: { type: number; slot: number }[];
  /** Staggered bookings moved away from / onto each day. */
  movedFrom: Float64Array;
  movedTo: Float64Array;
}

/** Poisson(mean) by counting unit-rate arrivals: exact, and cheap for the small means here. */
function poisson(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  let n = 0;
  let t = -Math.log(rng.nextOpen());
  while (t < mean) {
    n++;
    t -= Math.log(rng.nextOpen());
  }
  return n;
}

export function generateBookings(r: Resolved, seed: number, replication: number, tp: Taxpayers): Bookings {
  const out: Bookings = {
    ids: Array.from({ length: r.days }, () => []),
    times: Array.from({ length: r.days }, () => []),
    appointmentsBooked: 0,
    appointmentOverflow: 0,
    appointmentNoShows: 0,
    staggeredBooked: 0,
    staggeredOverflow: 0,
    staggeredNoShows: 0,
    noShows: [],
    made: [],
    movedFrom: new Float64Array(r.days),
    movedTo: new Float64Array(r.days),
  };
  if (r.appointments) bookAppointments(r, seed, replication, tp, out);
  if (r.staggered) bookStaggered(r, seed, replication, tp, out);
  return out;
}

/** Where a booked taxpayer shows up relative to the slot: late (+) or early (−); NaN = no-show. */
function punctuality(r: Resolved, rng: Rng): number {
  const ap = r.appointments;
  if (!ap) return 0;
  const noShow = rng.next() < ap.noShow;
  const late = rng.next() < ap.lateShare;
  const offset = late ? ap.late.sample(rng) : -ap.early.sample(rng);
  return noShow ? NaN : offset;
}

function bookAppointments(r: Resolved, seed: number, rep: number, tp: Taxpayers, out: Bookings): void {
  const ap = r.appointments!;
  const slots = Math.max(1, Math.ceil((r.ticketEnd - r.open) / ap.slot));
  const T = r.types.length;
  const booking = r.types.map((t) => Rng.stream(seed, rep, `appointment:booking:${t.id}`));
  const streams = r.types.map((t) => new TypeStreams(seed, rep, 'appointment', t.id));
  for (let d = 0; d < r.days; d++) {
    if (!r.calendar.isWorking(d) || r.volume[d] <= 0) continue;
    const dayType = r.calendar.dayType(d);
    const room = new Int32Array(slots).fill(ap.capacity[dayType]);
    const profile = profileWindow(r.intraday[dayType], r.open, r.ticketEnd);
    for (const t of r.types) {
      const rng = booking[t.index];
      const n = poisson(rng, r.volume[d] * r.shares[d * T + t.index] * ap.share);
      for (let i = 0; i < n; i++) {
        const desired = timeInWindow(profile, rng.next());
        const offset = punctuality(r, rng);
        const id = tp.create();
        drawTaxpayer(tp, id, r, t, streams[t.index]);
        const want = Math.min(slots - 1, Math.max(0, Math.floor((desired - r.open) / ap.slot)));
        const k = nearestWithRoom(room, want);
        if (k < 0) {
          out.appointmentOverflow++;
          tp.channel[id] = WALK_IN;
          push(out, d, id, d * MINUTES_PER_DAY + desired);
          continue;
        }
        room[k]--;
        out.appointmentsBooked++;
        tp.channel[id] = APPOINTMENT;
        tp.slot[id] = d * MINUTES_PER_DAY + r.open + k * ap.slot;
        out.made.push({ type: t.index, slot: tp.slot[id] });
        if (Number.isNaN(offset)) {
          out.appointmentNoShows++;
          out.noShows.push({ type: t.index, channel: APPOINTMENT, slot: tp.slot[id] });
          tp.release(id);
          continue;
        }
        push(out, d, id, Math.max(d * MINUTES_PER_DAY, tp.slot[id] + offset));
      }
    }
  }
}

function bookStaggered(r: Resolved, seed: number, rep: number, tp: Taxpayers, out: Bookings): void {
  const st = r.staggered!;
  const T = r.types.length;
  const booked = r.appointments ? r.appointments.share : 0;
  // Off-peak slots: (day, slot start, room left), on working days of the target types.
  const slotDay: number[] = [];
  const slotStart: number[] = [];
  const slotRoom: number[] = [];
  for (let d = 0; d < r.days; d++) {
    if (!r.calendar.isWorking(d) || isPeakDay(r, d) || !st.toDayTypes.includes(r.calendar.dayType(d))) continue;
    for (const h of st.toHours) {
      for (let s = h.start; s + st.slot <= h.end + 1e-9; s += st.slot) {
        slotDay.push(d);
        slotStart.push(d * MINUTES_PER_DAY + s);
        slotRoom.push(st.capacity);
      }
    }
  }
  const choice = Rng.stream(seed, rep, 'staggered:slots');
  const counts = r.types.map((t) => Rng.stream(seed, rep, `staggered:booking:${t.id}`));
  const streams = r.types.map((t) => new TypeStreams(seed, rep, 'staggered', t.id));
  for (let p = 0; p < r.days; p++) {
    if (!isPeakDay(r, p)) continue;
    // Slots with room on days before the peak day, within a month of it.
    const open: number[] = [];
    for (let i = 0; i < slotDay.length; i++)
      if (slotDay[i] < p && slotDay[i] >= p - 31 && slotRoom[i] > 0) open.push(i);
    const profile = profileWindow(r.intraday[r.calendar.dayType(p)], r.open, r.ticketEnd);
    for (const t of r.types) {
      const rng = counts[t.index];
      const n = poisson(rng, r.volume[p] * r.shares[p * T + t.index] * (1 - booked) * st.invite * st.acceptance);
      for (let i = 0; i < n; i++) {
        const desired = timeInWindow(profile, rng.next());
        const offset = punctuality(r, rng);
        const id = tp.create();
        drawTaxpayer(tp, id, r, t, streams[t.index]);
        // Drop full slots lazily, then pick one of the rest at random.
        let pick = -1;
        while (open.length > 0) {
          const j = Math.floor(choice.next() * open.length);
          if (slotRoom[open[j]] > 0) {
            pick = open[j];
            break;
          }
          open[j] = open[open.length - 1];
          open.pop();
        }
        if (pick < 0) {
          out.staggeredOverflow++;
          tp.channel[id] = WALK_IN;
          push(out, p, id, p * MINUTES_PER_DAY + desired);
          continue;
        }
        slotRoom[pick]--;
        out.staggeredBooked++;
        out.movedFrom[p]++;
        out.movedTo[slotDay[pick]]++;
        tp.channel[id] = STAGGERED;
        tp.slot[id] = slotStart[pick];
        if (Number.isNaN(offset)) {
          out.staggeredNoShows++;
          out.noShows.push({ type: t.index, channel: STAGGERED, slot: tp.slot[id] });
          tp.release(id);
          continue;
        }
        const d = slotDay[pick];
        push(out, d, id, Math.max(d * MINUTES_PER_DAY, tp.slot[id] + offset));
      }
    }
  }
}

function nearestWithRoom(room: Int32Array, want: number): number {
  for (let k = want; k < room.length; k++) if (room[k] > 0) return k;
  for (let k = want - 1; k >= 0; k--) if (room[k] > 0) return k;
  return -1;
}

function push(out: Bookings, day: number, id: number, time: number): void {
  out.ids[day].push(id);
  out.times[day].push(time);
}
