/**
 * The 12366 hotline of a scenario in the model's units: calls a day by kind of day, their
 * profile over the 24 hours, the cumulative shares of the business types they are about, what the
 * voice menu finishes per type, the agents' capacity steps over the horizon, the compiled
 * distributions, and the callbacks in minutes. Defaults from DEFAULTS.hotline; validated input only.
 */
import type { CapacityStep } from '../engine/pool.ts';
import { distribution, type Distribution } from '../engine/distributions.ts';
import {
  CHANNEL_DAYS,
  type ChannelDay,
  DEFAULTS,
  type HallCalendar,
  type HotlineSpec,
  MINUTES_PER_DAY,
  parseTimeOfDay,
  type Scenario,
} from '../scenario/index.ts';
import type { Piece } from './resolved.ts';

export interface ResolvedHotline {
  callsPerDay: Record<ChannelDay, number>;
  /** When fresh calls come, minutes of the day. */
  profile: Piece[];
  /** Cumulative shares of the types the calls are about, in the scenario's type order (last = 1). */
  typeCumulative: Float64Array;
  /** Share of first calls the voice menu finishes, per type index. */
  ivr: Float64Array;
  /** Agents on the phones over the horizon (a step at every change). */
  agentSteps: CapacityStep[];
  handling: Distribution;
  patience: Distribution;
  redial: { probability: number; delay: Distribution } | null;
  caseShare: number;
  /** Appointments booked by phone: the share of bookings, and the lead in days. */
  bookings: { share: number; leadDays: Distribution } | null;
  /** Of the matters moved online (`online`), the share whose taxpayer calls. */
  onlineCallShare: number;
  /** The service levels reported, in minutes (from seconds), and the seconds themselves. */
  answerWithin: number[];
  answerWithinSeconds: number[];
  /** Callbacks (hotline-callbacks.ts), null: none. */
  callbacks: ResolvedCallbacks | null;
}

/** Callbacks in the model's units (minutes). */
export interface ResolvedCallbacks {
  /** Offer when the estimated wait is above this, minutes. */
  offerAbove: number;
  acceptShare: number;
  reachShare: number;
  /** The target reported, minutes. */
  within: number;
  /** An agent's time on a callback that does not reach the taxpayer, minutes. */
  unreached: number;
}

/** The kind of day `d` is for a channel open every day. */
export function channelDay(calendar: HallCalendar, d: number): ChannelDay {
  return calendar.isWorking(d) ? calendar.dayType(d) : 'closed';
}

const minutes = (t: string) => parseTimeOfDay(t)!;

export function resolveHotline(
  s: Scenario,
  calendar: HallCalendar,
  days: number,
  interval: number,
): ResolvedHotline | null {
  const h: HotlineSpec | null | undefined = s.hotline;
  if (!h) return null;
  const D = DEFAULTS.hotline;
  const allDay = h.agents.hours === '24h';
  const start = allDay ? 0 : minutes((h.agents.hours as { start: string }).start);
  const end = allDay ? MINUTES_PER_DAY : minutes((h.agents.hours as { end: string }).end);

  const shares = s.types.map((t) => (h.typeShares ? (h.typeShares[t.id] ?? 0) : t.share));
  const total = shares.reduce((a, x) => a + x, 0);
  const typeCumulative = new Float64Array(shares.length);
  let acc = 0;
  shares.forEach((x, i) => (typeCumulative[i] = acc += x / total));
  typeCumulative[shares.length - 1] = 1;

  const ivrSpec = h.ivr === undefined ? D.ivr : h.ivr;
  const ivr = Float64Array.from(s.types, (t) =>
    ivrSpec ? (Object.hasOwn(ivrSpec.byType ?? {}, t.id) ? ivrSpec.byType![t.id] : ivrSpec.completes) : 0,
  );

  const agentSteps: CapacityStep[] = [];
  const step = (time: number, count: number) => {
    const last = agentSteps[agentSteps.length - 1];
    if (last && last.count === count) return;
    if (last && last.time === time) last.count = count;
    else agentSteps.push({ time, count });
  };
  for (let d = 0; d < days; d++) {
    const schedule = h.agents.schedule[channelDay(calendar, d)];
    const day = d * MINUTES_PER_DAY;
    step(day, 0);
    schedule.forEach((n, k) => step(day + start + k * interval, n));
    if (end < MINUTES_PER_DAY) step(day + end, 0);
  }
  if (agentSteps.length === 0 || agentSteps[0].time > 0) agentSteps.unshift({ time: 0, count: 0 });

  const seconds = h.answerWithinSeconds ?? D.answerWithinSeconds;
  return {
    callsPerDay: Object.fromEntries(CHANNEL_DAYS.map((k) => [k, h.callsPerDay[k]])) as Record<ChannelDay, number>,
    profile: h.profile
      ? h.profile.map((p) => ({ start: minutes(p.start), end: minutes(p.end), share: p.share }))
      : [{ start, end, share: 1 }],
    typeCumulative,
    ivr,
    agentSteps,
    handling: distribution(h.handling, 'hotline.handling'),
    patience: distribution(h.patience, 'hotline.patience'),
    redial: h.redial
      ? { probability: h.redial.probability, delay: distribution(h.redial.delay, 'hotline.redial.delay') }
      : null,
    caseShare: h.caseShare ?? D.caseShare,
    bookings:
      h.bookings && h.bookings.share > 0
        ? {
            share: h.bookings.share,
            leadDays: distribution(h.bookings.leadDays ?? D.bookingLeadDays, 'hotline.bookings.leadDays'),
          }
        : null,
    onlineCallShare: s.online?.callShare ?? DEFAULTS.online.callShare,
    answerWithin: seconds.map((x) => x / 60),
    answerWithinSeconds: [...seconds],
    callbacks: h.callbacks
      ? {
          offerAbove: h.callbacks.offerAboveSeconds / 60,
          acceptShare: h.callbacks.acceptShare,
          reachShare: h.callbacks.reachShare,
          within: h.callbacks.withinMinutes ?? D.callbackWithinMinutes,
          unreached: (h.callbacks.unreachedSeconds ?? D.callbackUnreachedSeconds) / 60,
        }
      : null,
  };
}
