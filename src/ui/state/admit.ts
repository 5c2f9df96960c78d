/**
 * The door every scenario passes through on its way into the store, from a file, a link, the
 * browser's storage or a preset: it must be a plain JSON object. Anything else (text that is not
 * JSON, a number, a list, null) is refused with the reason, so the store never holds a value
 * the page cannot even begin to show. What the scenario *says* is the validator's business
 * (see `check.ts`); this only guarantees its shape is an object that round-trips through JSON.
 */
import { describeError } from '../error-text.ts';
import type { Scenario } from '../../sim/scenario/index.ts';

/** What a value was instead of a scenario object. */
export type ValueKind = 'number' | 'string' | 'boolean' | 'null' | 'array' | 'other';

/** Why a scenario could not be used; the UI words it (`recovery.reasons`) in the current language. */
export type LoadReason =
  | { code: 'notJson'; detail: string }
  | { code: 'notObject'; kind: ValueKind }
  | { code: 'damagedLink' }
  | { code: 'unreadable'; detail: string };

export type Admission =
  | { ok: true; scenario: Scenario; /** Its JSON text, as the store keeps it. */ text: string }
  | { ok: false; reason: LoadReason };

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'number' || t === 'string' || t === 'boolean' ? t : 'other';
}

/** Admits a parsed value that is a plain object (whatever its fields); refuses anything else. */
export function admitValue(value: unknown): Admission {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: { code: 'notObject', kind: kindOf(value) } };
  let text: string;
  try {
    text = JSON.stringify(value); // a cycle or a BigInt throws: such a value cannot be saved either
  } catch (e) {
    return { ok: false, reason: { code: 'unreadable', detail: describeError(e) } };
  }
  return { ok: true, scenario: JSON.parse(text) as Scenario, text };
}

/** Admits a scenario given as JSON text (a file, a saved value); a byte-order mark is ignored. */
export function admitText(text: string): Admission {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: { code: 'notJson', detail: e instanceof Error ? e.message : describeError(e) } };
  }
  return admitValue(value);
}
