/**
 * What a planner types into the editor's fields, read strictly: numbers (with full-width digits
 * from a Chinese input method, thousands separators, shares typed as percent), times of day and
 * dates. A field keeps the text while it does not parse; these functions decide, and say why not
 * in words that name the field, repeat the value and state what is allowed.
 */
import { formatLimit, parseIsoDate, parseTimeOfDay } from '../../sim/scenario/index.ts';
import type { LimitKind } from './bounds.ts';

/**
 * What a number field accepts. Bounds are in the units shown: for a `percent` field 0..100,
 * while the scenario stores the share (0..1).
 */
export interface NumberRule {
  /** Smallest allowed value (inclusive). */
  min?: number;
  /** Largest allowed value (inclusive). */
  max?: number;
  /** Values must be greater than this (exclusive lower bound), e.g. 0 for a positive mean. */
  gt?: number;
  integer?: boolean;
  /** Shown and typed as percent, stored as a share: 18 ↔ 0.18. */
  percent?: boolean;
  /**
   * Bounds that are HallFlow's limits (limits.ts, through the schema) rather than what the field
   * means: the message then says so and gives the limit's reason (`bounds.ts` sets these).
   */
  limits?: { lower?: LimitKind; upper?: LimitKind };
}

export type NumberCheck =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'notNumber' | 'notInteger' }
  /** `side`: the bound broken (lower: min or gt). */
  | { ok: false; reason: 'range'; side: 'lower' | 'upper' };

/** Full-width digits, signs, points, percent and colon (typed with a Chinese IME) as ASCII. */
export function toAscii(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\u2212\u2013]/g, '-')
    .trim();
}

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS_RE = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/** The number a text stands for (no unit), or null. "1,200" and "１２００" read as 1200. */
export function readNumber(raw: string, allowPercentSign = false): number | null {
  let text = toAscii(raw).replace(/\s+/g, '');
  if (allowPercentSign) text = text.replace(/%$/, '');
  if (THOUSANDS_RE.test(text)) text = text.replace(/,/g, '');
  if (!NUMBER_RE.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Mantissa and decimal exponent of a number's shortest text: 0.185 → ["0.185", 0], 1e-7 → ["1", -7]. */
function decimalParts(x: number): [string, number] {
  const [mantissa, exp] = String(x).split('e');
  return [mantissa, exp === undefined ? 0 : Number(exp)];
}

/** 0.185 → 18.5, exactly as written (a decimal shift, not a float multiplication: 0.07 → 7). */
export function shareToPercent(share: number): number {
  const [m, e] = decimalParts(share);
  return Number(`${m}e${e + 2}`);
}

/** 18.5 → 0.185, exactly as written (7 → 0.07, not 0.07000000000000001). */
export function percentToShare(percent: number): number {
  const [m, e] = decimalParts(percent);
  return Number(`${m}e${e - 2}`);
}

/** Reads a field's text under its rule; the value returned is what the scenario stores. */
export function checkNumber(raw: string, rule: NumberRule): NumberCheck {
  if (toAscii(raw) === '') return { ok: false, reason: 'empty' };
  const shown = readNumber(raw, rule.percent === true);
  if (shown === null) return { ok: false, reason: 'notNumber' };
  if (rule.integer && !Number.isInteger(shown)) return { ok: false, reason: 'notInteger' };
  if ((rule.min !== undefined && shown < rule.min) || (rule.gt !== undefined && !(shown > rule.gt)))
    return { ok: false, reason: 'range', side: 'lower' };
  if (rule.max !== undefined && shown > rule.max) return { ok: false, reason: 'range', side: 'upper' };
  return { ok: true, value: rule.percent ? percentToShare(shown) : shown };
}

/** The text a field shows for a stored value ('' for none; anything malformed as it is). */
export function formatStored(value: unknown, rule: NumberRule): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(rule.percent ? shareToPercent(value) : value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Whether a field's text already stands for the stored value (then an outside change is no news). */
export function textMatches(text: string, stored: unknown, rule: NumberRule): boolean {
  if (stored === undefined || stored === null) return toAscii(text) === '';
  const r = checkNumber(text, rule);
  return r.ok && r.value === stored;
}

/** The words the number messages are made of (the editor dictionary's `number` part). */
export interface NumberWords {
  intRange: (min: number, max: number) => string;
  intMin: (min: number) => string;
  range: (min: number, max: number) => string;
  min: (min: number) => string;
  gt: (gt: number) => string;
  gtMax: (gt: number, max: number) => string;
  anyNumber: string;
  percentSuffix: string;
  empty: string;
  error: (label: string, shown: string, allowed: string) => string;
  /** Begins with the space the language puts between sentences (none in Chinese). */
  kept: (value: string) => string;
  keptDefault: (value: string) => string;
  keptNone: string;
  /** A value past one of HallFlow's limits: the limit with its unit, and why the limit is there. */
  overLimit: (label: string, shown: string, limit: string, reason: string) => string;
  underLimit: (label: string, shown: string, limit: string, reason: string) => string;
  limitReasons: Record<LimitKind, string>;
}

/** What a rule allows, in words. */
export function allowedText(rule: NumberRule, w: NumberWords): string {
  let text: string;
  if (rule.integer)
    text = rule.max !== undefined ? w.intRange(rule.min ?? 0, rule.max) : w.intMin(rule.min ?? rule.gt ?? 0);
  else if (rule.gt !== undefined) text = rule.max !== undefined ? w.gtMax(rule.gt, rule.max) : w.gt(rule.gt);
  else if (rule.min !== undefined) text = rule.max !== undefined ? w.range(rule.min, rule.max) : w.min(rule.min);
  else text = w.anyNumber;
  return rule.percent ? `${text}${w.percentSuffix}` : text;
}

/**
 * The message under a field whose text was not applied: names the field, repeats the text,
 * says what is allowed (or, past one of HallFlow's limits, the limit and its reason) and what the
 * scenario keeps meanwhile. `unit` is the field's unit, shown after a limit ("1,000 个窗口").
 */
export function numberProblemText(
  w: NumberWords,
  label: string,
  raw: string,
  rule: NumberRule,
  stored: unknown,
  fallback?: number,
  unit?: string,
): string {
  const shown = toAscii(raw) === '' ? w.empty : raw.trim();
  const keptValue = formatStored(stored, rule);
  const kept =
    keptValue !== ''
      ? w.kept(keptValue)
      : fallback !== undefined
        ? w.keptDefault(formatStored(fallback, rule))
        : w.keptNone;
  return `${limitText(w, label, shown, raw, rule, unit) ?? w.error(label, shown, allowedText(rule, w))}${kept}`;
}

/** The words for a value past a HallFlow limit, or null when the text breaks no limit. */
function limitText(
  w: NumberWords,
  label: string,
  shown: string,
  raw: string,
  rule: NumberRule,
  unit: string | undefined,
): string | null {
  const r = checkNumber(raw, rule);
  if (r.ok || r.reason !== 'range') return null;
  const kind = rule.limits?.[r.side];
  const bound = r.side === 'upper' ? rule.max : (rule.min ?? rule.gt);
  if (kind === undefined || bound === undefined) return null;
  const limit = `${formatLimit(bound)}${unit ? (unit === '%' ? unit : ` ${unit}`) : ''}`;
  return (r.side === 'upper' ? w.overLimit : w.underLimit)(label, shown, limit, w.limitReasons[kind]);
}

/** "9:00", "0900", "９：００" → "09:00"; "24:00" allowed; null when it is no time of day. */
export function parseTimeText(raw: string): string | null {
  const text = toAscii(raw).replace(/\s+/g, '');
  const m = /^(\d{1,2})(?::|\.|h)?(\d{2})$/.exec(text);
  if (!m) return null;
  const normal = `${m[1].padStart(2, '0')}:${m[2]}`;
  return parseTimeOfDay(normal) === null ? null : normal;
}

/** "2026-3-5", "2026/03/05", "2026年3月5日" → "2026-03-05"; null when it is no real date. */
export function parseDateText(raw: string): string | null {
  const text = toAscii(raw).replace(/\s+/g, '');
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!m) return null;
  const normal = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return parseIsoDate(normal) === null ? null : normal;
}

/**
 * A list of numbers typed or pasted (spaces, commas, 、, semicolons or new lines between):
 * either every value, or the pieces that are not numbers from 0 to `max`.
 */
export function parseNumberList(
  raw: string,
  max = Infinity,
): { ok: true; values: number[] } | { ok: false; bad: string[] } {
  const parts = toAscii(raw)
    .split(/[\s,、;]+/)
    .filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, bad: [] };
  const values: number[] = [];
  const bad: string[] = [];
  for (const p of parts) {
    const v = readNumber(p);
    if (v === null || v < 0 || v > max) bad.push(p);
    else values.push(v);
  }
  return bad.length === 0 ? { ok: true, values } : { ok: false, bad };
}
