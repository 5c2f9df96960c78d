/**
 * The hotline and online blocks the editor inserts when the planner switches them on: the city
 * preset's hotline (data/scenarios/city-hotline.json, synthetic estimates) fitted to the scenario
 * at hand — agents 08:00–20:00 in its statistics intervals, the calls and seats scaled to the
 * hall's daily volume, no reference to business types it may not have — so a block switched on is
 * valid at once.
 */
import type { HotlineCallbacksSpec, HotlineSpec, OnlineSpec, Scenario } from '../../sim/scenario/index.ts';
import { DEFAULTS, MAX_VISITORS_PER_DAY } from '../../sim/scenario/index.ts';

/** A hotline for this scenario: about 4 calls a day per hall visitor (the city preset's ratio), within the limits. */
export function defaultHotline(s: Scenario): HotlineSpec {
  const interval = s.calendar.intervalMinutes ?? DEFAULTS.calendar.intervalMinutes;
  const n = (20 * 60 - 8 * 60) / interval;
  const volume = Math.max(1, s.demand.dailyVolume);
  const calls = (factor: number) => Math.min(MAX_VISITORS_PER_DAY, Math.round(volume * 4 * factor));
  // Agents for a 5-minute call, a little above the hour's offered load at the busy hour.
  const agents = (factor: number) => Math.max(1, Math.ceil((calls(factor) * 0.7 * 0.11 * 5) / 60 + 1));
  const day = (factor: number) => Array<number>(n).fill(agents(factor));
  return {
    callsPerDay: { ordinary: calls(1), filing: calls(1.5), deadline: calls(2.2), closed: calls(0.12) },
    profile: [
      { start: '00:00', end: '08:00', share: 0.02 },
      { start: '08:00', end: '20:00', share: 0.96 },
      { start: '20:00', end: '24:00', share: 0.02 },
    ],
    ivr: { completes: 0.3 },
    agents: {
      hours: { start: '08:00', end: '20:00' },
      seats: agents(2.2),
      schedule: { ordinary: day(1), filing: day(1.5), deadline: day(2.2), closed: day(0.12) },
    },
    handling: { kind: 'lognormal', mean: 5, cv: 0.8 },
    patience: { kind: 'exponential', mean: 1.5 },
    redial: { probability: 0.5, delay: { kind: 'exponential', mean: 15 } },
  };
}

/**
 * Callbacks as in the field documentation's example (data/README.md): offered when the announced
 * wait is above two minutes, taken by 60% of those offered, 90% of the callbacks reaching the
 * taxpayer; the target (120 minutes) and an unreached callback's time (30 s) left to their defaults.
 */
export function defaultCallbacks(): HotlineCallbacksSpec {
  return { offerAboveSeconds: 120, acceptShare: 0.6, reachShare: 0.9 };
}

/** Nothing moved yet; a quarter of the matters moved would bring a call (when there is a hotline). */
export function defaultOnline(s: Scenario): OnlineSpec {
  return s.hotline ? { callShare: 0.25 } : {};
}
