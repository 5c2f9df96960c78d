/**
 * Bad scenarios for the fuzz suite, made from the presets by a few mutations each: wrong types
 * at any path, missing and extra keys, inherited names (toString, __proto__, constructor,
 * valueOf, hasOwnProperty) as ids, kinds and keys, huge, tiny and non-finite numbers, numbers at
 * HallFlow's limits, deep nesting, long strings, big and empty lists, duplicated entries.
 *
 * A mutation is a small description (kept printable for the failure report); `materialize`
 * builds its value afresh for each case, since a deep or huge value is not worth keeping.
 */
import fc from 'fast-check';
import { showValue } from '../../src/sim/errors.ts';
import {
  formatPath,
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
  type Path,
} from '../../src/sim/scenario/index.ts';

/** Names every plain object inherits (or that set its prototype). */
export const INHERITED = ['toString', '__proto__', 'constructor', 'valueOf', 'hasOwnProperty'] as const;

/** A value to put somewhere, described. */
export type Junk =
  | { kind: 'value'; value: unknown }
  | { kind: 'deep'; depth: number; shape: 'array' | 'object' | 'mixture' }
  | { kind: 'long'; length: number }
  | { kind: 'list'; length: number; item: unknown }
  | { kind: 'ownKey'; key: string; value: unknown };

export type Mutation =
  | { op: 'set'; path: Path; junk: Junk }
  | { op: 'delete'; path: Path }
  | { op: 'addKey'; path: Path; key: string; junk: Junk }
  | { op: 'duplicate'; path: Path }
  | { op: 'empty'; path: Path };

const NUMBERS = [
  1e308,
  -1e308,
  1e15,
  1e7,
  1e5,
  99_999,
  100_001,
  5e-324,
  1e-300,
  -0,
  0,
  -1,
  0.5,
  1.5,
  2 ** 31,
  2 ** 53,
  1000,
  366,
  367,
  1440,
  NaN,
  Infinity,
  -Infinity,
];
/** HallFlow's limits and just past them: what is accepted must run. */
const AT_LIMITS = [
  MAX_VISITORS_PER_DAY,
  MAX_FACTOR,
  MAX_DURATION_MINUTES,
  MIN_CV,
  MAX_CV,
  MAX_ERLANG_K,
  MAX_MIXTURE_WEIGHT,
  MAX_SERVERS,
  MAX_SLOT_CAPACITY,
  MAX_SLOT_MINUTES,
  MAX_WORKING_DAYS,
  MIN_MTBF_HOURS,
  MAX_MTBF_HOURS,
  MIN_TIME_OFF_THRESHOLD_MINUTES,
  MAX_VISITORS_PER_DAY + 1,
  MAX_CV * 1.01,
  MIN_CV / 2,
];
/** Numbers that are often allowed somewhere: tiny, round, large. */
const EXTREME = [0, -0, 5e-324, 1e-300, 1e-9, 0.001, 1, 2, 10, 100, 1000, 10_000, 100_000, 1e6];
const STRINGS = [
  'NaN',
  'Infinity',
  '1e308',
  '',
  '24:00',
  '00:00',
  '2026-02-30',
  '2026-03-05',
  'general',
  'exponential',
  'mixture',
  'deadline',
  'walkIn',
  ...INHERITED,
];
const OTHERS: unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [1],
  { kind: 'mixture', components: [] },
  { kind: 'lognormal', mean: 5, cv: 1 },
];
const KEYS = [...INHERITED, 'extra', '', '2026-03-05', '3', 'ordinary', 'A', 'x'.repeat(300)];

export const junk: fc.Arbitrary<Junk> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS, ...AT_LIMITS).map((value): Junk => ({ kind: 'value', value })) },
  { weight: 3, arbitrary: fc.constantFrom(...STRINGS, ...OTHERS).map((value): Junk => ({ kind: 'value', value })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        depth: fc.constantFrom(33, 40, 5_000),
        shape: fc.constantFrom('array' as const, 'object' as const, 'mixture' as const),
      })
      .map((d): Junk => ({ kind: 'deep', ...d })),
  },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 100_000).map((length): Junk => ({ kind: 'long', length })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ length: fc.constantFrom(1_000, 20_000), item: fc.constantFrom<unknown>(1, 'a', null, { id: 'a' }) })
      .map((l): Junk => ({ kind: 'list', ...l })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ key: fc.constantFrom(...INHERITED), value: fc.constantFrom<unknown>(1, 'deadline', [], {}) })
      .map((k): Junk => ({ kind: 'ownKey', ...k })),
  },
);

/** Defines an own property, even "__proto__" (as JSON.parse does; plain assignment would set the prototype). */
function own(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The value a Junk describes, built fresh. */
export function materialize(j: Junk): unknown {
  switch (j.kind) {
    case 'value':
      return j.value;
    case 'long':
      return 'x'.repeat(j.length);
    case 'list':
      return Array.from({ length: j.length }, () => structuredClone(j.item));
    case 'ownKey': {
      const o = {};
      own(o, j.key, j.value);
      return o;
    }
    case 'deep': {
      let v: unknown = j.shape === 'mixture' ? { kind: 'exponential', mean: 1 } : [];
      for (let i = 0; i < j.depth; i++) {
        v =
          j.shape === 'array'
            ? [v]
            : j.shape === 'object'
              ? { a: v }
              : { kind: 'mixture', components: [{ weight: 1, dist: v }] };
      }
      return v;
    }
  }
}

/** Where a preset has values, objects and lists (found once per preset). */
export interface PresetShape {
  all: Path[];
  objects: Path[];
  arrays: Path[];
  /** Ids, kinds and type references: where an inherited name is most telling. */
  names: Path[];
  /** Numbers. */
  numbers: Path[];
  /** Numbers that are not shares, probabilities or schedule entries (which add up or are
   *  capped by others): where extreme values most often pass the validator and reach the engine. */
  magnitudes: Path[];
}

const CONSTRAINED = /share|Share|probability|Probability|acceptance|noShow|schedule|intraday|profile/;

export function shapeOf(preset: unknown): PresetShape {
  const shape: PresetShape = { all: [], objects: [[]], arrays: [], names: [], numbers: [], magnitudes: [] };
  const walk = (v: unknown, path: Path) => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      shape.arrays.push(path);
      v.forEach((x, i) => {
        const p = [...path, i];
        shape.all.push(p);
        if (typeof x === 'string' && path[path.length - 1] === 'types') shape.names.push(p);
        if (typeof x === 'number') shape.numbers.push(p);
        walk(x, p);
      });
    } else {
      if (path.length > 0) shape.objects.push(path);
      for (const [k, x] of Object.entries(v)) {
        const p = [...path, k];
        shape.all.push(p);
        if (k === 'id' || k === 'kind') shape.names.push(p);
        if (typeof x === 'number') shape.numbers.push(p);
        walk(x, p);
      }
    }
  };
  walk(preset, []);
  shape.magnitudes = shape.numbers.filter((p) => !p.some((seg) => typeof seg === 'string' && CONSTRAINED.test(seg)));
  return shape;
}

/**
 * One to three mutations of a preset of this shape: half the cases anything (mostly rejected:
 * the validator's robustness), half only extreme numbers (often accepted: the engine's).
 */
export function mutations(shape: PresetShape): fc.Arbitrary<Mutation[]> {
  const extreme = fc
    .record({ path: fc.constantFrom(...shape.magnitudes), value: fc.constantFrom(...EXTREME, ...AT_LIMITS) })
    .map((m): Mutation => ({ op: 'set', path: m.path, junk: { kind: 'value', value: m.value } }));
  return fc.oneof(fc.array(extreme, { minLength: 1, maxLength: 3 }), anything(shape));
}

function anything(shape: PresetShape): fc.Arbitrary<Mutation[]> {
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({ path: fc.constantFrom(...shape.all), junk }).map((m): Mutation => ({ op: 'set', ...m })),
    },
    {
      weight: 6,
      arbitrary: fc
        .record({ path: fc.constantFrom(...shape.numbers), value: fc.constantFrom(...NUMBERS, ...AT_LIMITS) })
        .map((m): Mutation => ({ op: 'set', path: m.path, junk: { kind: 'value', value: m.value } })),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ path: fc.constantFrom(...shape.names), value: fc.constantFrom(...INHERITED) })
        .map((m): Mutation => ({ op: 'set', path: m.path, junk: { kind: 'value', value: m.value } })),
    },
    { weight: 2, arbitrary: fc.constantFrom(...shape.all).map((path): Mutation => ({ op: 'delete', path })) },
    {
      weight: 2,
      arbitrary: fc
        .record({ path: fc.constantFrom(...shape.objects), key: fc.constantFrom(...KEYS), junk })
        .map((m): Mutation => ({ op: 'addKey', ...m })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...shape.arrays).map((path): Mutation => ({ op: 'duplicate', path })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...shape.arrays, ...shape.objects).map((path): Mutation => ({ op: 'empty', path })),
    },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

/** The own entry at a path, or undefined. */
function at(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** Applies a mutation in place; one whose place an earlier mutation removed does nothing. */
export function apply(root: Record<string, unknown>, m: Mutation): void {
  const target = at(root, m.path);
  if (m.op === 'addKey') {
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      own(target, m.key, materialize(m.junk));
    return;
  }
  if (m.op === 'duplicate') {
    if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
    return;
  }
  if (m.op === 'empty') {
    if (Array.isArray(target)) target.length = 0;
    else if (target !== null && typeof target === 'object')
      for (const k of Object.keys(target)) delete (target as Record<string, unknown>)[k];
    return;
  }
  const parent = at(root, m.path.slice(0, -1));
  const key = m.path[m.path.length - 1];
  if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, key)) return;
  if (m.op === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string | number, unknown>)[key];
    return;
  }
  own(parent, String(key), materialize(m.junk));
}

/** A mutation in a few words, for the failure report. */
export function describe(m: Mutation): string {
  const where = formatPath(m.path) || '(root)';
  const what = (j: Junk) =>
    j.kind === 'value'
      ? showValue(j.value)
      : j.kind === 'deep'
        ? `${j.shape} nested ${j.depth} deep`
        : j.kind === 'long'
          ? `a string of ${j.length}`
          : j.kind === 'list'
            ? `a list of ${j.length} × ${showValue(j.item)}`
            : `{own ${j.key}: ${showValue(j.value)}}`;
  switch (m.op) {
    case 'set':
      return `${where} = ${what(m.junk)}`;
    case 'delete':
      return `delete ${where}`;
    case 'addKey':
      return `${where}[${JSON.stringify(m.key.length > 20 ? `${m.key.slice(0, 20)}…` : m.key)}] = ${what(m.junk)}`;
    case 'duplicate':
      return `${where} += copy of [0]`;
    case 'empty':
      return `${where} emptied`;
  }
}
