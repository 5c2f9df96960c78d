/**
 * Property (fast-check): any scenario the validator accepts runs. Presets with numbers and
 * distributions set to extreme values, inside HallFlow's limits and past them (limits.ts): when
 * `validateScenario` finds no problem, one replication of the first three days runs without
 * throwing, loses nobody and reports no NaN or infinite statistic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/hall/run.ts';
import { type DistributionSpec, type Path, type Scenario, validateScenario } from '../../src/sim/scenario/index.ts';
import { apply, shapeOf } from '../fuzz/scenario-mutations.ts';

const dir = new URL('../../data/scenarios/', import.meta.url);
const presets = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));

/** From the tiniest positive double to far past every limit. */
const EXTREMES = [
  0, -0, 5e-324, 1e-300, 0.001, 0.5, 1, 15, 100, 365, 1000, 1440, 10_000, 100_000, 1e6, 1e7, 1e15, 1e308,
];
const x = fc.constantFrom(...EXTREMES);

const simple: fc.Arbitrary<DistributionSpec> = fc.oneof(
  x.map((mean): DistributionSpec => ({ kind: 'exponential', mean })),
  x.map((value): DistributionSpec => ({ kind: 'deterministic', value })),
  fc.tuple(x, x).map(([min, max]): DistributionSpec => ({ kind: 'uniform', min, max })),
  fc.tuple(x, x, x).map(([min, mode, max]): DistributionSpec => ({ kind: 'triangular', min, mode, max })),
  fc
    .tuple(x, x, fc.boolean())
    .map(([m, sd, negative]): DistributionSpec => ({ kind: 'normal', mean: negative ? -m : m, sd })),
  fc.tuple(x, x).map(([mean, cv]): DistributionSpec => ({ kind: 'lognormal', mean, cv })),
  fc.tuple(x, x).map(([mean, cv]): DistributionSpec => ({ kind: 'gamma', mean, cv })),
  fc
    .tuple(x, fc.constantFrom(1, 2, 16, 17, 1000, 1001))
    .map(([mean, k]): DistributionSpec => ({ kind: 'erlang', mean, k })),
  fc.array(x, { minLength: 1, maxLength: 4 }).map((values): DistributionSpec => ({ kind: 'empirical', values })),
);
const distribution = fc.oneof(
  { weight: 4, arbitrary: simple },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.record({ weight: x, dist: simple }), { minLength: 1, maxLength: 3 })
      .map((components): DistributionSpec => ({ kind: 'mixture', components })),
  },
);

const KINDS = new Set([
  'exponential',
  'deterministic',
  'uniform',
  'triangular',
  'normal',
  'lognormal',
  'gamma',
  'erlang',
  'empirical',
  'mixture',
]);

function distributionPaths(s: unknown): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    if (v === null || typeof v !== 'object') return;
    if (!Array.isArray(v) && KINDS.has((v as { kind?: string }).kind ?? '') && path[path.length - 1] !== 'dist')
      out.push(path);
    for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(s, []);
  return out;
}

const cases = fc.integer({ min: 0, max: presets.length - 1 }).chain((p) => {
  const value = JSON.parse(presets[p]);
  const numbers = fc.record({ path: fc.constantFrom(...shapeOf(value).magnitudes), value: x });
  const dists = fc.record({ path: fc.constantFrom(...distributionPaths(value)), dist: distribution });
  return fc.record({
    preset: fc.constant(p),
    numbers: fc.array(numbers, { maxLength: 3 }),
    dists: fc.array(dists, { maxLength: 2 }),
  });
});

/** The case as a scenario of at most three days (dates outside them dropped). */
function build(c: {
  preset: number;
  numbers: { path: Path; value: number }[];
  dists: { path: Path; dist: DistributionSpec }[];
}): Record<string, any> {
  const s = JSON.parse(presets[c.preset]);
  for (const n of c.numbers) apply(s, { op: 'set', path: n.path, junk: { kind: 'value', value: n.value } });
  for (const d of c.dists) apply(s, { op: 'set', path: d.path, junk: { kind: 'value', value: d.dist } });
  const cal = s.calendar;
  if (typeof cal?.days === 'number' && cal.days > 3 && typeof cal.startDate === 'string') {
    cal.days = 3;
    const start = Date.parse(`${cal.startDate}T00:00:00Z`);
    const inside = (d: string) => (Date.parse(`${d}T00:00:00Z`) - start) / 86_400_000 < 3;
    if (Array.isArray(cal.holidays)) cal.holidays = cal.holidays.filter(inside);
    if (Array.isArray(cal.extraWorkdays)) cal.extraWorkdays = cal.extraWorkdays.filter(inside);
    if (cal.dayTypeOverrides)
      cal.dayTypeOverrides = Object.fromEntries(Object.entries(cal.dayTypeOverrides).filter(([d]) => inside(d)));
    if (s.demand?.byDate)
      s.demand.byDate = Object.fromEntries(Object.entries(s.demand.byDate).filter(([d]) => inside(d)));
    if (typeof cal.warmupDays === 'number' && cal.warmupDays >= 3) cal.warmupDays = 0;
  }
  return s;
}

describe('a scenario the validator accepts runs', () => {
  it('one replication of three days: no throw, nobody lost, no NaN', () => {
    let ran = 0;
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 99 }), (c, rep) => {
        const s = build(c);
        fc.pre(validateScenario(s).length === 0);
        const r = runReplication(s as Scenario, { seed: 20261126, replication: rep });
        ran++;
        expect(r.metrics['conservation.imbalance']).toBe(0);
        expect(r.metrics['internal.leakedTaxpayers']).toBe(0);
        for (const [k, v] of Object.entries(r.metrics)) expect(Number.isFinite(v), k).toBe(true);
        for (const [k, a] of Object.entries(r.days)) expect(a.every(Number.isFinite), k).toBe(true);
      }),
      { numRuns: 60, seed: 20261126, maxSkipsPerRun: 20 },
    );
    expect(ran).toBe(60);
  }, 120_000);
});
