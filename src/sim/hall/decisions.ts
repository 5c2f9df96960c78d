/**
 * A walk-in's decisions after taking a ticket, and whether one who left comes back: pure
 * functions of the taxpayer's drawn uniforms and the state of the line.
 *
 *  - Balking: P(balk) rises linearly from 0 with `fromAhead` people ahead to 1 with `allAhead`.
 *  - Rule 4: from `prediction` minutes before closing the ticket shows a predicted wait,
 *    (people ahead + 1) × mean handling time / open windows (0 with a window free and nobody
 *    ahead); shown a long one, the taxpayer leaves with `leaveProbability`, else leaves the
 *    matter with the hall with `leaveWithHallShare`, else stays.
 *  - Coming back: with `returnShare`, once, on one of the next `returnWithinDays` working days,
 *    at a time drawn from that day's profile.
 */
import type { ServerPool } from '../engine/pool.ts';
import type { Counters } from './counters.ts';
import { profileTime } from './demand.ts';
import type { Resolved } from './resolve.ts';
import { Taxpayers, U_BALK, U_LEAVE, U_LEFT_CASE, U_RETURN, U_RETURN_DAY, U_RETURN_TIME } from './taxpayers.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';

export const JOIN = 0;
export const BALK = 1;
export const LEAVE = 2;
export const LEAVE_CASE = 3;

/** What a walk-in does at the ticket machine of group g (sets `predicted` when one was shown). */
export function atTicketMachine(
  r: Resolved,
  tp: Taxpayers,
  id: number,
  pool: ServerPool,
  g: number,
  now: number,
  c: Counters,
  caseDesk: boolean,
): number {
  const ahead = pool.waiting;
  const bk = r.behaviour.balking;
  if (
    bk &&
    ahead > bk.fromAhead &&
    tp.u(id, U_BALK) < Math.min(1, (ahead - bk.fromAhead) / (bk.allAhead - bk.fromAhead))
  )
    return BALK;
  const tod = now - Math.floor(now / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  if (tod < r.close - r.closing.prediction) return JOIN;
  const predicted =
    pool.busy < pool.open && ahead === 0 ? 0 : ((ahead + 1) * r.groups[g].meanService) / Math.max(1, pool.open);
  const counted = tp.counted[id] === 1;
  if (counted) c.shown++;
  if (predicted > r.closing.longWait) {
    if (counted) c.shownLong++;
    if (tp.u(id, U_LEAVE) < r.closing.leaveProbability) return LEAVE;
    if (caseDesk && tp.u(id, U_LEFT_CASE) < r.closing.leaveWithHallShare) return LEAVE_CASE;
  }
  tp.predicted[id] = predicted;
  return JOIN;
}

/**
 * When a taxpayer who left unserved at time `now` comes back: a time within the horizon, −1 if
 * not at all, −2 if after the horizon (not simulated).
 */
export function returnTime(r: Resolved, tp: Taxpayers, id: number, now: number): number {
  if (tp.returns[id] > 0 || !(tp.u(id, U_RETURN) < r.behaviour.returnShare)) return -1;
  const today = Math.floor(now / MINUTES_PER_DAY);
  const day = r.calendar.workingDayAfter(today, 1 + Math.floor(tp.u(id, U_RETURN_DAY) * r.behaviour.returnWithinDays));
  if (day >= r.days) return -2;
  return (
    day * MINUTES_PER_DAY +
    profileTime(r.intraday[r.calendar.dayType(day)], tp.u(id, U_RETURN_TIME), r.open, r.ticketEnd)
  );
}
