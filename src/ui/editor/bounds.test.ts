import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import cityJson from '../../../data/scenarios/city-deadline-day.json';
import demoJson from '../../../data/scenarios/demo-hall.json';
import kioskJson from '../../../data/scenarios/kiosk-network.json';
import {
  defOf,
  MAX_CV,
  MAX_DURATION_MINUTES,
  MAX_ERLANG_K,
  MAX_FACTOR,
  MAX_MIXTURE_WEIGHT,
  MAX_MTBF_HOURS,
  MAX_SERVERS,
  MAX_SLOT_CAPACITY,
  MAX_SLOT_MINUTES,
  MAX_VISITORS_PER_DAY,
  MAX_WORKING_DAYS,
  MIN_CV,
  MIN_MTBF_HOURS,
  MIN_TIME_OFF_THRESHOLD_MINUTES,
  numberBoundsAt,
  type Path,
  scenarioSchema,
} from '../../sim/scenario/index.ts';
import { editorEn } from '../i18n/editor.en.ts';
import { editorZh } from '../i18n/editor.zh-CN.ts';
import { fieldRule, limitKindAt, type LimitKind } from './bounds.ts';
import { checkNumber, percentToShare } from './numbers.ts';

/** Every number of the schema: its path (a record's key as "*", a list's entry as 0) and bounds. */
function schemaNumbers(): { path: Path; bounds: { side: 'lower' | 'upper'; value: number }[] }[] {
  const out: { path: Path; bounds: { side: 'lower' | 'upper'; value: number }[] }[] = [];
  const walk = (s: z.ZodType, path: Path, stack: Set<z.ZodType>): void => {
    if (stack.has(s)) return; // a mixture's parts are distributions again
    const next = new Set(stack).add(s);
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') walk(def.innerType!, path, next);
    else if (def.type === 'lazy') walk(def.getter!(), path, next);
    else if (def.type === 'pipe') walk(def.in!, path, next);
    else if (def.type === 'union') for (const o of def.options ?? []) walk(o, path, next);
    else if (def.type === 'object') for (const [k, v] of Object.entries(def.shape ?? {})) walk(v, [...path, k], next);
    else if (def.type === 'array') walk(def.element!, [...path, 0], next);
    else if (def.type === 'record') walk(def.valueType!, [...path, '*'], next);
    else if (def.type === 'number') {
      const bounds = (def.checks ?? []).flatMap((c): { side: 'lower' | 'upper'; value: number }[] => {
        const { check, value } = c._zod.def;
        if (typeof value !== 'number') return [];
        return check === 'greater_than'
          ? [{ side: 'lower', value }]
          : check === 'less_than'
            ? [{ side: 'upper', value }]
            : [];
      });
      out.push({ path, bounds });
    }
  };
  walk(scenarioSchema, [], new Set());
  return out;
}

/** Every number in a scenario, with its path. */
function numbersIn(x: unknown, path: Path = []): { path: Path; value: number }[] {
  if (typeof x === 'number') return [{ path, value: x }];
  if (Array.isArray(x)) return x.flatMap((v, i) => numbersIn(v, [...path, i]));
  if (x !== null && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => numbersIn(v, [...path, k]));
  return [];
}

// The per-field limits of limits.ts (list lengths and the totals are checked elsewhere).
const FIELD_LIMITS = new Set([
  MAX_VISITORS_PER_DAY,
  MAX_FACTOR,
  MAX_DURATION_MINUTES,
  -MAX_DURATION_MINUTES,
  MIN_CV,
  MAX_CV,
  MAX_ERLANG_K,
  MAX_MIXTURE_WEIGHT,
  MAX_SERVERS,
  MAX_SLOT_CAPACITY,
  MAX_SLOT_MINUTES,
  MAX_WORKING_DAYS,
  MAX_MTBF_HOURS,
  MIN_TIME_OFF_THRESHOLD_MINUTES,
]);

describe("HallFlow's limits in the editor's messages", () => {
  const numbers = schemaNumbers();

  it('finds the numbers of the schema', () => {
    expect(numbers.length).toBeGreaterThan(60);
    expect(numbers.some((n) => n.path.join('.') === 'windows.groups.0.windows')).toBe(true);
  });

  it('knows why every per-field limit of the schema is there (so a message can say it)', () => {
    const missing = numbers.flatMap((n) =>
      n.bounds
        .filter((b) => FIELD_LIMITS.has(b.value) && limitKindAt(n.path, b.side, b.value) === undefined)
        .map((b) => `${n.path.join('.')} ${b.side} ${b.value}`),
    );
    expect(missing).toEqual([]);
    // 1 is also a meaning (a slot of at least a minute): only the kiosks' failure rate calls it a limit.
    expect(limitKindAt(['kiosks', 'sites', 0, 'failures', 'mtbfHours'], 'lower', MIN_MTBF_HOURS)).toBe('mtbfLow');
    expect(limitKindAt(['appointments', 'slotMinutes'], 'lower', 1)).toBeUndefined();
  });

  it('has no reason listed for a limit the schema does not have', () => {
    const used = new Set(
      numbers.flatMap((n) =>
        n.bounds.map((b) => limitKindAt(n.path, b.side, b.value)).filter((k): k is LimitKind => k !== undefined),
      ),
    );
    expect([...used].sort()).toEqual(Object.keys(editorEn.number.limitReasons).sort());
    expect(Object.keys(editorZh.number.limitReasons).sort()).toEqual(Object.keys(editorEn.number.limitReasons).sort());
  });
});

describe('the rule a number field enforces', () => {
  const demo = demoJson as unknown;

  it('narrows the field to the schema and marks the bounds that are limits', () => {
    expect(fieldRule({ integer: true, min: 0 }, ['windows', 'groups', 0, 'windows'], demo)).toEqual({
      integer: true,
      min: 0,
      max: 1000,
      limits: { upper: 'servers' },
    });
    expect(fieldRule({ min: 0 }, ['closing', 'timeOffThresholdMinutes'], demo)).toEqual({
      min: 15,
      limits: { lower: 'timeOff' },
    });
    expect(fieldRule({ gt: 0 }, ['types', 0, 'service', 'cv'], demo)).toEqual({
      min: 0.001,
      max: 100,
      limits: { lower: 'cv', upper: 'cv' },
    });
    expect(fieldRule({ min: 0 }, ['demand', 'dailyVolume'], demo)).toEqual({
      min: 0,
      max: 100000,
      limits: { upper: 'visitors' },
    });
    expect(fieldRule({ min: 0 }, ['demand', 'weekdayFactors', 3], demo)).toEqual({
      min: 0,
      max: 100,
      limits: { upper: 'factor' },
    });
    // The field's own meaning stays as it is: no limit to explain.
    expect(fieldRule({ min: 0, max: 100, percent: true }, ['types', 0, 'share'], demo)).toEqual({
      min: 0,
      max: 100,
      percent: true,
    });
    expect(fieldRule({ integer: true, min: 1, max: 366 }, ['calendar', 'days'], demo)).toEqual({
      integer: true,
      min: 1,
      max: 366,
    });
    // Not a number in the schema: the field's rule as given.
    expect(fieldRule({ min: 0 }, ['calendar', 'open'], demo)).toEqual({ min: 0 });
  });

  it('is never looser than the schema, for every number of the presets (each of which it accepts)', () => {
    for (const preset of [demoJson, cityJson, kioskJson] as unknown[]) {
      for (const { path, value } of numbersIn(preset)) {
        const b = numberBoundsAt(path, preset);
        if (b === null) continue; // version, intervalMinutes: literals, not typed
        for (const own of [{}, { min: 0 }, { percent: true }]) {
          const rule = fieldRule(own, path, preset);
          const at = path.join('.');
          const shown = rule.percent ? value * 100 : value;
          expect(checkNumber(String(shown), rule).ok, `${at} = ${value}`).toBe(true);
          const share = (x: number) => (rule.percent ? percentToShare(x) : x);
          if (b.upper !== undefined) expect(share(rule.max!), at).toBeLessThanOrEqual(b.upper);
          if (b.lower !== undefined) expect(share(rule.min ?? rule.gt!), at).toBeGreaterThanOrEqual(b.lower);
          if (b.integer) expect(rule.integer, at).toBe(true);
        }
      }
    }
  });
});
