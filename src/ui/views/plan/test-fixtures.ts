/**
 * Real plans for the tests, made once per test file with the planner itself (in this thread):
 * the M/M/10 check shortened to 2 days (one ordinary day after the warm-up, one group) with
 * kiosks, staggered invitations, back office and frontier off; and the demo hall around its
 * filing deadline (8 days from 10 March: filing, deadline and ordinary days) with everything on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../../sim/scenario/index.ts';
import { makePlan, type Plan } from '../../../sim/plan/recommendation.ts';
import { simulateInThread } from '../../../sim/results/simulate.ts';
import { parseTarget } from '../../../sim/plan/target.ts';

export const TARGET = 'wait<=15min@90%';
export const SEED = 7;

export function loadPreset(name: 'textbook-mmc' | 'demo-hall'): Scenario {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../../data/scenarios/${name}.json`, import.meta.url)), 'utf8'),
  ) as Scenario;
}

export function mmcTwoDays(): Scenario {
  const s = loadPreset('textbook-mmc');
  s.calendar.days = 2;
  return s;
}

export function demoAroundDeadline(): Scenario {
  const s = loadPreset('demo-hall');
  s.calendar.startDate = '2026-03-10';
  s.calendar.days = 8;
  return s;
}

let small: Promise<Plan> | null = null;
let full: Promise<Plan> | null = null;

export function smallPlan(): Promise<Plan> {
  small ??= makePlan(mmcTwoDays(), simulateInThread, {
    targets: parseTarget(TARGET),
    replications: 4,
    seed: SEED,
    kiosks: false,
    staggered: false,
    backOffice: false,
    frontier: false,
  });
  return small;
}

export function demoPlan(): Promise<Plan> {
  full ??= makePlan(demoAroundDeadline(), simulateInThread, {
    targets: parseTarget(TARGET),
    replications: 3,
    seed: SEED,
  });
  return full;
}
