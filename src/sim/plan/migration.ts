/**
 * The migration what-if: "if x% more of these matters go online, how many windows can close, and
 * how many agents must answer the calls that follow?" — windows and agents against the extra
 * share moved online, as a curve, without simulating (a first cut, stated as such).
 *
 * For each extra share x, the chosen types' hall demand still at the hall is cut by x (the
 * scenario's `online.shift` becomes 1 − (1 − shift)(1 − x)), and the moved matters bring
 * `online.callShare` of calls to 12366. Then:
 *  - windows: the hall's walk-in tickets expected per interval (hall/expected-load.ts, the same
 *    path as the staffing grid and the planner's floor), pooled over the walk-in windows, staffed
 *    by SIPP through Erlang A (the scenario's patience) or Erlang C (none) to the plan's target,
 *    interval by interval and kind of day; reported as window-hours over the horizon and the
 *    busiest interval's windows;
 *  - agents: the hotline's lagged SIPP schedule (hotline-plan.ts) with the calls the move brings.
 * Pooling the walk-in windows ignores the groups' routing, so the windows are a lower bound on
 * what the planner (which simulates the groups) would staff; the differences between points are
 * what the curve is for.
 */
import { distribution } from '../engine/distributions.ts';
import { dayTickets } from '../hall/expected-load.ts';
import { resolveScenario } from '../hall/resolve.ts';
import type { DayType, Scenario } from '../scenario/index.ts';
import { requiredWindows } from './analytic-staffing.ts';
import { agentHoursOf, hotlineSchedule, type HotlineTarget } from './hotline-plan.ts';
import type { PlanTargets } from './target.ts';

export interface MigrationPoint {
  /** The extra share of the chosen types' hall demand moved online (0 = the scenario as it is). */
  extra: number;
  /** Expected hall visitors over the horizon (warm-up included, as for the hours), and those moved online. */
  hallVisitors: number;
  movedOnline: number;
  /** Window-hours over the horizon and the most windows any interval needs (pooled walk-in windows). */
  windowHours: number;
  peakWindows: number;
  /**
   * Calls to 12366 the move brings over the horizon; the hotline's agent-hours and peak agents
   * (null without a hotline).
   */
  onlineCalls: number;
  agentHours: number | null;
  peakAgents: number | null;
}

/** The scenario with `extra` more of `types`' hall demand moved online. */
export function withMoreOnline(scenario: Scenario, types: readonly string[], extra: number): Scenario {
  const s = structuredClone(scenario);
  const online = (s.online ??= {});
  const shift = { ...(online.shift ?? {}) };
  for (const id of types) shift[id] = 1 - (1 - (shift[id] ?? 0)) * (1 - extra);
  online.shift = shift;
  return s;
}

/** Window-hours and peak windows for the pooled walk-in windows (see the file comment). */
function windowsNeeded(
  s: Scenario,
  targets: PlanTargets,
): { hours: number; peak: number; visitors: number; moved: number } {
  const r = resolveScenario(s);
  const n = r.hallIntervals;
  const w = r.interval;
  const T = r.types.length;
  const tickets = dayTickets(r);
  const patience = s.behaviour?.patience ? distribution(s.behaviour.patience).mean : null;
  const mean = r.types.map((t) => t.service.mean);
  let hours = 0;
  let peak = 0;
  let visitors = 0;
  let moved = 0;
  // The same day type and ticket profile give the same windows: remember them per day's key.
  const memo = new Map<string, number[]>();
  for (let d = 0; d < r.days; d++) {
    for (let t = 0; t < T; t++) moved += r.movedOnline[d * T + t];
    visitors += r.volume[d];
    if (!r.calendar.isWorking(d)) continue;
    const type: DayType = r.calendar.dayType(d);
    const day = tickets(d);
    const key = `${type}:${Array.from(day, (x) => x.toFixed(6)).join(',')}`;
    let windows = memo.get(key);
    if (!windows) {
      const target = targets[type];
      windows = Array.from({ length: n }, (_, k) => {
        let arrivals = 0;
        let work = 0;
        for (let t = 0; t < T; t++) {
          arrivals += day[t * n + k];
          work += day[t * n + k] * mean[t];
        }
        if (arrivals <= 0) return 0;
        return requiredWindows(work / w, { meanService: work / arrivals, meanPatience: patience }, target).windows;
      });
      memo.set(key, windows);
    }
    for (const x of windows) {
      hours += (x * w) / 60;
      if (x > peak) peak = x;
    }
  }
  return { hours, peak, visitors, moved };
}

export function migrationCurve(input: {
  scenario: Scenario;
  types: readonly string[];
  extras: readonly number[];
  targets: PlanTargets;
  hotlineTarget: HotlineTarget;
}): MigrationPoint[] {
  return input.extras.map((extra) => {
    const s = withMoreOnline(input.scenario, input.types, extra);
    const hall = windowsNeeded(s, input.targets);
    const callShare = s.online?.callShare ?? 0;
    let agentHours: number | null = null;
    let peakAgents: number | null = null;
    if (s.hotline) {
      const plan = hotlineSchedule(s, input.hotlineTarget);
      agentHours = agentHoursOf(plan.recommended, plan.days, plan.intervalMinutes);
      peakAgents = Math.max(0, ...plan.kinds.flatMap((k) => plan.recommended[k]));
    }
    return {
      extra,
      hallVisitors: hall.visitors,
      movedOnline: hall.moved,
      windowHours: hall.hours,
      peakWindows: hall.peak,
      onlineCalls: s.hotline ? hall.moved * callShare : 0,
      agentHours,
      peakAgents,
    };
  });
}
