/**
 * The Iterative Staffing Algorithm (Feldman, Mandelbaum, Massey & Whitt, Management Science
 * 2008) on the hall model, per window group, day type and interval of the opening hours:
 *
 *   0. start with "unlimited" windows everywhere;
 *   1. simulate many replications with the current staffing and record, for every taxpayer who
 *      joins a group's line, how many were in that group's system (group-load.ts);
 *   2. set each cell to the fewest windows with which those joiners would meet the target
 *      (tagged.ts: what s windows would mean for a joiner who finds l in the system);
 *   3. repeat (after the first step each move goes part of the way, see `damp`) until, in every
 *      cell, what the last simulation calls for is within one window of the staffing simulated
 *      (or within two, twice running: the simulation's noise); the staffing simulated last is
 *      the answer.
 *
 * The measure is taken over joining taxpayers, not over time: appointments and staggered bookings
 * arrive at their slots, not as a Poisson stream. Abandonment, balking, priorities, closing-time
 * overtime and the rest are simply simulated. A cell nobody joins keeps enough windows for the
 * taxpayers still inside (the time-average number in the system, rounded up), so the line left
 * at the ticket cut-off is served. With a whole-day target the windows of a day go, one at a
 * time, where they raise the day's share within target most (greedy marginal allocation).
 * Day types absent from the horizon keep the scenario's own schedule.
 *
 * With `screenReplications`, the iterations far from the answer (after a step that moved some
 * cell by more than two windows) simulate with fewer replications: they only need to point the
 * way. The first (unlimited windows: the demand the analytic methods read) and every one that
 * can end the algorithm simulate with all of them, so the answer is judged at full precision.
 */
import { distribution } from '../engine/distributions.ts';
import { groupLoadCell } from '../hall/group-load.ts';
import type { MergedGroupLoad } from '../results/merge-group-load.ts';
import { resolveScenario } from '../hall/resolve.ts';
import { DAY_TYPES, type DayType, type Scenario } from '../scenario/index.ts';
import type { Simulate } from '../results/simulate.ts';
import { copyStaffing, staffHours, staffingOf, uniformStaffing, withStaffing, type Staffing } from './staffing.ts';
import { measuresFor } from './tagged.ts';
import type { PlanTarget, PlanTargets } from './target.ts';

/** Windows per cell at the start ("unlimited": far above any hall's need, below the histogram's last bin). */
export const UNLIMITED = 150;

export interface IsaIteration {
  iteration: number;
  /** Largest change of any cell from the staffing simulated (at the last iteration: of what it calls for). */
  maxChange: number;
  /** Window-hours per day of each type of the new staffing. */
  staffHours: Record<DayType, number>;
}

export interface IsaResult {
  staffing: Staffing;
  iterations: IsaIteration[];
  converged: boolean;
  /** The first simulation's load: the demand each group gets with unlimited windows. */
  unlimited: MergedGroupLoad;
}

export interface IsaInput {
  scenario: Scenario;
  targets: PlanTargets;
  simulate: Simulate;
  replications: number;
  /** Replications of the iterations far from the answer (see the file comment). Default: `replications`. */
  screenReplications?: number;
  seed: number;
  maxIterations?: number;
  onIteration?: (it: IsaIteration) => void;
  /** Checked between iterations: true stops with what there is. */
  cancelled?: () => boolean;
}

/** Rates of handling (per window) and of giving up, for the tagged-joiner formulas. */
export interface Rates {
  /** μ per cell (from the simulated handling times, else the group's, else the scenario's). */
  mu: Float64Array;
  theta: number;
}

export function ratesFrom(load: MergedGroupLoad, scenario: Scenario): Rates {
  const r = resolveScenario(scenario);
  const cells = load.joined.length;
  const perGroup = DAY_TYPES.length * load.intervals;
  const mu = new Float64Array(cells);
  for (let g = 0; g < load.groups.length; g++) {
    let served = 0;
    let work = 0;
    for (let c = g * perGroup; c < (g + 1) * perGroup; c++) {
      served += load.served[c];
      work += load.serviceSum[c];
    }
    const fallback = served > 0 && work > 0 ? served / work : 1 / r.groups[g].meanService;
    for (let c = g * perGroup; c < (g + 1) * perGroup; c++) {
      mu[c] = load.served[c] >= 5 && load.serviceSum[c] > 0 ? load.served[c] / load.serviceSum[c] : fallback;
    }
  }
  const patience = scenario.behaviour?.patience;
  return { mu, theta: patience ? 1 / distribution(patience).mean : 0 };
}

/** The in-system histogram of a cell. */
export function histogramOf(load: MergedGroupLoad, cell: number): Float64Array {
  return load.inSystem.subarray(cell * load.bins, (cell + 1) * load.bins);
}

function meets(m: { within: number; meanWait: number; abandon: number }, t: PlanTarget): boolean {
  return (
    m.within >= t.share &&
    (t.meanWaitMinutes === undefined || m.meanWait <= t.meanWaitMinutes) &&
    (t.abandonShare === undefined || m.abandon <= t.abandonShare)
  );
}

/** Windows for the taxpayers still inside when nobody joins: the time-average in the system, rounded up. */
function drainLevel(load: MergedGroupLoad, cell: number, days: number): number {
  return days > 0 ? Math.max(0, Math.ceil(load.presence[cell] / days - 1e-9)) : 0;
}

/** One step of the algorithm: the staffing the last simulation calls for. */
export function nextStaffing(
  load: MergedGroupLoad,
  rates: Rates,
  targets: PlanTargets,
  previous: Staffing,
  max = UNLIMITED,
): Staffing {
  const next = copyStaffing(previous);
  const I = load.intervals;
  DAY_TYPES.forEach((type, d) => {
    const days = load.days[type];
    if (days === 0) return; // no evidence: keep the scenario's schedule
    const t = targets[type];
    for (let g = 0; g < load.groups.length; g++) {
      const cells = Array.from({ length: I }, (_, k) => groupLoadCell(I, g, d, k));
      const levels =
        t.scope === 'day'
          ? dayLevels(load, rates, t, cells, max)
          : cells.map((c) => intervalLevel(load, rates, t, c, max));
      levels.forEach((s, k) => {
        const c = cells[k];
        const level = load.joined[c] > 0 ? s : drainLevel(load, c, days);
        // An occupancy cap: the work brought in the interval may fill at most that share of the windows.
        const work = load.serviceSum[c] / days / load.intervalMinutes;
        next[g][type][k] =
          t.occupancyCap !== undefined ? Math.max(level, Math.ceil(work / t.occupancyCap - 1e-9)) : level;
      });
    }
  });
  return next;
}

/** The fewest windows with which a cell's joiners meet the target. */
export function intervalLevel(
  load: MergedGroupLoad,
  rates: Rates,
  t: PlanTarget,
  cell: number,
  max = UNLIMITED,
): number {
  const h = histogramOf(load, cell);
  for (let s = 0; s < max; s++) if (meets(measuresFor(h, s, rates.mu[cell], rates.theta, t.waitMinutes), t)) return s;
  return max;
}

/**
 * A whole-day target: every interval starts at the level its own caps (mean wait, abandonment)
 * need, then windows go one at a time where they add most served-within-target joiners, until
 * the day's share within target reaches the target.
 */
function dayLevels(load: MergedGroupLoad, rates: Rates, t: PlanTarget, cells: number[], max: number): number[] {
  const capsOnly: PlanTarget = { ...t, share: 0 };
  const s = cells.map((c) => (load.joined[c] > 0 ? intervalLevel(load, rates, capsOnly, c, max) : 0));
  const within = (i: number, n: number) =>
    measuresFor(histogramOf(load, cells[i]), n, rates.mu[cells[i]], rates.theta, t.waitMinutes).within *
    load.joined[cells[i]];
  const total = cells.reduce((a, c) => a + load.joined[c], 0);
  if (total === 0) return s;
  let got = cells.reduce((a, _, i) => a + (load.joined[cells[i]] > 0 ? within(i, s[i]) : 0), 0);
  const gain = cells.map((c, i) => (load.joined[c] > 0 && s[i] < max ? within(i, s[i] + 1) - within(i, s[i]) : -1));
  while (got / total < t.share) {
    let best = -1;
    for (let i = 0; i < cells.length; i++) if (gain[i] > 0 && (best < 0 || gain[i] > gain[best])) best = i;
    if (best < 0) break; // nothing helps any more
    got += gain[best];
    s[best]++;
    gain[best] = s[best] < max ? within(best, s[best] + 1) - within(best, s[best]) : -1;
  }
  return s;
}

/**
 * One damped step from the staffing simulated towards the proposal: each cell whose proposal
 * is two or more windows away moves by `weight` of the way (rounded, at least one window);
 * cells within one window stay (they already meet the settling rule of `iterativeStaffing`).
 */
export function damp(from: Staffing, to: Staffing, weight: number): Staffing {
  return from.map(
    (g, i) =>
      Object.fromEntries(DAY_TYPES.map((d) => [d, g[d].map((n, k) => dampCell(n, to[i][d][k], weight))])) as Record<
        DayType,
        number[]
      >,
  );
}

/** One cell's damped step from `n` towards `to` (see `damp`). */
export function dampCell(n: number, to: number, weight: number): number {
  const diff = to - n;
  if (Math.abs(diff) <= 1) return n;
  return n + Math.sign(diff) * Math.max(1, Math.round(weight * Math.abs(diff)));
}

/**
 * Whether the last two steps went opposite ways in most cells that moved both times: the
 * iteration is circling its fixed point (a cobweb), and its steps should get shorter.
 */
function reversed(before: Staffing, simulated: Staffing, proposed: Staffing, days: Record<DayType, number>): boolean {
  let both = 0;
  let flips = 0;
  simulated.forEach((g, i) => {
    for (const d of DAY_TYPES) {
      if (days[d] === 0) continue;
      g[d].forEach((n, k) => {
        const was = n - before[i][d][k];
        const now = proposed[i][d][k] - n;
        if (was === 0 || Math.abs(now) <= 1) return;
        both++;
        if (Math.sign(was) !== Math.sign(now)) flips++;
      });
    }
  });
  return both > 0 && flips * 2 > both;
}

/** The largest change between two staffings, over the day types present. */
export function maxChange(a: Staffing, b: Staffing, days: Record<DayType, number>): number {
  let m = 0;
  a.forEach((g, i) => {
    for (const d of DAY_TYPES) {
      if (days[d] === 0) continue;
      g[d].forEach((n, k) => (m = Math.max(m, Math.abs(n - b[i][d][k]))));
    }
  });
  return m;
}

/** Runs the algorithm from unlimited windows until it settles (see step 3 above). */
export async function iterativeStaffing(input: IsaInput): Promise<IsaResult> {
  const { scenario, targets, simulate, replications, seed } = input;
  const intervals = resolveScenario(scenario).hallIntervals;
  const own = staffingOf(scenario);
  // Unlimited where there is evidence; the scenario's own schedule elsewhere.
  let staffing = uniformStaffing(scenario, UNLIMITED, intervals);
  const waitMinutes = Object.fromEntries(DAY_TYPES.map((d) => [d, targets[d].waitMinutes])) as Record<DayType, number>;
  const iterations: IsaIteration[] = [];
  let unlimited: MergedGroupLoad | null = null;
  const maxIterations = input.maxIterations ?? 15;
  // Step length towards the proposal: half way at first, shorter each time the iteration circles.
  let weight = 0.5;
  let before: Staffing | null = null;
  let lastSettle = Infinity;
  let lastStep = Infinity;
  const screen = Math.min(replications, input.screenReplications ?? replications);
  for (let n = 0; n < maxIterations; n++) {
    const fine = n === 0 || lastStep <= 2 || screen === replications;
    const merged = await simulate({
      scenario: withStaffing(scenario, staffing),
      replications: fine ? replications : screen,
      seed,
      waitMinutes,
    });
    const load = merged.groupLoad!;
    unlimited ??= load;
    if (n === 0) for (const d of DAY_TYPES) if (load.days[d] === 0) staffing.forEach((g, i) => (g[d] = [...own[i][d]]));
    const proposed = nextStaffing(load, ratesFrom(load, scenario), targets, staffing);
    // Settled when what the last simulation calls for is within one window of what was
    // simulated, in every cell: the simulated staffing's own measurement then says each cell is
    // within one window's step of the target, and that staffing is the answer. (Not the
    // proposal, nor the larger of the two: with long handling one interval's windows shape the
    // lines of the next ones, so changing many cells at once moves the delays more than the
    // measurement of any one cell says.)
    const settle = maxChange(proposed, staffing, load.days);
    // Within two windows twice running: what is left is the simulation's own noise moving the
    // proposal about, not the iteration, and more iterations would only chase it. Only
    // simulations at full precision count (a screening one points the way, it does not end it).
    const noiseOnly = fine && settle <= 2 && lastSettle <= 2;
    if (fine) lastSettle = settle;
    if (n > 0 && fine && (settle <= 1 || noiseOnly)) {
      const it = {
        iteration: n + 1,
        maxChange: settle,
        staffHours: staffHours(staffing, load.intervalMinutes, load.days).perDay,
      };
      iterations.push(it);
      input.onIteration?.(it);
      return { staffing, iterations, converged: true, unlimited };
    }
    // Damped after the first step: the number found depends on the staffing it was measured
    // under (too few windows → long lines → too many proposed → short lines → too few), so the
    // plain iteration circles its fixed point, and with long handling (where one interval's
    // windows shape the lines of many later ones) it can circle for ever. Moving part of the
    // way, less each time the steps reverse, keeps the fixed points and ends the circling.
    if (n >= 3 && before && reversed(before, staffing, proposed, load.days)) weight = Math.max(weight / 2, 1 / 4);
    const next = n === 0 ? proposed : damp(staffing, proposed, weight);
    const it = {
      iteration: n + 1,
      maxChange: maxChange(next, staffing, load.days),
      staffHours: staffHours(next, load.intervalMinutes, load.days).perDay,
    };
    lastStep = it.maxChange;
    iterations.push(it);
    input.onIteration?.(it);
    before = staffing;
    staffing = next;
    if (input.cancelled?.()) break;
  }
  return { staffing, iterations, converged: false, unlimited: unlimited! };
}
