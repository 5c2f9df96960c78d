/**
 * When what is typed into the editor reaches the scenario. The rule, for every field that holds
 * a number, a time, a date or a list of numbers, and for the staffing grid's cells:
 *
 *  - Typing never writes. A partial value is indistinguishable from a complete one ("1" on the
 *    way to "16" is a fine window count), and every write re-runs the simulation, so only the
 *    planner can say a value is complete: Enter, Tab, leaving the field (a click elsewhere, an
 *    arrow key that moves to another cell). Waiting for typing to settle was rejected: a planner
 *    reading figures off a paper roster pauses mid-number, and the "1" would run.
 *  - A confirmed value is written only when valid for the field (its own rule narrowed to the
 *    schema, `bounds.ts`; for a cell, the group's window count). Otherwise the text stays in the
 *    field with a message, shown as soon as it is typed, and the scenario keeps its value.
 *  - Escape puts the stored value back in the field.
 *
 * These functions decide; the components hold the text and call them on input, on confirm and
 * on Escape. Nothing here writes.
 */
import { MAX_SERVERS } from '../../sim/scenario/index.ts';
import {
  checkNumber,
  parseDateText,
  parseNumberList,
  parseTimeText,
  toAscii,
  type NumberCheck,
  type NumberRule,
} from './numbers.ts';

/** What a field's text means against the stored value. */
export type Judgement<T> =
  /** The text stands for the stored value: nothing to write. */
  | { kind: 'same' }
  /** Complete and valid: written when confirmed (`undefined` removes an optional value). */
  | { kind: 'ready'; value: T }
  /** Not allowed here: never written; the field says why. */
  | { kind: 'invalid' };

/** A number field's text (`optional`: emptied, it removes the value so the default applies). */
export function judgeNumber(
  text: string,
  rule: NumberRule,
  stored: unknown,
  optional = false,
): Judgement<number | undefined> & { check?: NumberCheck } {
  if (optional && toAscii(text) === '')
    return stored === undefined ? { kind: 'same' } : { kind: 'ready', value: undefined };
  const check = checkNumber(text, rule);
  if (!check.ok) return { kind: 'invalid', check };
  return check.value === stored ? { kind: 'same' } : { kind: 'ready', value: check.value };
}

/** A time-of-day field's text ("9:00" → "09:00"). */
export function judgeTime(text: string, stored: unknown): Judgement<string> {
  const time = parseTimeText(text);
  if (time === null) return { kind: 'invalid' };
  return time === stored ? { kind: 'same' } : { kind: 'ready', value: time };
}

/** A date field's text ("2026/3/5" → "2026-03-05"). */
export function judgeDate(text: string, stored: unknown): Judgement<string> {
  const date = parseDateText(text);
  if (date === null) return { kind: 'invalid' };
  return date === stored ? { kind: 'same' } : { kind: 'ready', value: date };
}

/** A list of numbers from 0 to `max` (observed durations). */
export function judgeNumberList(text: string, stored: unknown, max: number): Judgement<number[]> & { bad?: string[] } {
  const r = parseNumberList(text, max);
  if (!r.ok) return { kind: 'invalid', bad: r.bad };
  return JSON.stringify(r.values) === JSON.stringify(stored) ? { kind: 'same' } : { kind: 'ready', value: r.values };
}

/** A staffing cell's text: a whole number of open windows, at most the group's `windows`. */
export type CellJudgement =
  | Judgement<number>
  /**
   * More than the group's windows: not written, but the planner may raise the group's count to
   * `value` in the same step (`raisable`: within HallFlow's limit of windows in a group).
   */
  | { kind: 'overGroup'; value: number; raisable: boolean };

export function judgeCell(text: string, stored: unknown, windows: number): CellJudgement {
  const r = checkNumber(text, { integer: true, min: 0 });
  if (!r.ok) return { kind: 'invalid' };
  if (r.value > windows) return { kind: 'overGroup', value: r.value, raisable: r.value <= MAX_SERVERS };
  return r.value === stored ? { kind: 'same' } : { kind: 'ready', value: r.value };
}

/** What a key does in a field: confirm the text, restore the stored value, or nothing special. */
export type KeyAction = 'confirm' | 'restore' | null;

/**
 * Enter confirms (not in a multi-line field, where it starts a line; a list is confirmed by
 * leaving it), Escape restores. A key pressed while an input method composes (Chinese pinyin,
 * full-width digits) belongs to the input method: its Enter picks the characters, not the value.
 */
export function keyAction(
  event: { key: string; isComposing?: boolean; keyCode?: number },
  multiline = false,
): KeyAction {
  if (event.isComposing || event.keyCode === 229) return null;
  if (event.key === 'Escape') return 'restore';
  if (event.key === 'Enter' && !multiline) return 'confirm';
  return null;
}
