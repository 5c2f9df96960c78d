/**
 * List and record edits as pure functions on copies: reordering, inserting a date in order,
 * renaming a record's key (a date or a month) without changing the order of the others.
 */

/** The list with item `i` moved by `delta` places (clamped); the same order when it cannot move. */
export function moved<T>(list: readonly T[], i: number, delta: number): T[] {
  const out = [...list];
  const j = Math.max(0, Math.min(out.length - 1, i + delta));
  if (i < 0 || i >= out.length || j === i) return out;
  const [item] = out.splice(i, 1);
  out.splice(j, 0, item);
  return out;
}

/** Dates "YYYY-MM-DD" compare as text; the list with `date` inserted in order, or null if listed. */
export function insertDate(list: readonly unknown[], date: string): unknown[] | null {
  if (list.includes(date)) return null;
  const out = [...list];
  const at = out.findIndex((x) => typeof x === 'string' && x > date);
  out.splice(at < 0 ? out.length : at, 0, date);
  return out;
}

/** The list with entry i replaced by `date` and re-sorted, or null when the date is listed elsewhere. */
export function replaceDate(list: readonly unknown[], i: number, date: string): unknown[] | null {
  if (list.some((x, j) => j !== i && x === date)) return null;
  const rest = list.filter((_, j) => j !== i);
  return insertDate(rest, date);
}

/** The record with key `from` renamed to `to`, sorted by key; null when `to` is taken. */
export function renameKey(record: Record<string, unknown>, from: string, to: string): Record<string, unknown> | null {
  if (from === to) return { ...record };
  if (Object.hasOwn(record, to)) return null;
  const entries = Object.entries(record).map(([k, v]) => [k === from ? to : k, v] as const);
  return Object.fromEntries(sortKeys(entries));
}

/** The record with a new key, sorted by key; null when the key is taken. */
export function addKey(record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> | null {
  if (Object.hasOwn(record, key)) return null;
  return Object.fromEntries(sortKeys([...Object.entries(record), [key, value] as const]));
}

/** Month keys "1".."12" in month order, dates in date order. */
function sortKeys<T>(entries: (readonly [string, T])[]): (readonly [string, T])[] {
  const numeric = entries.every(([k]) => /^\d+$/.test(k));
  return [...entries].sort(([a], [b]) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}

/** The first date after the last one of a list or record (or `fallback`), for a new entry. */
export function nextDate(existing: readonly string[], fallback: string): string {
  const valid = existing.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const last = valid[valid.length - 1];
  if (!last) return fallback;
  const t = Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)) - 1, Number(last.slice(8, 10)) + 1);
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Shares scaled to add up to exactly 1, kept to 0.01 % (4 decimals): each is rounded and the
 * rounding left over goes to the largest. All zero (or no valid sum) gives equal shares.
 */
export function rebalanced(shares: readonly number[]): number[] {
  const n = shares.length;
  if (n === 0) return [];
  const clean = shares.map((s) => (Number.isFinite(s) && s > 0 ? s : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const weights = sum > 0 ? clean.map((s) => s / sum) : clean.map(() => 1 / n);
  const units = weights.map((w) => Math.round(w * 10000));
  const largest = units.indexOf(Math.max(...units));
  units[largest] += 10000 - units.reduce((a, b) => a + b, 0);
  return units.map((u) => Number(`${u}e-4`));
}
