/**
 * Finding our way in the schema for better messages: the fields allowed at a path (for "unknown
 * field" hints and "did you mean"), and whether null is allowed there. Follows the input through
 * unions the way zod did (by the value's shape and a discriminator's value).
 */
import type { z } from 'zod';
import { scenarioSchema } from './schema.ts';
import { type Path, valueAt } from './problems.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  getter?: () => z.ZodType;
  in?: z.ZodType;
  values?: unknown[];
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The fields of the object schema at a path (following the input through unions), or null. */
export function allowedKeys(path: Path, input: unknown): string[] | null {
  return schemaAt(path, input)?.keys ?? null;
}

/**
 * Walks the schema along a path, choosing among union alternatives by the input's shape (and a
 * discriminator's value); at the end, `preferObject` picks a union's object alternative whatever
 * the value. Returns the object keys at the end, if an object, and nullability.
 */
export function schemaAt(path: Path, input: unknown, preferObject = false): { keys: string[] | null; nullable: boolean } | null {
  let schema: z.ZodType | undefined = scenarioSchema;
  let nullable = false;
  for (let depth = 0; depth <= path.length && schema; depth++) {
    const value = valueAt(input, path.slice(0, depth));
    nullable = false;
    // unwrap wrappers and pick a union alternative for this value
    for (let guard = 0; guard < 20 && schema; guard++) {
      const def: Def = defOf(schema);
      if (def.type === 'optional') schema = def.innerType;
      else if (def.type === 'nullable') {
        nullable = true;
        schema = def.innerType;
      } else if (def.type === 'lazy' && def.getter) schema = def.getter();
      else if (def.type === 'pipe') schema = def.in;
      else if (def.type === 'union') schema = pickOption(def, preferObject && depth === path.length ? {} : value);
      else break;
    }
    if (!schema) return null;
    if (depth === path.length) break;
    const seg = path[depth];
    const def = defOf(schema);
    // Own fields only: a key "constructor" names no field, not Object's constructor.
    if (def.type === 'object' && typeof seg === 'string') schema = def.shape && Object.hasOwn(def.shape, seg) ? def.shape[seg] : undefined;
    else if (def.type === 'array' && typeof seg === 'number') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return null;
  }
  if (!schema) return null;
  const def = defOf(schema);
  return { keys: def.type === 'object' && def.shape ? Object.keys(def.shape) : null, nullable };
}

function pickOption(def: Def, value: unknown): z.ZodType | undefined {
  const options = def.options ?? [];
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (def.discriminator && isObject) {
    const tag = (value as Record<string, unknown>)[def.discriminator];
    return options.find((o) => {
      const shape = defOf(o).shape;
      const lit = shape ? defOf(shape[def.discriminator!]) : undefined;
      return lit?.values?.includes(tag);
    });
  }
  const wanted = Array.isArray(value) ? 'array' : isObject ? 'object' : null;
  return wanted ? options.find((o) => defOf(o).type === wanted) : undefined;
}

/** Keys longer than this are no typo of a field name (and edit distance is quadratic). */
const GUESS_MAX = 40;

/** The allowed key nearest to a misspelt one (edit distance at most 2, or same letters in another case). */
export function closest(key: string, allowed: readonly string[]): string | null {
  if (key.length > GUESS_MAX) return null;
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of allowed) {
    const dist = k.toLowerCase() === key.toLowerCase() ? 0 : editDistance(k, key);
    if (dist < bestDistance) {
      best = k;
      bestDistance = dist;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
