/**
 * Finding our way in the schema for better messages: the fields allowed at a path (for "unknown
 * field" hints and "did you mean"), and whether null is allowed there. Follows the input through
 * unions the way zod did (by the value's shape and a discriminator's value).
 */
import type { z } from 'zod';
import { scenarioSchema } from './schema.ts';
import { type Path, valueAt } from './problems.ts';

/** The part of a zod schema's definition the walks read (also the schema tests' walk). */
export interface Def {
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
  /** A number's format ("safeint" for integers) and its checks (bounds). */
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}
export const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The fields of the object schema at a path (following the input through unions), or null.
 * `root`: the schema walked (the Scenario's unless told; the batch manifest has its own).
 */
export function allowedKeys(path: Path, input: unknown, root: z.ZodType = scenarioSchema): string[] | null {
  return schemaAt(path, input, false, root)?.keys ?? null;
}

/**
 * Walks the schema along a path, choosing among union alternatives by the input's shape (and a
 * discriminator's value); at the end, `preferObject` picks a union's object alternative whatever
 * the value. Returns the object keys at the end, if an object, and nullability.
 */
export function schemaAt(
  path: Path,
  input: unknown,
  preferObject = false,
  root: z.ZodType = scenarioSchema,
): { keys: string[] | null; nullable: boolean } | null {
  const found = nodeAt(path, input, preferObject ? 'object' : null, root);
  if (!found) return null;
  const def = defOf(found.schema);
  return { keys: def.type === 'object' && def.shape ? Object.keys(def.shape) : null, nullable: found.nullable };
}

/** The bounds of a number in the schema (zod's own checks, so limits.ts as the schema uses it). */
export interface NumberBounds {
  /** Lower bound, inclusive unless `lowerExclusive`. */
  lower?: number;
  lowerExclusive?: boolean;
  /** Upper bound, inclusive unless `upperExclusive`. */
  upper?: number;
  upperExclusive?: boolean;
  integer: boolean;
}

interface CheckDef {
  check?: string;
  value?: number;
  inclusive?: boolean;
}

/**
 * The bounds the schema puts on the number at a path (a union there gives its number
 * alternative: `capacityPerSlot` is a number or one per day type), or null when no number
 * belongs there. The editor's number fields take these as the outer limit of what they write.
 */
export function numberBoundsAt(path: Path, input: unknown): NumberBounds | null {
  const found = nodeAt(path, input, 'number', scenarioSchema);
  if (!found) return null;
  const def = defOf(found.schema);
  if (def.type !== 'number') return null;
  const out: NumberBounds = { integer: def.format === 'safeint' || def.format === 'int32' || def.format === 'uint32' };
  for (const c of def.checks ?? []) {
    const { check, value, inclusive } = c._zod.def;
    if (typeof value !== 'number') continue;
    if (check === 'greater_than' && (out.lower === undefined || value > out.lower)) {
      out.lower = value;
      out.lowerExclusive = inclusive === false;
    } else if (check === 'less_than' && (out.upper === undefined || value < out.upper)) {
      out.upper = value;
      out.upperExclusive = inclusive === false;
    }
  }
  return out;
}

/**
 * The schema at a path and whether null is allowed there. Unions are resolved by the input's
 * shape at each level; at the end, `leaf` (when given) picks the alternative of that type.
 */
function nodeAt(
  path: Path,
  input: unknown,
  leaf: 'object' | 'number' | null,
  root: z.ZodType,
): { schema: z.ZodType; nullable: boolean } | null {
  let schema: z.ZodType | undefined = root;
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
      else if (def.type === 'union')
        schema =
          leaf === 'number' && depth === path.length
            ? numberOption(def)
            : pickOption(def, leaf === 'object' && depth === path.length ? {} : value);
      else break;
    }
    if (!schema) return null;
    if (depth === path.length) break;
    const seg = path[depth];
    const def = defOf(schema);
    // Own fields only: a key "constructor" names no field, not Object's constructor.
    if (def.type === 'object' && typeof seg === 'string')
      schema = def.shape && Object.hasOwn(def.shape, seg) ? def.shape[seg] : undefined;
    else if (def.type === 'array' && typeof seg === 'number') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return null;
  }
  return schema ? { schema, nullable } : null;
}

function numberOption(def: Def): z.ZodType | undefined {
  return (def.options ?? []).find((o) => defOf(o).type === 'number');
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
