/**
 * Paths into the scenario, as the editor uses them: the DOM id of the field that edits a path,
 * the validator's problems at exactly that path (or under it, for a section's count), the message
 * of a problem in the current language, and safe reading of a value that may be malformed (an
 * imported file can hold anything; the editor shows it and never throws).
 */
import { formatPath, parsePath, type Path, type Problem, valueAt } from '../../sim/scenario/index.ts';

export type { Path };
export { formatPath, parsePath, valueAt };

/** The id of the element that edits `path` (ids may not hold white space). */
export function fieldId(path: Path): string {
  return `f-${formatPath(path).replace(/\s/g, '_')}`;
}

/** Problems whose path is exactly `path`: shown under the field that edits it. */
export function problemsExactly(problems: readonly Problem[], path: Path): Problem[] {
  const p = formatPath(path);
  return problems.filter((x) => x.path === p);
}

/** Whether `inner` is `outer` or lies below it (`types[0]` is below `types`, `typesX` is not). */
export function isUnder(inner: string, outer: string): boolean {
  if (outer === '') return true;
  return inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}

/** How many problems lie at or under any of the paths: a section's count. */
export function countUnder(problems: readonly Problem[], paths: readonly Path[]): number {
  const prefixes = paths.map(formatPath);
  return problems.filter((x) => prefixes.some((p) => isUnder(x.path, p))).length;
}

/** A problem's message in the app's language. */
export function problemText(problem: Problem, locale: string): string {
  return locale === 'en' ? problem.message.en : problem.message.zh;
}

/**
 * The ids to try, nearest first, when jumping to a problem: its own field, then each enclosing
 * object or list (a list item's box, a section's block), so a problem about a whole object (a
 * sum of shares, a missing block) still lands next to what it is about.
 */
export function jumpTargets(problemPath: string): string[] {
  const segs = parsePath(problemPath);
  const out: string[] = [];
  for (let n = segs.length; n >= 1; n--) out.push(fieldId(segs.slice(0, n)));
  return out;
}

/** Reads a plain object at a path, or undefined when something else is there. */
export function objectAt(root: unknown, path: Path): Record<string, unknown> | undefined {
  const v = valueAt(root, path);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** Reads an array at a path, or [] when something else is there. */
export function arrayAt(root: unknown, path: Path): unknown[] {
  const v = valueAt(root, path);
  return Array.isArray(v) ? v : [];
}

/** Reads a string at a path, or '' . */
export function stringAt(root: unknown, path: Path): string {
  const v = valueAt(root, path);
  return typeof v === 'string' ? v : '';
}

/**
 * What to call a list item (a business type, window group, kiosk site) in the page's language:
 * its name, else its id, else `fallback` (e.g. "item 3"). Items may be half-edited, so anything
 * goes in.
 */
export function itemName(item: unknown, locale: string, fallback: string): string {
  const o = (item ?? {}) as { id?: unknown; name?: { zh?: unknown; en?: unknown } };
  const n = locale === 'en' ? o.name?.en : o.name?.zh;
  if (typeof n === 'string' && n !== '') return n;
  return typeof o.id === 'string' && o.id !== '' ? o.id : fallback;
}
