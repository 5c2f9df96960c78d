/**
 * JSON Merge Patch (RFC 7396) on plain JSON: a hall's overrides on the base scenario. An object
 * patch merges field by field (a null field removes it), anything else replaces the target
 * whole, arrays included (a hall changing one window group rewrites the `groups` list; RFC 7396
 * has no way to address one element). Written here rather than taken from a package: it is the
 * RFC's ten-line algorithm, and ours never mutates its inputs and refuses "__proto__" keys.
 */
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__') continue;
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}
