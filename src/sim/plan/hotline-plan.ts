/**
 * Agents for the 12366 hotline, per interval of the agents' hours and kind of day (ordinary,
 * filing, deadline, closed days), and the check of that schedule by simulation.
 *
 * The first cut is the industry's (PLANNING-SCIENCE.md, "Call centres with redials"): lagged
 * SIPP through Erlang A with redials. An interval's fresh calls to the agents are the day's calls
 * (with those about matters moved online, averaged over the days of the kind) × the profile's
 * share of that interval × the share the voice menu does not finish; the rate is
 * seen through the lag E[S](1 + c²)/2 of the handling time (the calls in progress come from
 * earlier), and the agents are the fewest whose steady state answers `share` of the attempts
 * within `seconds` (and keeps the hang-up share under `abandonShare` when given), with the redials
 * the hang-ups cause added by the fixed point of Aguir et al. (analytic/retrial.ts). Patience
 * enters at its mean as exponential (Erlang A), as for the windows.
 *
 * Then the whole scenario is simulated with that schedule and with the scenario's own, and the
 * service level, hang-ups and occupancy of both are reported with their confidence intervals:
 * the formula is a first cut, the simulation says what it gives (redials arrive later than the
 * stationary formula assumes; an interval's calls do not all leave with it).
 *
 * Guarantees: the recommended count is at least 1 wherever calls are offered, and no interval
 * outside the agents' hours is staffed (the scenario's hours are kept); a count above the seats
 * installed is kept and flagged, never cut.
 */
import { distribution } from '../engine/distributions.ts';
import { erlangARedial } from '../analytic/retrial.ts';
import { channelDay } from '../hall/resolve-hotline.ts';
import { resolveScenario } from '../hall/resolve.ts';
import type { MetricEstimate } from '../results/merge.ts';
import type { Simulate } from '../results/simulate.ts';
import {
  CHANNEL_DAYS,
  type ChannelDay,
  formatTimeOfDay,
  MINUTES_PER_DAY,
  parseTimeOfDay,
  type Scenario,
} from '../scenario/index.ts';
import { iterativeAgents, withThreshold, type HotlineIsaIteration } from './hotline-isa.ts';
import { laggedRates, serviceLag } from './offered-load.ts';
import type { PooledOutcome } from './pooled-roster.ts';

export interface HotlineTarget {
  /** Share of the calls offered to agents answered within `seconds` (0 < share < 1). */
  share: number;
  seconds: number;
  /** Optional cap on the share of offered calls that hang up while holding. */
  abandonShare?: number;
}

/** The trade's usual target: 80% of calls answered within 20 seconds. */
export const DEFAULT_HOTLINE_TARGET: HotlineTarget = { share: 0.8, seconds: 20 };

export interface HotlineEvaluation {
  serviceLevel: MetricEstimate | null;
  abandonShare: MetricEstimate | null;
  occupancy: MetricEstimate | null;
  agentMinutes: MetricEstimate | null;
}

/** How the recommended agents were made: the ISA (simulation) or lagged SIPP (formula only). */
export type HotlineMethod = 'isa' | 'laggedSipp';

export interface HotlineAdvice {
  target: HotlineTarget;
  /** The first interval's start and the interval length, minutes; the labels of the intervals. */
  start: number;
  intervalMinutes: number;
  labels: string[];
  seats: number;
  /** Kinds of day in the horizon, and how many days of each. */
  kinds: ChannelDay[];
  days: Record<ChannelDay, number>;
  current: Record<ChannelDay, number[]>;
  /** The agents recommended: the ISA's when it ran, else lagged SIPP's. */
  recommended: Record<ChannelDay, number[]>;
  method: HotlineMethod;
  /** The formulas' agents: SIPP (each interval's own rate) and lagged SIPP (the rate seen through the handling lag). */
  sipp: Record<ChannelDay, number[]>;
  laggedSipp: Record<ChannelDay, number[]>;
  /** The Iterative Staffing Algorithm's steps (null when it did not run). */
  isa: { iterations: HotlineIsaIteration[]; converged: boolean } | null;
  /**
   * Per interval: fresh calls to the agents per minute, and the formula's service level and
   * hang-up share at lagged SIPP's count.
   */
  expected: Record<ChannelDay, { freshRate: number[]; level: number[]; abandon: number[] }>;
  /** Agent-hours over the horizon (agents on the phones, not counting a call finished after the hours). */
  agentHours: { current: number; recommended: number; sipp: number; laggedSipp: number };
  /** Whether some interval needs more agents than the seats installed. */
  aboveSeats: boolean;
  /** The scenario simulated with each schedule, on the evaluation's seeds. */
  evaluation: { current: HotlineEvaluation; recommended: HotlineEvaluation } | null;
  /** One officer pool for the windows and the phones against two rosters (set by the whole plan). */
  pooled?: PooledOutcome | null;
}

/** The fewest agents meeting the target at fresh rate `lambda0` (per minute), with the level they give. */
export function requiredAgents(
  lambda0: number,
  meanHandling: number,
  meanPatience: number,
  redialProbability: number,
  target: HotlineTarget,
): { agents: number; level: number; abandon: number } {
  if (lambda0 <= 0) return { agents: 0, level: 1, abandon: 0 };
  const mu = 1 / meanHandling;
  const T = target.seconds / 60;
  for (let c = Math.max(1, Math.floor(lambda0 * meanHandling)); c < 100_000; c++) {
    const r = erlangARedial({
      servers: c,
      mu,
      freshRate: lambda0,
      theta: 1 / meanPatience,
      redialProbability,
      answerWithin: [T],
    });
    const level = r.answeredWithin[0];
    if (level >= target.share && (target.abandonShare === undefined || r.pAbandon <= target.abandonShare))
      return { agents: c, level, abandon: r.pAbandon };
  }
  throw new Error(`no agent count up to 100,000 answers ${lambda0} calls a minute`);
}

/** The analytic schedule (no simulation). */
export function hotlineSchedule(
  scenario: Scenario,
  target: HotlineTarget,
): Omit<HotlineAdvice, 'evaluation' | 'agentHours' | 'method' | 'isa'> & { minimum: Record<ChannelDay, number[]> } {
  const h = scenario.hotline;
  if (!h) throw new Error('the scenario has no hotline');
  const r = resolveScenario(scenario);
  const rh = r.hotline!;
  const w = r.interval;
  const start = h.agents.hours === '24h' ? 0 : parseTimeOfDay(h.agents.hours.start)!;
  const end = h.agents.hours === '24h' ? MINUTES_PER_DAY : parseTimeOfDay(h.agents.hours.end)!;
  const n = (end - start) / w;
  // The share of fresh calls the menu does not finish, over the types' call shares.
  let toAgents = 0;
  for (let t = 0; t < rh.ivr.length; t++) {
    const share = rh.typeCumulative[t] - (t > 0 ? rh.typeCumulative[t - 1] : 0);
    toAgents += share * (1 - rh.ivr[t]);
  }
  // Calls about matters moved online (`online.callShare`), a day of each kind on average, past the menu.
  const T = r.types.length;
  const fromOnline = Object.fromEntries(CHANNEL_DAYS.map((k) => [k, 0])) as Record<ChannelDay, number>;
  const days = Object.fromEntries(CHANNEL_DAYS.map((k) => [k, 0])) as Record<ChannelDay, number>;
  for (let d = 0; d < r.days; d++) {
    const kind = channelDay(r.calendar, d);
    days[kind]++;
    for (let t = 0; t < T; t++) fromOnline[kind] += r.movedOnline[d * T + t] * rh.onlineCallShare * (1 - rh.ivr[t]);
  }
  // Calls booking appointments (`bookings`): the expected bookings of the horizon spread evenly over
  // its days (a first cut: they come some days before their slots, on any kind of day).
  const ap = r.appointments;
  let booking = 0;
  if (ap && rh.bookings) {
    for (let d = 0; d < r.days; d++) booking += r.volume[d] * ap.share * rh.bookings.share;
    booking /= r.days;
  }
  // Fresh calls to the agents per minute, over the whole day by interval (so the lag can look back).
  const perDay = MINUTES_PER_DAY / w;
  const dayRates = (toAgentsADay: number) =>
    Array.from({ length: perDay }, (_, k) => {
      let mass = 0;
      for (const p of rh.profile) {
        const lo = Math.max(p.start, k * w);
        const hi = Math.min(p.end, (k + 1) * w);
        if (hi > lo && p.end > p.start) mass += (p.share * (hi - lo)) / (p.end - p.start);
      }
      return (toAgentsADay * mass) / w;
    });
  const lag = serviceLag(h.handling);
  const meanHandling = distribution(h.handling).mean;
  const meanPatience = distribution(h.patience).mean;
  const p = h.redial?.probability ?? 0;

  const kinds = CHANNEL_DAYS.filter((k) => days[k] > 0);
  const recommended = {} as Record<ChannelDay, number[]>;
  const sipp = {} as Record<ChannelDay, number[]>;
  const minimum = {} as Record<ChannelDay, number[]>;
  const expected = {} as HotlineAdvice['expected'];
  let aboveSeats = false;
  for (const kind of CHANNEL_DAYS) {
    // Only calls arriving in the agents' hours reach an agent (the others are told the hours).
    // The lag looks back across midnight into a day of the same kind (the day before may be
    // another kind: an approximation for the first interval or two after midnight only).
    const first = start / w;
    const toAgentsADay =
      rh.callsPerDay[kind] * toAgents + (days[kind] > 0 ? fromOnline[kind] / days[kind] : 0) + booking;
    const rates = dayRates(toAgentsADay).map((x, k) => (k >= first && k < first + n ? x : 0));
    const lagged = laggedRates({ start: 0, width: w, rates: [...rates, ...rates] }, lag).slice(perDay);
    const rows = Array.from({ length: n }, (_, j) => ({
      fresh: rates[first + j],
      ...requiredAgents(lagged[first + j], meanHandling, meanPatience, p, target),
    }));
    // An interval with calls but a lagged rate of 0 (the first of the hours) still gets an agent.
    for (const row of rows) if (row.fresh > 0 && row.agents === 0) row.agents = 1;
    recommended[kind] = rows.map((x) => x.agents);
    minimum[kind] = rows.map((x) => (x.fresh > 0 ? 1 : 0));
    sipp[kind] = rows.map((x) => Math.max(requiredAgents(x.fresh, meanHandling, meanPatience, p, target).agents, 0));
    expected[kind] = {
      freshRate: rows.map((x) => x.fresh),
      level: rows.map((x) => x.level),
      abandon: rows.map((x) => x.abandon),
    };
    if (recommended[kind].some((x) => x > h.agents.seats)) aboveSeats = true;
  }
  return {
    target,
    start,
    intervalMinutes: w,
    labels: Array.from({ length: n }, (_, j) => formatTimeOfDay(start + j * w)),
    seats: h.agents.seats,
    kinds,
    days,
    current: Object.fromEntries(CHANNEL_DAYS.map((k) => [k, [...h.agents.schedule[k]]])) as Record<
      ChannelDay,
      number[]
    >,
    recommended,
    sipp,
    laggedSipp: recommended,
    minimum,
    expected,
    aboveSeats,
  };
}

/** The scenario with the hotline's agents replaced (and seats raised to fit them). */
export function withAgents(scenario: Scenario, schedule: Record<ChannelDay, number[]>): Scenario {
  const s = structuredClone(scenario);
  const most = Math.max(0, ...CHANNEL_DAYS.flatMap((k) => schedule[k]));
  s.hotline!.agents = {
    ...s.hotline!.agents,
    seats: Math.max(s.hotline!.agents.seats, most),
    schedule: Object.fromEntries(CHANNEL_DAYS.map((k) => [k, [...schedule[k]]])) as Record<ChannelDay, number[]>,
  };
  return s;
}

function evaluationOf(metrics: Record<string, MetricEstimate>, seconds: number): HotlineEvaluation {
  return {
    serviceLevel: metrics[`hotline.serviceLevel.${seconds}s`] ?? null,
    abandonShare: metrics['hotline.abandonShare'] ?? null,
    occupancy: metrics['hotline.occupancy'] ?? null,
    agentMinutes: metrics['hotline.agentMinutes'] ?? null,
  };
}

/** Agent-hours of a schedule over the horizon's days of each kind. */
export function agentHoursOf(
  schedule: Record<ChannelDay, number[]>,
  days: Record<ChannelDay, number>,
  intervalMinutes: number,
): number {
  const perDay = (k: ChannelDay) => schedule[k].reduce((b, x) => b + x, 0) * intervalMinutes;
  return CHANNEL_DAYS.reduce((a, k) => a + (days[k] * perDay(k)) / 60, 0);
}

/**
 * The hotline's advice: the formulas' schedules and (with `simulate`) the Iterative Staffing
 * Algorithm from lagged SIPP's (hotline-isa.ts; `method: 'laggedSipp'` skips it), then the scenario's
 * agents and the recommended ones simulated on the evaluation's seeds. The target's seconds are
 * added to the scenario's `answerWithinSeconds` for the simulations when missing.
 */
export async function planHotline(input: {
  scenario: Scenario;
  target?: HotlineTarget;
  simulate?: Simulate;
  replications: number;
  /** Replications of the ISA's steps far from the answer (default: `replications`). */
  screenReplications?: number;
  seed: number;
  /** Seeds of the evaluation (default: `seed`; the plan passes fresh ones). */
  evaluationSeed?: number;
  method?: HotlineMethod;
  onIteration?: (it: HotlineIsaIteration) => void;
  cancelled?: () => boolean;
}): Promise<HotlineAdvice> {
  const target = input.target ?? DEFAULT_HOTLINE_TARGET;
  const { minimum, ...plan } = hotlineSchedule(input.scenario, target);
  const hours = (s: Record<ChannelDay, number[]>) => agentHoursOf(s, plan.days, plan.intervalMinutes);
  const formulas = { current: hours(plan.current), sipp: hours(plan.sipp), laggedSipp: hours(plan.laggedSipp) };
  if (!input.simulate)
    return {
      ...plan,
      method: 'laggedSipp',
      isa: null,
      agentHours: { ...formulas, recommended: formulas.laggedSipp },
      evaluation: null,
    };
  const method = input.method ?? 'isa';
  let recommended = plan.laggedSipp;
  let isa: HotlineAdvice['isa'] = null;
  if (method === 'isa') {
    const r = await iterativeAgents({
      scenario: input.scenario,
      target,
      start: plan.laggedSipp,
      minimum,
      withAgents,
      simulate: input.simulate,
      replications: input.replications,
      screenReplications: input.screenReplications,
      seed: input.seed,
      onIteration: input.onIteration,
      cancelled: input.cancelled,
    });
    recommended = r.schedule;
    isa = { iterations: r.iterations, converged: r.converged };
  }
  const seed = input.evaluationSeed ?? input.seed;
  const measured = (s: Scenario) =>
    input.simulate!({
      scenario: withThreshold(s, target.seconds),
      replications: input.replications,
      seed,
      load: 'none',
    });
  const [current, chosen] = await Promise.all([
    measured(input.scenario),
    measured(withAgents(input.scenario, recommended)),
  ]);
  return {
    ...plan,
    recommended,
    method,
    isa,
    aboveSeats: CHANNEL_DAYS.some((k) => recommended[k].some((x) => x > plan.seats)),
    agentHours: { ...formulas, recommended: hours(recommended) },
    evaluation: {
      current: evaluationOf(current.metrics, target.seconds),
      recommended: evaluationOf(chosen.metrics, target.seconds),
    },
  };
}
