/**
 * The one error type every public function of the simulator throws for bad arguments.
 *
 * It names the parameter, the value it got and what is allowed, in English and in Chinese,
 * so that the UI can show it to a planner as it is and a developer can read it in a log.
 * This is a leaf module: the kernel (`engine`) and the formulas (`analytic`) both use it and
 * it imports nothing.
 */
export class ParameterError extends Error {
  override readonly name = 'ParameterError';
  /** The parameter (or JSON path) at fault, e.g. `rate` or `schedule[2].time`. */
  readonly param: string;
  /** The offending value, as given. */
  readonly value: unknown;
  /** What is allowed, in English, e.g. `a finite number > 0`. */
  readonly allowed: string;
  /** What is allowed, in Chinese. */
  readonly allowedZh: string;
  /** The whole message in Chinese (the English one is `message`). */
  readonly messageZh: string;

  constructor(param: string, value: unknown, allowed: string, allowedZh: string) {
    const shown = showValue(value);
    super(`${param}: got ${shown}; allowed: ${allowed}`);
    this.param = param;
    this.value = value;
    this.allowed = allowed;
    this.allowedZh = allowedZh;
    this.messageZh = `${param}：取值 ${shown} 无效；允许：${allowedZh}`;
  }
}

/** Longest rendering of a value in a message, in characters (then "..."). */
const SHOW_MAX = 80;
/** Containers deeper than this are shown as [...] or {...}. */
const SHOW_DEPTH = 4;

/**
 * Renders a value for an error message: NaN, Infinity and strings stay recognisable; objects and
 * lists look like JSON. Guaranteed brief and safe whatever the value: at most about 80
 * characters, however long the string or list (only what is shown is visited), however deeply
 * nested (recursion stops at 4 levels) or cyclic, and it never throws (a getter that throws
 * or a proxy shows as "[value]").
 */
export function showValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === undefined) return 'undefined';
  try {
    const out = { text: '', full: false };
    render(value, 0, out);
    return out.full ? `${out.text.slice(0, SHOW_MAX - 3)}...` : out.text;
  } catch {
    return '[value]';
  }
}

/** Appends to `out` until it holds more than SHOW_MAX characters (then marks it full). */
function put(out: { text: string; full: boolean }, s: string): boolean {
  out.text += s.length > SHOW_MAX ? s.slice(0, SHOW_MAX + 1) : s;
  if (out.text.length > SHOW_MAX) out.full = true;
  return !out.full;
}

function render(v: unknown, depth: number, out: { text: string; full: boolean }): void {
  if (v === null || typeof v === 'boolean') return void put(out, String(v));
  if (typeof v === 'number') return void put(out, String(v));
  if (typeof v === 'string') return void put(out, JSON.stringify(v.length > SHOW_MAX ? v.slice(0, SHOW_MAX) : v));
  if (typeof v !== 'object')
    return void put(out, typeof v === 'bigint' ? `${v}n` : typeof v === 'symbol' ? v.toString() : `[${typeof v}]`);
  const list = Array.isArray(v);
  if (depth >= SHOW_DEPTH) return void put(out, list ? '[...]' : '{...}');
  if (!put(out, list ? '[' : '{')) return;
  if (list) {
    for (let i = 0; i < v.length; i++) {
      if (i > 0 && !put(out, ',')) return;
      render(v[i], depth + 1, out);
      if (out.full) return;
    }
  } else {
    let first = true;
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      const x = (v as Record<string, unknown>)[key];
      if (x === undefined || typeof x === 'function') continue;
      if (!put(out, `${first ? '' : ','}${JSON.stringify(key.length > SHOW_MAX ? key.slice(0, SHOW_MAX) : key)}:`))
        return;
      first = false;
      render(x, depth + 1, out);
      if (out.full) return;
    }
  }
  put(out, list ? ']' : '}');
}

// Argument checks shared by the kernel and the formulas. Each throws a ParameterError whose
// message names the parameter; they return the value so that a check reads as an assignment.

/** A finite number (not NaN, not ±Infinity). */
export function finite(param: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ParameterError(param, value, 'a finite number', '有限数值');
  }
  return value;
}

/** A finite number > 0. */
export function positive(param: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ParameterError(param, value, 'a finite number > 0', '大于 0 的有限数值');
  }
  return value;
}

/** A finite number >= 0. */
export function nonNegative(param: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ParameterError(param, value, 'a finite number >= 0', '不小于 0 的有限数值');
  }
  return value;
}

/** An integer >= min (default 0). */
export function integer(param: string, value: number, min = 0): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new ParameterError(param, value, `an integer >= ${min}`, `不小于 ${min} 的整数`);
  }
  return value;
}

/** A probability in [0, 1]. */
export function probability(param: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new ParameterError(param, value, 'a number in [0, 1]', '0 到 1 之间的数值');
  }
  return value;
}
