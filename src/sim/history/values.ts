/**
 * Dates and times in history files as they come in the wild: the forms Chinese and English
 * exports use (2024-03-05 09:12, 2024/3/5 9:12:00, 2024年3月5日 9时12分, 20240305 0912,
 * 2024-03-05T09:12:00+08:00, 3/5/2024 9:12 PM, Excel serial numbers in the 1900 date system).
 * Hours, intervals, counts and durations are in values-numbers.ts, words in values-words.ts.
 *
 * The hot path (a million ticket rows, four times per row) scans character codes into numeric
 * groups once, with no regular expression and no allocation: the result goes into a caller's
 * reusable `Stamp`. Times are naive local times, as src/sim/history/records.ts describes:
 * `stamp = day · 1440 + minutes of the day` (minutes may carry seconds as a fraction).
 */
import { dayNumber } from '../scenario/index.ts';

/** What a parsed cell held. */
export const NONE = 0;
export const DATE = 1;
export const TIME = 2;
export const DATETIME = 3;

/** How a year-last date (3/5/2024) is read: month first (en-US) or day first. */
export type DateOrder = 'mdy' | 'dmy';

/** The result of `parseStamp`, reused from call to call. */
export interface Stamp {
  kind: number;
  /** Day number (days since 1970-01-01); NaN for a time of day alone. */
  day: number;
  /** Minutes after midnight (0 for a date alone; up to 1440 for 24:00). */
  minutes: number;
  /** A time zone was written: 0 none, 1 China's +08:00, 2 another (Z, -05:00, ...). */
  zone: number;
}

export function newStamp(): Stamp {
  return { kind: NONE, day: NaN, minutes: 0, zone: 0 };
}

export interface StampContext {
  order: DateOrder;
  /** The file has a separate date column: bare numbers like 0912 or 091230 are times of day. */
  compactTime: boolean;
}

// Excel serial numbers (1900 date system): serial 25569 is 1970-01-01. Excel counts a
// 29 February 1900 that never was (serial 60), so serials before it are one day later than
// the count suggests. 401768 is 2999-12-31. A number in a date column is taken as a serial only
// from 1950 (serial 18264) on: a small number there is a mistake, not a date in 1900.
const EXCEL_EPOCH = 25569;
const EXCEL_MAX = 401768;
const EXCEL_PLAUSIBLE = 18264;

const MAX_GROUPS = 8;
const gv = new Float64Array(MAX_GROUPS);
const gd = new Int32Array(MAX_GROUPS);
/** The separator after each group: the first non-space character, or 32 for spaces only, 0 none. */
const gs = new Int32Array(MAX_GROUPS);
let pm = 0;
let zone = 0;

const SPACE = 32;
const C_YEAR = 0x5e74; // 年
const C_MONTH = 0x6708; // 月
const C_DAY = 0x65e5; // 日
const C_DAY2 = 0x53f7; // 号
const C_HOUR = 0x65f6; // 时
const C_HOUR2 = 0x6642; // 時
const C_HOUR3 = 0x70b9; // 点
const C_MIN = 0x5206; // 分
const C_SEC = 0x79d2; // 秒
const C_UP = 0x4e0a; // 上
const C_DOWN = 0x4e0b; // 下
const C_MID = 0x4e2d; // 中
const C_NOON = 0x5348; // 午

function isDateSep(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === C_YEAR || c === C_MONTH; // - / . 年 月
}

function isHourSep(c: number): boolean {
  return c === 58 || c === 0xff1a || c === C_HOUR || c === C_HOUR2 || c === C_HOUR3; // : ： 时 時 点
}

/** Splits `s` into numeric groups; returns their count, or -1 for a character no date has. */
function tokenize(s: string): number {
  let n = 0;
  pm = 0;
  zone = 0;
  const len = s.length;
  let i = 0;
  while (i < len) {
    let c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (n === MAX_GROUPS) return -1;
      let v = 0;
      let d = 0;
      while (c >= 48 && c <= 57) {
        v = v * 10 + (c - 48);
        d++;
        if (++i === len) break;
        c = s.charCodeAt(i);
      }
      gv[n] = v;
      gd[n] = d;
      gs[n] = 0;
      n++;
      continue;
    }
    if (c === SPACE || c === 9 || c === 0xa0 || c === 0x3000) {
      if (n > 0 && gs[n - 1] === 0) gs[n - 1] = SPACE;
    } else if ((c === 43 || c === 45) && n >= 5) {
      // +08:00 / -05:00 after a date and a time: a time zone; the wall clock is kept as written.
      const rest = s.slice(i).trim();
      zone = rest === '+08:00' || rest === '+0800' || rest === '+08' ? 1 : 2;
      return n;
    } else if ((c === 90 || c === 122) && n >= 4) {
      zone = 2; // Z: UTC
      return i === len - 1 ? n : -1;
    } else if (c === 65 || c === 97 || c === 80 || c === 112) {
      // AM / PM (a.m., p.m.)
      const next = i + 1 < len ? s.charCodeAt(i + 1) | 32 : 0;
      if (next === 109) {
        pm = c === 65 || c === 97 ? 1 : 2;
        i += 2;
        continue;
      }
      if (next === 46 && i + 2 < len && (s.charCodeAt(i + 2) | 32) === 109) {
        pm = c === 65 || c === 97 ? 1 : 2;
        i += s.charCodeAt(i + 3) === 46 ? 4 : 3;
        continue;
      }
      return -1;
    } else if ((c === C_UP || c === C_DOWN || c === C_MID) && i + 1 < len && s.charCodeAt(i + 1) === C_NOON) {
      pm = c === C_UP ? 1 : c === C_DOWN ? 2 : 3;
      i += 2;
      continue;
    } else if (
      c === 45 ||
      c === 47 ||
      c === 46 ||
      c === 58 ||
      c === 0xff1a ||
      c === 84 ||
      c === 116 ||
      c === 44 ||
      c === C_YEAR ||
      c === C_MONTH ||
      c === C_DAY ||
      c === C_DAY2 ||
      c === C_HOUR ||
      c === C_HOUR2 ||
      c === C_HOUR3 ||
      c === C_MIN ||
      c === C_SEC
    ) {
      if (n === 0) return -1;
      if (gs[n - 1] === 0 || gs[n - 1] === SPACE) gs[n - 1] = c;
      else if (c !== C_DAY && c !== C_DAY2 && c !== C_MIN && c !== C_SEC && c !== 84 && c !== 116) return -1;
    } else {
      return -1;
    }
    i++;
  }
  return n;
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day number of a civil date, or NaN when it is not one (2024-02-30, month 13, year < 1900). */
export function civilDay(y: number, m: number, d: number): number {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return NaN;
  const max = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m];
  return d > max ? NaN : dayNumber(y, m, d);
}

/** Excel serial (1900 system, with its phantom 29 Feb 1900) → day and minutes into `out`. */
export function excelSerial(x: number, out: Stamp): boolean {
  if (!(x >= 0) || x >= EXCEL_MAX + 1) return false;
  const whole = Math.floor(x);
  let seconds = Math.round((x - whole) * 86400);
  let days = whole;
  if (seconds === 86400) {
    seconds = 0;
    days++;
  }
  out.minutes = seconds / 60;
  out.zone = 0;
  if (days === 0) {
    out.kind = TIME;
    out.day = NaN;
    return true;
  }
  if (days === 60) return false; // 29 February 1900 never was
  out.day = days < 60 ? days - EXCEL_EPOCH + 1 : days - EXCEL_EPOCH;
  out.kind = x === whole ? DATE : DATETIME;
  return true;
}

function setTime(out: Stamp, h: number, m: number, s: number): boolean {
  if (pm !== 0) {
    if (h < 1 || h > 12) return false;
    if (pm === 1 && h === 12) h = 0;
    else if (pm === 2 && h !== 12) h += 12;
  }
  if (m > 59 || s >= 60) return false;
  if (h > 24 || (h === 24 && (m !== 0 || s !== 0))) return false;
  out.minutes = h * 60 + m + s / 60;
  return true;
}

/** HHMM or HHMMSS packed in one integer of `digits` digits. */
function setCompactTime(out: Stamp, v: number, digits: number): boolean {
  if (digits >= 5) return setTime(out, Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
  return setTime(out, Math.floor(v / 100), v % 100, 0);
}

function setCompactDate(out: Stamp, v: number): boolean {
  out.day = civilDay(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
  return out.day === out.day;
}

/** A cell that is a plain number (digits with at most one decimal point). */
function parseNumber(s: string, n: number, ctx: StampContext, out: Stamp): boolean {
  if (n === 1 && gs[0] === 0) {
    const v = gv[0];
    const d = gd[0];
    if (d === 8) {
      out.kind = DATE;
      out.minutes = 0;
      return setCompactDate(out, v);
    }
    if (d === 12 || d === 14) {
      const scale = d === 12 ? 1e4 : 1e6;
      out.kind = DATETIME;
      return setCompactDate(out, Math.floor(v / scale)) && setCompactTime(out, v % scale, d - 8);
    }
    if (ctx.compactTime && d >= 3 && d <= 6) {
      out.kind = TIME;
      out.day = NaN;
      return setCompactTime(out, v, d);
    }
    return v >= EXCEL_PLAUSIBLE && excelSerial(v, out);
  }
  // n === 2 with a decimal point: an Excel serial date and time, or a fraction of a day.
  const x = Number(s);
  return (x < 1 || x >= EXCEL_PLAUSIBLE) && excelSerial(x, out);
}

/**
 * Parses a date, a time of day or both from a cell into `out`. Returns false when the cell is
 * none of the accepted forms or not a real date or time (2024-02-30, 25:00).
 */
export function parseStamp(text: string, ctx: StampContext, out: Stamp): boolean {
  out.kind = NONE;
  out.day = NaN;
  out.minutes = 0;
  out.zone = 0;
  const n = tokenize(text);
  if (n < 0) {
    // Full-width digits and punctuation (２０２４－０３－０５ ０９：１２), off the hot path.
    const folded = text.normalize('NFKC');
    return folded !== text && parseStamp(folded, ctx, out);
  }
  if (n === 0) return false;
  if (pm === 0 && zone === 0 && (n === 1 ? gs[0] === 0 : n === 2 && gs[0] === 46 && gs[1] === 0 && gd[0] !== 4)) {
    return parseNumber(text.trim(), n, ctx, out);
  }
  let gi = 0;
  if (n >= 3 && gd[0] === 4 && isDateSep(gs[0]) && isDateSep(gs[1]) && gd[1] <= 2 && gd[2] <= 2) {
    out.day = civilDay(gv[0], gv[1], gv[2]);
    gi = 3;
  } else if (gd[0] === 8 && (gs[0] === SPACE || gs[0] === 84 || gs[0] === 116 || gs[0] === 0)) {
    if (!setCompactDate(out, gv[0])) return false;
    gi = 1;
  } else if (n >= 3 && gd[2] === 4 && gd[0] <= 2 && gd[1] <= 2 && isDateSep(gs[0]) && gs[1] === gs[0]) {
    out.day = ctx.order === 'dmy' ? civilDay(gv[2], gv[1], gv[0]) : civilDay(gv[2], gv[0], gv[1]);
    gi = 3;
  }
  if (gi > 0 && out.day !== out.day) return false;
  out.zone = zone;
  if (gi === n) {
    if (pm !== 0) return false;
    out.kind = DATE;
    return true;
  }
  out.kind = gi > 0 ? DATETIME : TIME;
  const rest = n - gi;
  if (rest === 1 && (gd[gi] === 4 || gd[gi] === 6) && gs[gi] === 0 && (gi > 0 || ctx.compactTime)) {
    return setCompactTime(out, gv[gi], gd[gi]);
  }
  if (gd[gi] > 2) return false;
  if (gi === 0 && !isHourSep(gs[0])) return false;
  if (rest === 1) {
    // "9时", "9点": the hour alone.
    return (gs[gi] === C_HOUR || gs[gi] === C_HOUR2 || gs[gi] === C_HOUR3) && setTime(out, gv[gi], 0, 0);
  }
  if (!isHourSep(gs[gi]) || gd[gi + 1] > 2) return false;
  let seconds = 0;
  if (rest >= 3) {
    const sep = gs[gi + 1];
    if (!(sep === 58 || sep === 0xff1a || sep === C_MIN) || gd[gi + 2] > 2) return false;
    seconds = gv[gi + 2];
    if (rest === 4) {
      if (gs[gi + 2] !== 46) return false;
      seconds += gv[gi + 3] / Math.pow(10, gd[gi + 3]);
    } else if (rest > 4) {
      return false;
    }
  }
  return setTime(out, gv[gi], gv[gi + 1], seconds);
}

/** Looks at year-last dates (3/5/2024 or 5/3/2024) in a sample: which order they are in. */
export function sniffDateOrder(samples: readonly string[]): { order: DateOrder; yearLast: number; decided: boolean } {
  let mdy = 0;
  let dmy = 0;
  let yearLast = 0;
  for (const s of samples) {
    const n = tokenize(s);
    if (n < 3 || gd[2] !== 4 || gd[0] > 2 || gd[1] > 2 || !isDateSep(gs[0]) || gs[1] !== gs[0]) continue;
    yearLast++;
    if (gv[0] > 12 && gv[1] <= 12) dmy++;
    else if (gv[1] > 12 && gv[0] <= 12) mdy++;
  }
  return { order: dmy > mdy ? 'dmy' : 'mdy', yearLast, decided: yearLast === 0 || dmy + mdy > 0 };
}
