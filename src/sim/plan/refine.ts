/**
 * After the Iterative Staffing Algorithm: a repair pass and a trim pass, by simulation with
 * common random numbers (every round runs the same seeds, so a change shows its own effect,
 * not noise).
 *
 * A cell (group, day type, interval) holds the target "at the chosen confidence" when the lower
 * end of its confidence interval of the share served within target is at least the target (and
 * the caps on mean wait and abandonment hold at their estimates). Each round simulates the
 * staffing; where the target does not hold, windows are added (repair) until the joiners'
 * measures (tagged.ts) say it would hold with room for the confidence interval (the share's
 * half-width, at most three windows a round). In the first two rounds (`trimRounds`), besides,
 * a window is removed from every unit that holds and where those measures say it would still
 * hold with one fewer, with the same room (trim). Later rounds only repair, until every unit
 * holds; a unit whose trim went too far gets its window back then. With a whole-day target the unit is
 * the group's day: windows are added where they gain most, or removed where they lose least.
 *
 * Why two trims, made with the first repairs: each round is a full simulation, and on the demo
 * hall each trim after the second took back a handful of windows and cost a repair round or
 * two, for about 1% of the window-hours (1719 window-hours with two, 1694 with three, 80
 * replications more); the room for the interval makes each step what the next
 * simulation will judge it by (the lower end of the interval), so few trims are put back and a
 * repair is seldom one window short.
 */
import type { MergedGroupLoad } from '../results/merge-group-load.ts';
import type { MergedResult } from '../results/merge.ts';
import { groupLoadCell } from '../hall/group-load.ts';
import { DAY_TYPES, type DayType, type Scenario } from '../scenario/index.ts';
import { histogramOf, ratesFrom, UNLIMITED, type Rates } from './isa.ts';
import type { Simulate } from '../results/simulate.ts';
import { copyStaffing, withStaffing, type Staffing } from './staffing.ts';
import { measuresFor } from './tagged.ts';
import type { PlanTarget, PlanTargets } from './target.ts';

export interface RefineRound {
  round: number;
  added: number;
  removed: number;
  /** Cells (or days, with a whole-day target) not holding the target when simulated. */
  failing: number;
}

export interface RefineResult {
  staffing: Staffing;
  rounds: RefineRound[];
  /** The last simulation, of the returned staffing (unless the rounds ran out while repairing). */
  last: MergedResult;
  /** The staffing that last simulation ran. */
  lastStaffing: Staffing;
  /** True when every cell held the target in the last simulation. */
  holds: boolean;
}

export interface RefineInput {
  scenario: Scenario;
  staffing: Staffing;
  targets: PlanTargets;
  simulate: Simulate;
  replications: number;
  seed: number;
  maxRounds?: number;
  /** Rounds that also trim (the first ones). Default 2. */
  trimRounds?: number;
  onRound?: (r: RefineRound) => void;
  cancelled?: () => boolean;
}

interface Unit {
  group: number;
  type: DayType;
  d: number;
  /** Cells of the unit (one with an interval target, the day's with a whole-day target). */
  cells: number[];
  key: string;
}

function units(load: MergedGroupLoad, targets: PlanTargets): Unit[] {
  const out: Unit[] = [];
  const I = load.intervals;
  DAY_TYPES.forEach((type, d) => {
    if (load.days[type] === 0) return;
    for (let g = 0; g < load.groups.length; g++) {
      if (targets[type].scope === 'day') {
        out.push({
          group: g,
          type,
          d,
          cells: Array.from({ length: I }, (_, k) => groupLoadCell(I, g, d, k)),
          key: `${g}:${type}`,
        });
      } else {
        for (let k = 0; k < I; k++)
          out.push({ group: g, type, d, cells: [groupLoadCell(I, g, d, k)], key: `${g}:${type}:${k}` });
      }
    }
  });
  return out;
}

/** The half-width of the unit's simulated share within target (its confidence interval). */
function halfWidthOf(load: MergedGroupLoad, u: Unit, t: PlanTarget): number {
  const share = t.scope === 'day' ? load.share.groupDay : load.share.cell;
  const hw = share.halfWidth[t.scope === 'day' ? u.group * DAY_TYPES.length + u.d : u.cells[0]];
  return Number.isFinite(hw) ? hw : 0;
}

/** Whether a unit holds the target in the simulation (false for no joiners is never asked). */
function holds(load: MergedGroupLoad, u: Unit, t: PlanTarget): boolean {
  const share = t.scope === 'day' ? load.share.groupDay : load.share.cell;
  const i = t.scope === 'day' ? u.group * DAY_TYPES.length + u.d : u.cells[0];
  if (share.mean[i] - share.halfWidth[i] < t.share) return false;
  let served = 0;
  let wait = 0;
  let joined = 0;
  let abandoned = 0;
  for (const c of u.cells) {
    served += load.served[c];
    wait += load.waitSum[c];
    joined += load.joined[c];
    abandoned += load.abandoned[c];
  }
  if (t.meanWaitMinutes !== undefined && served > 0 && wait / served > t.meanWaitMinutes) return false;
  if (t.abandonShare !== undefined && joined > 0 && abandoned / joined > t.abandonShare) return false;
  return true;
}

const joinedIn = (load: MergedGroupLoad, u: Unit) => u.cells.reduce((a, c) => a + load.joined[c], 0);

/** Served-within-target joiners of a cell with n windows, by the joiners' measures. */
function withinAt(load: MergedGroupLoad, rates: Rates, t: PlanTarget, cell: number, n: number): number {
  return measuresFor(histogramOf(load, cell), n, rates.mu[cell], rates.theta, t.waitMinutes).within * load.joined[cell];
}

/** Windows a repair adds to one unit in one round, at most. */
const MAX_ADD = 3;

export async function refineStaffing(input: RefineInput): Promise<RefineResult> {
  const { scenario, targets, simulate, replications, seed } = input;
  const waitMinutes = Object.fromEntries(DAY_TYPES.map((d) => [d, targets[d].waitMinutes])) as Record<DayType, number>;
  let staffing = copyStaffing(input.staffing);
  const rounds: RefineRound[] = [];
  const trimRounds = input.trimRounds ?? 2;
  let last: MergedResult | null = null;
  let lastStaffing = staffing;
  let ok = false;
  const maxRounds = input.maxRounds ?? 12;
  for (let round = 1; round <= maxRounds; round++) {
    last = await simulate({ scenario: withStaffing(scenario, staffing), replications, seed, waitMinutes });
    lastStaffing = staffing;
    const load = last.groupLoad!;
    const rates = ratesFrom(load, scenario);
    const next = copyStaffing(staffing);
    const I = load.intervals;
    const at = (c: number) => ({ g: Math.floor(c / (DAY_TYPES.length * I)), k: c % I });
    let added = 0;
    let removed = 0;
    const all = units(load, targets).filter((u) => joinedIn(load, u) > 0);
    const failing = all.filter((u) => !holds(load, u, targets[u.type]));
    for (const u of failing) {
      const t = targets[u.type];
      const joined = joinedIn(load, u);
      const room = halfWidthOf(load, u, t);
      // Add where it gains most (one cell with an interval target), until the joiners' measures
      // say the target holds with room for the interval: at least one window, at most MAX_ADD.
      let got = u.cells.reduce((a, c) => a + withinAt(load, rates, t, c, next[at(c).g][u.type][at(c).k]), 0);
      for (let step = 0; step < MAX_ADD; step++) {
        if (step > 0 && got / joined - room >= t.share) break;
        let best = -1;
        let bestGain = -Infinity;
        for (const c of u.cells) {
          const { g, k } = at(c);
          const n = next[g][u.type][k];
          if (n >= UNLIMITED || load.joined[c] === 0) continue;
          const gain = withinAt(load, rates, t, c, n + 1) - withinAt(load, rates, t, c, n);
          if (gain > bestGain) {
            bestGain = gain;
            best = c;
          }
        }
        if (best < 0) break;
        const { g, k } = at(best);
        next[g][u.type][k]++;
        added++;
        got += bestGain;
      }
    }
    if (round <= trimRounds) {
      const failed = new Set(failing.map((u) => u.key));
      for (const u of all) {
        if (failed.has(u.key)) continue;
        const t = targets[u.type];
        // Remove where it loses least, if the joiners' measures say the target still holds.
        let best = -1;
        let bestLoss = Infinity;
        for (const c of u.cells) {
          const { g, k } = at(c);
          const n = staffing[g][u.type][k];
          if (n === 0 || load.joined[c] === 0) continue;
          const loss = withinAt(load, rates, t, c, n) - withinAt(load, rates, t, c, n - 1);
          if (loss < bestLoss) {
            bestLoss = loss;
            best = c;
          }
        }
        if (best < 0) continue;
        const joined = joinedIn(load, u);
        const now = u.cells.reduce((a, c) => a + withinAt(load, rates, t, c, staffing[at(c).g][u.type][at(c).k]), 0);
        if ((now - bestLoss) / joined - halfWidthOf(load, u, t) < t.share) continue;
        const { g, k } = at(best);
        next[g][u.type][k]--;
        removed++;
      }
    }
    const r = { round, added, removed, failing: failing.length };
    rounds.push(r);
    input.onRound?.(r);
    if (failing.length === 0 && removed === 0) {
      ok = true;
      break;
    }
    staffing = next;
    if (input.cancelled?.()) break;
  }
  return { staffing, rounds, last: last!, lastStaffing, holds: ok };
}
