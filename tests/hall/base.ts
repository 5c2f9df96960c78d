/**
 * Scenarios for the rule tests: a small plain hall (one business type, one window group, a
 * working week) that each test extends with exactly the rule it isolates.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { estimate, type Estimate } from '../../src/sim/engine/index.ts';
import { runReplication } from '../../src/sim/hall/run.ts';
import type { ReplicationResult } from '../../src/sim/hall/results.ts';
import type { DistributionSpec, HotlineSpec, Scenario } from '../../src/sim/scenario/index.ts';
import { SUITE_SEED } from '../support/seed.ts';

export const exp = (mean: number): DistributionSpec => ({ kind: 'exponential', mean });

/** 16 half-hours from 09:00 to 17:00, all with n windows. */
export const allDay = (n: number): number[] => Array(16).fill(n);

export function baseScenario(): Scenario {
  return {
    version: 1,
    name: { zh: '测试大厅', en: 'Test hall' },
    synthetic: true,
    calendar: { startDate: '2026-03-02', days: 5, open: '09:00', close: '17:00', filingPeriod: null },
    types: [{ id: 'filing', name: { zh: '申报', en: 'Filing' }, share: 1, service: exp(5) }],
    demand: { dailyVolume: 300, intraday: [{ start: '09:00', end: '17:00', share: 1 }] },
    windows: {
      groups: [
        { id: 'general', name: { zh: '综合', en: 'General' }, kind: 'general', windows: 6, schedule: allDay(5) },
      ],
    },
    closing: { leaveProbability: 0 },
  };
}

/** A deep copy with changes applied by `edit`. */
export function variant(edit: (s: Scenario) => void, from: Scenario = baseScenario()): Scenario {
  const s = structuredClone(from);
  edit(s);
  return s;
}

export function preset(name: string): Scenario {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/scenarios/${name}.json`, import.meta.url)), 'utf8'));
}

/** Replications 0..n−1 with the suite seed. */
export function replicate(s: Scenario, n: number, seed = SUITE_SEED): ReplicationResult[] {
  return Array.from({ length: n }, (_, replication) => runReplication(s, { seed, replication }));
}

/** 99% interval of a metric (or of any per-replication value) across replications. */
export function ci(results: ReplicationResult[], pick: string | ((r: ReplicationResult) => number)): Estimate {
  const f = typeof pick === 'string' ? (r: ReplicationResult) => r.metrics[pick] : pick;
  return estimate(Float64Array.from(results, f), 0.99);
}

export function inside(e: Estimate, value: number): boolean {
  return value >= e.lower && value <= e.upper;
}

export function describeCi(e: Estimate): string {
  return `${e.mean.toPrecision(5)} ± ${e.halfWidth.toPrecision(3)} (99%, n=${e.n})`;
}

/** Every replication conserves taxpayers and leaks none. */
export function conserved(results: ReplicationResult[]): boolean {
  return results.every(
    (r) =>
      r.metrics['conservation.imbalance'] === 0 &&
      r.metrics['internal.leakedTaxpayers'] === 0 &&
      r.metrics['count.present'] === 0,
  );
}

/** The same agents in every half hour of every day, around the clock. */
export const roundTheClock = (agents: number): HotlineSpec['agents'] => {
  const day = Array<number>(48).fill(agents);
  return { hours: '24h', seats: agents, schedule: { ordinary: day, filing: day, deadline: day, closed: day } };
};

/** A stationary hotline: `perMinute` fresh calls a minute evenly over 24 hours on every day. */
export function stationary(perMinute: number, agents: number, handling: number, patience: number): HotlineSpec {
  const perDay = perMinute * 1440;
  return {
    callsPerDay: { ordinary: perDay, filing: perDay, deadline: perDay, closed: perDay },
    profile: [{ start: '00:00', end: '24:00', share: 1 }],
    agents: roundTheClock(agents),
    handling: exp(handling),
    patience: exp(patience),
  };
}
