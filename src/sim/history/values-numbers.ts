/**
 * The other cell values of history files: the hour or interval of a volumes row (9, 9点,
 * 09:00-10:00, 9-10), a count (a whole number >= 0), a waiting or handling duration (5.5,
 * 00:05:30, 5分30秒) in the unit its header names.
 */
import { DATE, newStamp, parseStamp, type Stamp, type StampContext } from './values.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';

const C_HOUR = 0x65f6; // 时
const C_HOUR2 = 0x6642; // 時
const C_HOUR3 = 0x70b9; // 点

/** The hour or interval of a volumes row: [start, end) in minutes; end NaN when not written. */
export interface Interval {
  start: number;
  end: number;
}

const RANGE_SEPS = ['-', '~', '～', '—', '–', '至', '到'];

function timeOfDay(text: string, ctx: StampContext, scratch: Stamp): number {
  const t = text.trim();
  if (t === '') return NaN;
  // A bare whole hour: 9, 09, 9点, 9时, 9h.
  let end = t.length;
  const last = t.charCodeAt(end - 1);
  if (last === C_HOUR || last === C_HOUR2 || last === C_HOUR3 || last === 104 || last === 72) end--;
  let bare = end > 0 && end <= 2;
  for (let i = 0; i < end && bare; i++) {
    const c = t.charCodeAt(i);
    bare = c >= 48 && c <= 57;
  }
  if (bare) {
    const h = Number(t.slice(0, end));
    return h <= 24 ? h * 60 : NaN;
  }
  if (!parseStamp(t, { order: ctx.order, compactTime: true }, scratch) || scratch.kind === DATE) return NaN;
  return scratch.minutes;
}

/**
 * An hour or interval cell: "9" / "9点" / "9时" (the hour 9:00–10:00), "09:00-10:00", "9-10",
 * "9:00~9:30", "9:00" (start only: `end` is NaN, to be inferred from the file's step),
 * an Excel fraction of a day. Returns false when unreadable or empty or end ≤ start.
 */
export function parseInterval(text: string, ctx: StampContext, out: Interval, scratch: Stamp = newStamp()): boolean {
  const t = text.trim();
  for (const sep of RANGE_SEPS) {
    const k = t.indexOf(sep, 1);
    if (k > 0) {
      const a = timeOfDay(t.slice(0, k), ctx, scratch);
      const b = timeOfDay(t.slice(k + sep.length), ctx, scratch);
      out.start = a;
      out.end = b;
      return a >= 0 && b > a && b <= MINUTES_PER_DAY;
    }
  }
  const a = timeOfDay(t, ctx, scratch);
  out.start = a;
  out.end = NaN;
  if (!(a >= 0 && a < MINUTES_PER_DAY)) return false;
  // A whole hour written bare (9, 9点) is the hour 9:00–10:00.
  const c = t.charCodeAt(t.length - 1);
  if (t.length <= 3 && t.indexOf(':') < 0 && t.indexOf('：') < 0 && (c < 48 || c > 57 || t.length <= 2))
    out.end = a + 60;
  return true;
}

/** A count: a whole number >= 0 ("12", "12.0", "1,234"); NaN otherwise. */
export function parseCount(text: string): number {
  let s = text.trim();
  if (s === '') return NaN;
  if (s.indexOf(',') >= 0) {
    // Thousands separators only: 1,234,567.
    const parts = s.split(',');
    for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3) return NaN;
    s = parts.join('');
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46)) return NaN;
  }
  const v = Number(s);
  return Number.isInteger(v) ? v : NaN;
}

/** Unit of a duration column, from its header (秒/s → seconds, 小时/h → hours, else minutes). */
export type DurationUnit = 'seconds' | 'minutes' | 'hours';

/**
 * A duration in minutes: a number in `unit`, "mm:ss" (a wait of hours is not written so),
 * "hh:mm:ss", "5分30秒", "1小时5分", "90秒". NaN when unreadable or negative.
 */
export function parseDuration(text: string, unit: DurationUnit): number {
  const s = text.trim();
  if (s === '') return NaN;
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = (c >= 48 && c <= 57) || c === 46;
  }
  if (plain) {
    const v = Number(s);
    if (!Number.isFinite(v)) return NaN;
    return unit === 'seconds' ? v / 60 : unit === 'hours' ? v * 60 : v;
  }
  const colon = s.split(/[:：]/);
  if (colon.length === 2 || colon.length === 3) {
    const nums = colon.map((p) => (p.trim() === '' ? NaN : Number(p)));
    if (nums.some((v) => !Number.isFinite(v) || v < 0)) return NaN;
    return colon.length === 2 ? nums[0] + nums[1] / 60 : nums[0] * 60 + nums[1] + nums[2] / 60;
  }
  // 1小时5分30秒, 5分钟, 30秒, 1h5m, 5 min
  const m =
    /^(?:(\d+(?:\.\d+)?)\s*(?:小时|时|h|hr|hours?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|m|min|mins|minutes?))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒|s|sec|secs|seconds?))?$/i.exec(
      s,
    );
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return NaN;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60;
}
