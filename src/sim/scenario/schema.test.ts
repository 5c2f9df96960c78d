import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULTS } from './defaults.ts';
import { SCHEMA_ID, scenarioJsonSchema, scenarioJsonSchemaText, scenarioSchema } from './schema.ts';
import { validateScenario } from './validate.ts';
import { demo } from './validate-fixtures.ts';

type Json = Record<string, any>;
const committed = readFileSync(new URL('../../../data/scenario.schema.json', import.meta.url), 'utf8');

describe('the zod schema', () => {
  it('runs jitless, so the app needs no unsafe-eval in its CSP', () => {
    expect(z.config().jitless).toBe(true);
    // Nothing in building or running the schema may reach for new Function / Function().
    const original = globalThis.Function;
    const calls: unknown[] = [];
    globalThis.Function = new Proxy(original, {
      construct(_t, args) {
        calls.push(args);
        throw new EvalError('blocked by CSP');
      },
      apply(_t, _this, args) {
        calls.push(args);
        throw new EvalError('blocked by CSP');
      },
    });
    try {
      const bad = demo();
      bad.types[0].share = 'x';
      bad.calendar.unknown = 1;
      expect(validateScenario(demo())).toEqual([]);
      expect(validateScenario(bad).length).toBeGreaterThan(0);
      expect(scenarioSchema.safeParse(demo()).success).toBe(true);
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toEqual([]);
  });

  it('does not transform: the parsed value equals the input (no defaults filled in)', () => {
    const input = demo();
    delete input.closing;
    delete input.calendar.lunch;
    expect(scenarioSchema.parse(input)).toEqual(input);
    expect('closing' in scenarioSchema.parse(input)).toBe(false);
  });

  it('is strict: unknown fields are errors at every level', () => {
    for (const change of [
      (s: Json) => (s.extra = 1),
      (s: Json) => (s.calendar.extra = 1),
      (s: Json) => (s.types[0].service.extra = 1),
      (s: Json) => (s.windows.groups[0].extra = 1),
    ]) {
      const s = demo();
      change(s);
      expect(scenarioSchema.safeParse(s).success).toBe(false);
    }
  });

  it('rejects NaN and Infinity (zod 4 numbers are finite)', () => {
    const s = demo();
    s.demand.dailyVolume = Number.POSITIVE_INFINITY;
    expect(scenarioSchema.safeParse(s).success).toBe(false);
    s.demand.dailyVolume = NaN;
    expect(scenarioSchema.safeParse(s).success).toBe(false);
  });

  it('knows every distribution kind, recursively through mixtures', () => {
    const ok = [
      { kind: 'exponential', mean: 1 },
      { kind: 'deterministic', value: 0 },
      { kind: 'uniform', min: 1, max: 2 },
      { kind: 'triangular', min: 1, mode: 2, max: 3 },
      { kind: 'normal', mean: 5, sd: 1 },
      { kind: 'lognormal', mean: 5, cv: 0.8 },
      { kind: 'gamma', mean: 5, cv: 0.5 },
      { kind: 'erlang', mean: 5, k: 3 },
      { kind: 'empirical', values: [1, 2, 3] },
      {
        kind: 'mixture',
        components: [
          { weight: 1, dist: { kind: 'mixture', components: [{ weight: 2, dist: { kind: 'exponential', mean: 1 } }] } },
        ],
      },
    ];
    for (const service of ok) {
      const s = demo();
      s.types[0].service = service;
      expect(validateScenario(s), JSON.stringify(service)).toEqual([]);
    }
    const s = demo();
    s.types[0].service = { kind: 'mixture', components: [{ weight: 1, dist: { kind: 'erlang', mean: 1, k: 1.5 } }] };
    expect(scenarioSchema.safeParse(s).success).toBe(false);
  });
});

describe('data/scenario.schema.json', () => {
  it('is what `npm run schema` writes (never stale)', () => {
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('is a draft 2020-12 schema with an id, title and description', () => {
    const js = JSON.parse(committed) as Json;
    expect(js.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(js.$id).toBe(SCHEMA_ID);
    expect(js.title).toMatch(/HallFlow/);
    expect(js.description).toMatch(/办税服务厅/);
    expect(js.additionalProperties).toBe(false);
    expect(js.required).toEqual(['version', 'name', 'calendar', 'types', 'demand', 'windows']);
    expect(Object.keys(js.$defs)).toEqual(
      expect.arrayContaining(['DistributionSpec', 'TimeOfDay', 'IsoDate', 'Localized']),
    );
  });

  it('documents the defaults of DEFAULTS and units in descriptions', () => {
    const js = scenarioJsonSchema() as Json;
    const cal = js.properties.calendar.properties;
    expect(cal.ticketCutoffMinutes.default).toBe(DEFAULTS.calendar.ticketCutoffMinutes);
    expect(cal.ticketCutoffMinutes.description).toMatch(/minutes/);
    expect(cal.openWeekdays.default).toEqual(DEFAULTS.calendar.openWeekdays);
    expect(cal.intervalMinutes.default).toBe(30);
    expect(cal.filingPeriod.default).toEqual(DEFAULTS.calendar.filingPeriod);
    expect(js.properties.demand.properties.dailyVolume.description).toMatch(/per day/);
    expect(js.properties.demand.properties.weekdayFactors.default).toEqual(DEFAULTS.demand.weekdayFactors);
    expect(js.properties.closing.properties.leaveProbability.default).toBe(DEFAULTS.closing.leaveProbability);
    expect(js.properties.appointments.anyOf[0].properties.late.default).toEqual(DEFAULTS.appointments.late);
    expect(js.properties.behaviour.properties.creditShares.default).toEqual(DEFAULTS.behaviour.creditShares);
    expect(js.properties.target.default).toEqual(DEFAULTS.target);
    expect(js.properties.kiosks.default).toBeNull();
    const limit = js.properties.types.items.properties.case.properties.limitDays;
    expect(limit.description).toMatch(/working days/);
    // z.int()'s ±2^53 bounds are left out
    expect(committed).not.toContain('9007199254740991');
  });
});
