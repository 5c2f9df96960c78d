/**
 * The Iterative Staffing Algorithm (Feldman, Mandelbaum, Massey & Whitt, Management Science
 * 2008) for the 12366 hotline's agents, per kind of day and interval of the agents' hours, as
 * isa.ts does it for the windows:
 *
 *   1. simulate the whole scenario with the current agents and record, for every attempt offered
 *      to the agents, how many callers it found talking to or holding for them (hotline-load.ts);
 *   2. set each interval to the fewest agents with which those attempts would meet the target
 *      (tagged.ts: what s agents would mean for a caller who finds l there, with exponential
 *      handling and patience at their means: Erlang A's tagged caller);
 *   3. repeat, each step going part of the way (isa.ts `dampCell`; an interval one agent short
 *      gets it at once), until what the last simulation calls for is, in every interval, the
 *      agents simulated or one fewer; the agents simulated last are the answer. When only the
 *      simulation's noise moves it (within two agents, twice running) the answer is the larger of
 *      the simulated and the called-for agents in each interval. Unlike the windows' ISA, which
 *      comes down from unlimited windows, this one may start below the answer, so it is never
 *      left one agent short where the measurement says one is missing.
 *
 * Why it beats lagged SIPP here: the redials. A caller who hangs up comes back minutes later, so
 * an interval's load depends on how short-staffed the intervals before it were; the stationary
 * fixed point (analytic/retrial.ts) assumes every interval is its own steady state. The
 * simulation measures the attempts as they really come (fresh calls, redials, booking calls and
 * calls about matters moved online), and the iteration finds the agents that answer them.
 *
 * It starts from lagged SIPP's agents, not from "unlimited" ones: the fixed point is the same, and
 * lagged SIPP is usually within a step or two of it (each step is a simulation of the whole hall).
 * Iterations far from the answer (after a step of more than two agents somewhere) may simulate
 * with fewer replications (`screenReplications`); every one that can end it uses all of them.
 *
 * Guarantees: kinds of day absent from the horizon keep the scenario's agents; an interval with
 * fresh calls (`minimum`) keeps at least one agent; an interval nobody was offered in takes the
 * minimum. Callers who accept a callback do not join the line and are not in the histograms.
 */
import { distribution } from '../engine/distributions.ts';
import { hotlineLoadCell, type MergedHotlineLoad } from '../hall/hotline-load.ts';
import type { Simulate } from '../results/simulate.ts';
import { CHANNEL_DAYS, type ChannelDay, type Scenario } from '../scenario/index.ts';
import type { HotlineTarget } from './hotline-plan.ts';
import { dampCell } from './isa.ts';
import { measuresFor } from './tagged.ts';

export type AgentSchedule = Record<ChannelDay, number[]>;

export interface HotlineIsaIteration {
  iteration: number;
  /** Largest change of any interval from the agents simulated. */
  maxChange: number;
  /** Agent-hours per day of each kind of the agents proposed next (at the last: of those simulated). */
  agentHours: Record<ChannelDay, number>;
  /** Share answered within the target over the attempts offered, in the simulation of this iteration. */
  serviceLevel: number;
  replications: number;
}

export interface HotlineIsaResult {
  schedule: AgentSchedule;
  /** Days of each kind the simulations measured (after the warm-up): kinds with none kept their start. */
  days: Record<ChannelDay, number>;
  iterations: HotlineIsaIteration[];
  converged: boolean;
}

export interface HotlineIsaInput {
  scenario: Scenario;
  target: HotlineTarget;
  /** The starting agents (lagged SIPP's) and the floor per interval (1 where fresh calls come, else 0). */
  start: AgentSchedule;
  minimum: AgentSchedule;
  /** The scenario with these agents in (hotline-plan.ts `withAgents`). */
  withAgents: (scenario: Scenario, schedule: AgentSchedule) => Scenario;
  simulate: Simulate;
  replications: number;
  screenReplications?: number;
  seed: number;
  maxIterations?: number;
  onIteration?: (it: HotlineIsaIteration) => void;
  cancelled?: () => boolean;
}

/** The fewest agents with which the attempts of one cell meet the target, over its histogram. */
export function agentsFor(
  load: MergedHotlineLoad,
  cell: number,
  mu: number,
  theta: number,
  target: HotlineTarget,
  max: number,
): number {
  const h = load.inSystem.subarray(cell * load.bins, (cell + 1) * load.bins);
  const T = target.seconds / 60;
  for (let s = 0; s < max; s++) {
    const m = measuresFor(h, s, mu, theta, T);
    if (m.within >= target.share && (target.abandonShare === undefined || m.abandon <= target.abandonShare)) return s;
  }
  return max;
}

/** One step: the agents the last simulation calls for (kinds without days keep `previous`). */
export function nextAgents(
  load: MergedHotlineLoad,
  rates: { mu: number; theta: number },
  target: HotlineTarget,
  previous: AgentSchedule,
  minimum: AgentSchedule,
): AgentSchedule {
  const out = {} as AgentSchedule;
  CHANNEL_DAYS.forEach((kind, d) => {
    if (load.days[kind] === 0) {
      out[kind] = [...previous[kind]];
      return;
    }
    out[kind] = previous[kind].map((_, k) => {
      const cell = hotlineLoadCell(load.intervals, d, k);
      const s =
        load.offered[cell] > 0 ? agentsFor(load, cell, rates.mu, rates.theta, target, load.bins - 1) : minimum[kind][k];
      return Math.max(s, minimum[kind][k]);
    });
  });
  return out;
}

function largestChange(a: AgentSchedule, b: AgentSchedule, days: Record<ChannelDay, number>): number {
  let m = 0;
  for (const kind of CHANNEL_DAYS) {
    if (days[kind] === 0) continue;
    a[kind].forEach((n, k) => (m = Math.max(m, Math.abs(n - b[kind][k]))));
  }
  return m;
}

function hoursPerDay(s: AgentSchedule, intervalMinutes: number): Record<ChannelDay, number> {
  return Object.fromEntries(
    CHANNEL_DAYS.map((k) => [k, (s[k].reduce((a, x) => a + x, 0) * intervalMinutes) / 60]),
  ) as Record<ChannelDay, number>;
}

function larger(a: AgentSchedule, b: AgentSchedule): AgentSchedule {
  return Object.fromEntries(CHANNEL_DAYS.map((k) => [k, a[k].map((x, j) => Math.max(x, b[k][j]))])) as AgentSchedule;
}

/** Whether the last two steps went opposite ways in most intervals that moved both times. */
function circling(before: AgentSchedule, simulated: AgentSchedule, proposed: AgentSchedule): boolean {
  let both = 0;
  let flips = 0;
  for (const kind of CHANNEL_DAYS)
    simulated[kind].forEach((n, k) => {
      const was = n - before[kind][k];
      const now = proposed[kind][k] - n;
      if (was === 0 || Math.abs(now) <= 1) return;
      both++;
      if (Math.sign(was) !== Math.sign(now)) flips++;
    });
  return both > 0 && flips * 2 > both;
}

/** The scenario with `seconds` among the hotline's reported thresholds (added when missing; at most 4 kept). */
export function withThreshold(scenario: Scenario, seconds: number): Scenario {
  const s = structuredClone(scenario);
  const have = s.hotline!.answerWithinSeconds ?? [20, 30];
  if (!have.includes(seconds)) s.hotline!.answerWithinSeconds = [...have, seconds].slice(-4);
  return s;
}

export async function iterativeAgents(input: HotlineIsaInput): Promise<HotlineIsaResult> {
  const { scenario, target, simulate, replications, seed, minimum } = input;
  const h = scenario.hotline!;
  const rates = { mu: 1 / distribution(h.handling).mean, theta: 1 / distribution(h.patience).mean };
  // The target's seconds must be a reported threshold, to read the level of each iteration back.
  const measured = withThreshold(scenario, target.seconds);
  const screen = Math.min(replications, input.screenReplications ?? replications);
  const maxIterations = input.maxIterations ?? 10;
  let agents: AgentSchedule = structuredClone(input.start);
  let before: AgentSchedule | null = null;
  let weight = 0.5;
  let lastSettle = Infinity;
  let lastStep = Infinity;
  const iterations: HotlineIsaIteration[] = [];
  let days = Object.fromEntries(CHANNEL_DAYS.map((k) => [k, 0])) as Record<ChannelDay, number>;
  for (let n = 0; n < maxIterations; n++) {
    const fine = n === 0 || lastStep <= 2 || screen === replications;
    const reps = fine ? replications : screen;
    const merged = await simulate({ scenario: input.withAgents(measured, agents), replications: reps, seed });
    const load = merged.groupLoad?.hotline;
    if (!load) throw new Error('the simulation recorded no hotline load');
    days = load.days;
    const proposed = nextAgents(load, rates, target, agents, minimum);
    const settle = largestChange(proposed, agents, load.days);
    const noiseOnly = fine && settle <= 2 && lastSettle <= 2;
    if (fine) lastSettle = settle;
    const record = (maxChange: number, s: AgentSchedule) => {
      const it = {
        iteration: n + 1,
        maxChange,
        agentHours: hoursPerDay(s, load.intervalMinutes),
        serviceLevel: merged.metrics[`hotline.serviceLevel.${target.seconds}s`]?.mean ?? NaN,
        replications: reps,
      };
      iterations.push(it);
      input.onIteration?.(it);
      return it;
    };
    // Settled when no interval calls for more agents than it had and none for two or more fewer.
    const short = CHANNEL_DAYS.some((k) => days[k] > 0 && proposed[k].some((x, j) => x > agents[k][j]));
    if (fine && ((settle <= 1 && !short) || noiseOnly)) {
      // Only noise left: the larger of the two in each interval (the safe side; it is evaluated next).
      const answer = noiseOnly && short ? larger(agents, proposed) : agents;
      record(settle, answer);
      return { schedule: answer, days, iterations, converged: true };
    }
    if (n >= 2 && before && circling(before, agents, proposed)) weight = Math.max(weight / 2, 1 / 4);
    // Damped steps (isa.ts); an interval one agent short gets it at once (the answer is never left below the target).
    const next = {} as AgentSchedule;
    for (const kind of CHANNEL_DAYS)
      next[kind] = agents[kind].map((x, k) =>
        proposed[kind][k] === x + 1 ? x + 1 : dampCell(x, proposed[kind][k], weight),
      );
    lastStep = record(largestChange(next, agents, load.days), next).maxChange;
    before = agents;
    agents = next;
    if (input.cancelled?.()) break;
  }
  return { schedule: agents, days, iterations, converged: false };
}
