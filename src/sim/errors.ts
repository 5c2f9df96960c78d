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

/** Renders a value for an error message: NaN, Infinity and strings stay recognisable. */
export function showValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
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
