/**
 * A replication's hotline metrics (`hotline.*`) and per-interval series, and what moved online
 * (`online.*`).
 *
 * Definitions (what the call-centre trade means by them, stated once here and in
 * METRIC_DEFINITIONS):
 *  - service level `hotline.serviceLevel.<s>s`: calls answered by an agent within s seconds over
 *    the calls offered to the agents (answered or hung up while holding); calls finished by the
 *    voice menu or told the agents' hours are not offered, nor are calls that accepted a
 *    callback (handled without holding: in neither the service level nor the abandon share,
 *    the usual call-centre practice; a caller who declines the offer holds and is offered);
 *  - `hotline.abandonShare`: offered calls where the caller hung up while holding;
 *  - `hotline.redialShare`: attempts that were redials;
 *  - `hotline.answeredShare` and `hotline.lostShare`: of the fresh callers, those an agent
 *    answered in the end, and those who hung up and did not call again;
 *  - `hotline.occupancy`: agents' busy time over their staffed time;
 *  - `hotline.wait.mean`: minutes from asking for an agent to the answer, answered calls;
 *  - `hotline.fromOnline`: of the fresh calls, those about a matter moved online (`online`);
 *  - `hotline.bookingCalls`: of the fresh calls, those that booked an appointment (`bookings`);
 *  - with `callbacks` (hotline-callbacks.ts), `hotline.callbacks.*`: the counts offered,
 *    accepted, made, reached, notReached, queuedAtHorizon, cases; `acceptShare` (accepted over
 *    offered), `reachShare` (reached over made), `withinShare` (made within `withinMinutes` of
 *    the request, over those made), `delay.mean` (minutes from request to callback, those
 *    made). The agents' occupancy includes the callbacks' time (the same agents).
 * Counts are over the callers whose fresh call came after the warm-up (hotline.ts).
 */
import type { HallRun } from './hall-run.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';
import { sum } from '../math/sum.ts';
import type { CallbackCounts } from './hotline-callbacks.ts';

export interface HotlineSeries {
  /** Calls offered to the agents, answered, answered within the first service-level threshold,
   *  and hung up, by the interval the attempt was made in. */
  offered: Float64Array;
  answered: Float64Array;
  answeredWithin: Float64Array;
  abandoned: Float64Array;
  /** Time-average agents busy and agents staffed. */
  busy: Float64Array;
  staffed: Float64Array;
}

/** The series' names, in a fixed order (merging and moving between threads walk them). */
export const HOTLINE_SERIES: readonly (keyof HotlineSeries)[] = [
  'offered',
  'answered',
  'answeredWithin',
  'abandoned',
  'busy',
  'staffed',
];

export function hotlineMetrics(run: HallRun, m: Record<string, number>): void {
  const hl = run.hotline!;
  const h = run.r.hotline!;
  const c = hl.c;
  const put = (name: string, v: number) => (m[`hotline.${name}`] = v);
  put('fresh', c.fresh);
  put('fromOnline', c.fromOnline);
  put('bookingCalls', c.bookingCalls);
  put('attempts', c.attempts);
  put('redials', c.redials);
  put('ivr', c.ivr);
  put('outsideHours', c.outsideHours);
  put('offered', c.offered);
  put('answered', c.answered);
  put('abandoned', c.abandoned);
  put('gaveUp', c.gaveUp);
  put('redialBeyondHorizon', c.redialBeyondHorizon);
  put('cases', c.cases);
  if (h.callbacks) callbackMetrics(c.callbacks, m);
  if (c.offered > 0) {
    h.answerWithinSeconds.forEach((s, i) => put(`serviceLevel.${s}s`, c.answeredWithin[i] / c.offered));
    put('abandonShare', c.abandoned / c.offered);
  }
  if (c.attempts > 0) put('redialShare', c.redials / c.attempts);
  if (c.fresh > 0) {
    put('answeredShare', c.answered / c.fresh);
    put('lostShare', c.gaveUp / c.fresh);
  }
  if (c.answered > 0) put('wait.mean', c.waitSum / c.answered);
  const iv = hl.pool.intervals!;
  const busy = sum(iv.busy.area);
  const staffed = sum(iv.open.area);
  if (staffed > 0) put('occupancy', busy / staffed);
  put('agentMinutes', staffed);
}

/** `hotline.callbacks.*` (a scenario with callbacks only, so one without has the same metrics as before them). */
function callbackMetrics(c: CallbackCounts, m: Record<string, number>): void {
  const put = (name: string, v: number) => (m[`hotline.callbacks.${name}`] = v);
  put('offered', c.offered);
  put('accepted', c.accepted);
  put('made', c.made);
  put('reached', c.reached);
  put('notReached', c.notReached);
  put('queuedAtHorizon', c.queuedAtHorizon);
  put('cases', c.cases);
  if (c.offered > 0) put('acceptShare', c.accepted / c.offered);
  if (c.made > 0) {
    put('reachShare', c.reached / c.made);
    put('withinShare', c.madeWithin / c.made);
    put('delay.mean', c.delaySum / c.made);
  }
}

/**
 * `online.moved` and `online.moved.<type>`: the hall demand moved online after the warm-up
 * (expected, from the scenario).
 */
export function onlineMetrics(run: HallRun, m: Record<string, number>): void {
  const r = run.r;
  const T = r.types.length;
  const first = Math.ceil(r.warmupEnd / MINUTES_PER_DAY);
  let all = 0;
  for (let t = 0; t < T; t++) {
    let moved = 0;
    for (let d = first; d < r.days; d++) moved += r.movedOnline[d * T + t];
    m[`online.moved.${r.types[t].id}`] = moved;
    all += moved;
  }
  m['online.moved'] = all;
}

export function hotlineSeries(run: HallRun): HotlineSeries | null {
  const hl = run.hotline;
  if (!hl) return null;
  const w = run.r.interval;
  // Plain loops and slice: Float64Array.from calls back per element.
  const level = (area: Float64Array) => {
    const out = new Float64Array(area.length);
    for (let i = 0; i < area.length; i++) out[i] = area[i] / w;
    return out;
  };
  const iv = hl.pool.intervals!;
  return {
    offered: hl.byInterval.offered.values.slice(),
    answered: hl.byInterval.answered.values.slice(),
    answeredWithin: hl.byInterval.answeredWithin.values.slice(),
    abandoned: hl.byInterval.abandoned.values.slice(),
    busy: level(iv.busy.area),
    staffed: level(iv.open.area),
  };
}
