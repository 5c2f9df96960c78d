/**
 * The scenario fuzz suite: bad scenarios made from the presets (scenario-mutations.ts), each
 * given to the validator and, when it accepts one, run for one short replication.
 *
 *  - crash: the validator threw, or a scenario it accepted threw in `runReplication`;
 *  - hang: a case (validation and run) took longer than `caseMs` (a run is stopped at the end
 *    of the first simulated day past it);
 *  - silent drop: an accepted scenario ran but lost taxpayers without a word (conservation
 *    imbalance or taxpayers leaked inside the model) or reported a NaN or infinite statistic.
 *
 * Accepted scenarios run at most their first SHORT_DAYS days (dates outside them dropped, the
 * warm-up cut to fit) when that shortened scenario is still valid, else whole: short enough for
 * a thousand cases, long enough to reach the filing period of every preset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { runReplication } from '../../src/sim/hall/run.ts';
import { type Scenario, validateScenario } from '../../src/sim/scenario/index.ts';
import type { FuzzReport } from './report.ts';
import { type Mutation, apply, describe, mutations, shapeOf } from './scenario-mutations.ts';

const SHORT_DAYS = 7;
/** Default bound on one case, milliseconds: about ten times the slowest accepted case here. */
const CASE_MS = 20_000;

const presetDir = new URL('../../data/scenarios/', import.meta.url);

function presets(): { name: string; text: string; value: Record<string, unknown> }[] {
  return readdirSync(presetDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(new URL(name, presetDir), 'utf8');
      return { name, text, value: JSON.parse(text) as Record<string, unknown> };
    });
}

class Overtime extends Error {}

/** The first SHORT_DAYS days of a valid scenario, or null when that would not be valid. */
function shortened(s: Scenario): Scenario | null {
  if (s.calendar.days <= SHORT_DAYS) return null;
  const t = structuredClone(s);
  const cal = t.calendar;
  cal.days = SHORT_DAYS;
  const start = Date.parse(`${cal.startDate}T00:00:00Z`);
  const inside = (d: string) => {
    const k = (Date.parse(`${d}T00:00:00Z`) - start) / 86_400_000;
    return k >= 0 && k < SHORT_DAYS;
  };
  if (cal.holidays) cal.holidays = cal.holidays.filter(inside);
  if (cal.extraWorkdays) cal.extraWorkdays = cal.extraWorkdays.filter(inside);
  if (cal.dayTypeOverrides)
    cal.dayTypeOverrides = Object.fromEntries(Object.entries(cal.dayTypeOverrides).filter(([d]) => inside(d)));
  if (t.demand.byDate) t.demand.byDate = Object.fromEntries(Object.entries(t.demand.byDate).filter(([d]) => inside(d)));
  if ((cal.warmupDays ?? 0) >= SHORT_DAYS) cal.warmupDays = 0;
  return validateScenario(t).length === 0 ? t : null;
}

/** Why a replication's result is not to be trusted, or null. */
function lostSomething(r: ReturnType<typeof runReplication>): string | null {
  const m = r.metrics;
  if (m['conservation.imbalance'] !== 0) return `conservation imbalance ${m['conservation.imbalance']}`;
  if (m['internal.leakedTaxpayers'] !== 0) return `${m['internal.leakedTaxpayers']} taxpayers leaked`;
  for (const [k, v] of Object.entries(m)) if (!Number.isFinite(v)) return `metric ${k} = ${v}`;
  for (const [k, a] of Object.entries(r.days)) if (!a.every(Number.isFinite)) return `days.${k} has a non-finite value`;
  return null;
}

const errorLine = (e: unknown) => {
  const err = e instanceof Error ? e : new Error(String(e));
  const frame =
    err.stack
      ?.split('\n')
      .find((l) => l.includes(' at '))
      ?.trim() ?? '';
  return `${err.name}: ${err.message.split('\n')[0].slice(0, 200)} ${frame}`;
};

/** Generates `runs` cases from `seed` (the same cases for the same seed) and runs them all. */
export async function fuzzScenarios(options: { runs: number; seed: number; caseMs?: number }): Promise<FuzzReport> {
  const caseMs = options.caseMs ?? CASE_MS;
  const all = presets();
  const shapes = all.map((p) => shapeOf(p.value));
  const cases = fc.sample(
    fc.integer({ min: 0, max: all.length - 1 }).chain((i) => mutations(shapes[i]).map((ms) => ({ preset: i, ms }))),
    { numRuns: options.runs, seed: options.seed },
  );
  const report: FuzzReport = { cases: 0, crashes: 0, hangs: 0, silentDrops: 0, failures: [] };
  for (const [n, c] of cases.entries()) {
    report.cases++;
    const label = `case ${n} (${all[c.preset].name}: ${c.ms.map(describe).join('; ')})`;
    const outcome = runCase(JSON.parse(all[c.preset].text) as Record<string, unknown>, c.ms, n, caseMs);
    if (outcome.kind === 'crash') report.crashes++;
    else if (outcome.kind === 'hang') report.hangs++;
    else if (outcome.kind === 'drop') report.silentDrops++;
    if (outcome.kind !== 'ok') report.failures.push(`${outcome.kind}: ${label}: ${outcome.why}`);
    // Let the event loop breathe between cases (timers, a test runner's heartbeat).
    if (n % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return report;
}

type Outcome = { kind: 'ok' } | { kind: 'crash' | 'hang' | 'drop'; why: string };

function runCase(s: Record<string, unknown>, ms: Mutation[], n: number, caseMs: number): Outcome {
  for (const m of ms) apply(s, m);
  const started = performance.now();
  const late = () => performance.now() - started > caseMs;
  let problems: unknown[];
  try {
    problems = validateScenario(s);
  } catch (e) {
    return { kind: 'crash', why: `the validator threw ${errorLine(e)}` };
  }
  if (late()) return { kind: 'hang', why: `validation took ${Math.round(performance.now() - started)} ms` };
  if (problems.length > 0) return { kind: 'ok' };
  const scenario = shortened(s as unknown as Scenario) ?? (s as unknown as Scenario);
  let result: ReturnType<typeof runReplication>;
  try {
    result = runReplication(scenario, {
      seed: 20261126,
      replication: n,
      onProgress: () => {
        if (late()) throw new Overtime();
      },
    });
  } catch (e) {
    if (e instanceof Overtime) return { kind: 'hang', why: `still running after ${caseMs} ms` };
    return { kind: 'crash', why: `accepted, then runReplication threw ${errorLine(e)}` };
  }
  if (late()) return { kind: 'hang', why: `took ${Math.round(performance.now() - started)} ms` };
  const lost = lostSomething(result);
  return lost ? { kind: 'drop', why: `accepted and ran, but ${lost}` } : { kind: 'ok' };
}
