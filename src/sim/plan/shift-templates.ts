/**
 * Shift templates and the columns of the roster model (roster.ts solves it).
 *
 * A template says when a person may start, how long they are paid to be on site (break
 * included) and when their break may fall. Each (template, start, break start) is one column of
 * the set-covering model; its coverage is the statistics intervals during which that person sits
 * at a window. The day's grid is the hall's: interval k is [open + k·Δ, open + (k+1)·Δ), Δ the
 * interval length, as in a window group's `schedule` (scenario.ts). An interval only partly
 * worked (the shift starts or ends inside it, or the break overlaps it) is not covered: the
 * window is not open for the whole interval. Break starts are grid times (open + k·Δ) inside the
 * template's break window, so a break on the grid costs exactly its own intervals.
 *
 * Times of day are minutes after midnight here and "HH:MM" at the edges.
 */
import { ParameterError } from '../errors.ts';
import { formatTimeOfDay, type Localized, parseTimeOfDay } from '../scenario/index.ts';

/** When a person may start: a list of "HH:MM", or every `everyMinutes` from `from` to `to`. */
export type ShiftStarts = string[] | { from: string; to: string; everyMinutes: number };

/** A break (lunch) inside a shift. */
export interface ShiftBreak {
  /** Length of the break, minutes. */
  minutes: number;
  /** The break starts no earlier than this many minutes after the shift starts ... */
  earliestAfterStartMinutes: number;
  /** ... and no later than this (and ends before the shift does). */
  latestAfterStartMinutes: number;
}

export interface ShiftTemplate {
  /** Unique among the templates of one roster. */
  id: string;
  name: Localized;
  /** Paid time on site, break included, minutes. */
  lengthMinutes: number;
  starts: ShiftStarts;
  /** Default null: no break. */
  break?: ShiftBreak | null;
  /** Cost of one person on this shift. Default: paid hours (lengthMinutes / 60). */
  cost?: number;
  /** At most this many people on this template in the day (all starts together). Default: no cap. */
  maxCount?: number;
}

/** The day's statistics grid. */
export interface IntervalGrid {
  /** Minutes of the day at which interval 0 begins (the hall's opening time). */
  open: number;
  intervalMinutes: number;
  /** Number of intervals. */
  count: number;
}

/** One way to work a template: a column of the set-covering model. */
export interface ShiftColumn {
  /** Index of the template in the list given. */
  template: number;
  templateId: string;
  /** Minutes of the day. */
  start: number;
  end: number;
  breakStart: number | null;
  breakEnd: number | null;
  cost: number;
  paidMinutes: number;
  /** 1 where the person is at a window for the whole interval, else 0; one entry per interval. */
  coverage: number[];
}

const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * The built-in templates for a hall open from `open` to `close` ("HH:MM"), as a tax bureau
 * staffs its windows:
 *
 * - full day (全天班): 8 h 30 on site with a 1 h lunch taken 3 h to 4 h 30 after the start
 *   (staggered lunches, 错峰就餐, keep windows open at noon); the first wave arrives 30 min
 *   before opening to log in and prepare, the last starts 30 min after opening and stays past
 *   closing for the taxpayers still waiting;
 * - morning half day (上午班) and afternoon half day (下午班), 4 h without a break: back-office
 *   staff who come to the front for the peaks (潮汐窗口/弹性窗口). A bureau has few of them, so
 *   each is capped at `halfDayMax` people (default 4); without a cap the model would staff the
 *   whole day with half days, whose paid hours are all window hours.
 */
export function defaultTemplates(open = '09:00', close = '17:00', halfDayMax = 4): ShiftTemplate[] {
  const o = parseTimeOfDay(open);
  const c = parseTimeOfDay(close);
  if (o === null) throw new ParameterError('open', open, 'a time "HH:MM"', '时刻 "HH:MM"');
  if (c === null || c <= o)
    throw new ParameterError('close', close, `a time "HH:MM" after ${open}`, `晚于 ${open} 的时刻 "HH:MM"`);
  const at = (m: number) => formatTimeOfDay(Math.min(DAY, Math.max(0, m)));
  const half = 4 * HOUR;
  return [
    {
      id: 'full',
      name: { zh: '全天班', en: 'Full day' },
      lengthMinutes: 8 * HOUR + 30,
      starts: { from: at(o - 30), to: at(Math.min(o + 30, DAY - 8 * HOUR - 30)), everyMinutes: 30 },
      break: { minutes: HOUR, earliestAfterStartMinutes: 3 * HOUR, latestAfterStartMinutes: 4 * HOUR + 30 },
    },
    {
      id: 'morning',
      name: { zh: '上午班', en: 'Morning half day' },
      lengthMinutes: half,
      starts: { from: at(o - 30), to: at(o), everyMinutes: 30 },
      break: null,
      maxCount: halfDayMax,
    },
    {
      id: 'afternoon',
      name: { zh: '下午班', en: 'Afternoon half day' },
      lengthMinutes: half,
      starts: { from: at(Math.max(o, c - half - HOUR)), to: at(Math.max(o, c - half)), everyMinutes: 30 },
      break: null,
      maxCount: halfDayMax,
    },
  ];
}

/** The built-in templates for the demo hall (open 09:00–17:00), see `defaultTemplates`. */
export const DEFAULT_TEMPLATES: readonly ShiftTemplate[] = Object.freeze(
  defaultTemplates('09:00', '17:00').map((t) => {
    for (const part of [t.name, t.starts, t.break]) if (part) Object.freeze(part);
    return Object.freeze(t);
  }),
);

/** "HH:MM–HH:MM" of interval `k` (en dash). */
export function intervalLabel(grid: Pick<IntervalGrid, 'open' | 'intervalMinutes'>, k: number): string {
  const a = grid.open + k * grid.intervalMinutes;
  return `${formatTimeOfDay(a)}–${formatTimeOfDay(a + grid.intervalMinutes)}`;
}

/**
 * The intervals of `grid` a person works for the whole interval: on site [start, end) and not
 * on break [breakStart, breakEnd). 1 = covered, 0 = not (or only partly).
 */
export function coverageOf(
  shift: { start: number; end: number; breakStart: number | null; breakEnd: number | null },
  grid: IntervalGrid,
): number[] {
  const out = new Array<number>(grid.count).fill(0);
  for (let k = 0; k < grid.count; k++) {
    const a = grid.open + k * grid.intervalMinutes;
    const b = a + grid.intervalMinutes;
    const onSite = shift.start <= a && b <= shift.end;
    const onBreak = shift.breakStart !== null && shift.breakEnd !== null && a < shift.breakEnd && shift.breakStart < b;
    if (onSite && !onBreak) out[k] = 1;
  }
  return out;
}

/** The start times of a validated template, minutes of the day, ascending, without repeats. */
export function startTimes(t: ShiftTemplate): number[] {
  if (Array.isArray(t.starts)) return [...new Set(t.starts.map((s) => parseTimeOfDay(s)!))].sort((x, y) => x - y);
  const from = parseTimeOfDay(t.starts.from)!;
  const to = parseTimeOfDay(t.starts.to)!;
  const out: number[] = [];
  for (let m = from; m <= to; m += t.starts.everyMinutes) out.push(m);
  return out;
}

/** Grid times (open + k·Δ) at which the break of a shift starting at `start` may begin. */
export function breakStarts(
  t: ShiftTemplate,
  start: number,
  grid: Pick<IntervalGrid, 'open' | 'intervalMinutes'>,
): number[] {
  const b = t.break;
  if (!b) return [];
  const step = grid.intervalMinutes;
  const lo = start + b.earliestAfterStartMinutes;
  const hi = Math.min(start + b.latestAfterStartMinutes, start + t.lengthMinutes - b.minutes);
  const out: number[] = [];
  for (let g = grid.open + Math.ceil((lo - grid.open) / step) * step; g <= hi; g += step) out.push(g);
  return out;
}

/**
 * Every column of the templates on `grid`, in template order, then start, then break start.
 * Templates must have been checked by `validateTemplates` first.
 */
export function buildColumns(templates: readonly ShiftTemplate[], grid: IntervalGrid): ShiftColumn[] {
  const columns: ShiftColumn[] = [];
  templates.forEach((t, i) => {
    const cost = t.cost ?? t.lengthMinutes / HOUR;
    for (const start of startTimes(t)) {
      const end = start + t.lengthMinutes;
      const breaks: (number | null)[] = t.break ? breakStarts(t, start, grid) : [null];
      for (const bs of breaks) {
        const be = bs === null ? null : bs + t.break!.minutes;
        const shift = { start, end, breakStart: bs, breakEnd: be };
        columns.push({
          template: i,
          templateId: t.id,
          ...shift,
          cost,
          paidMinutes: t.lengthMinutes,
          coverage: coverageOf(shift, grid),
        });
      }
    }
  });
  return columns;
}

// ---------------------------------------------------------------------------------------------
// Validation: each check names the field, e.g. `templates[1].starts.from`.

function fail(param: string, value: unknown, en: string, zh: string): never {
  throw new ParameterError(param, value, en, zh);
}

function isInt(v: unknown, min: number, max = Infinity): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

function time(param: string, v: unknown): number {
  const m = parseTimeOfDay(v);
  if (m === null) fail(param, v, 'a time of day "HH:MM", 00:00 to 24:00', '时刻 "HH:MM"，00:00 至 24:00');
  return m;
}

/** The most columns one roster may have (template × start × break start). */
export const MAX_COLUMNS = 3000;

/** Checks templates against the grid; throws a ParameterError naming the first bad field. */
export function validateTemplates(
  templates: unknown,
  grid: Pick<IntervalGrid, 'open' | 'intervalMinutes'>,
): asserts templates is ShiftTemplate[] {
  if (!Array.isArray(templates) || templates.length === 0) {
    fail('templates', templates, 'a non-empty list of shift templates', '非空的班次模板列表');
  }
  const ids = new Set<string>();
  let columns = 0;
  templates.forEach((t: unknown, i) => {
    const p = `templates[${i}]`;
    if (typeof t !== 'object' || t === null) fail(p, t, 'a shift template object', '班次模板对象');
    const tt = t as Record<string, unknown>;
    if (typeof tt.id !== 'string' || tt.id.trim() === '') fail(`${p}.id`, tt.id, 'a non-empty text', '非空文本');
    if (ids.has(tt.id)) fail(`${p}.id`, tt.id, 'an id no other template uses', '与其他模板不重复的标识');
    ids.add(tt.id);
    const name = tt.name as Record<string, unknown> | null | undefined;
    if (typeof name !== 'object' || name === null) fail(`${p}.name`, name, 'an object {zh, en}', '对象 {zh, en}');
    for (const lang of ['zh', 'en'] as const) {
      if (typeof name[lang] !== 'string' || (name[lang] as string).trim() === '')
        fail(`${p}.name.${lang}`, name[lang], 'a non-empty text', '非空文本');
    }
    const len = tt.lengthMinutes;
    if (!isInt(len, 1, DAY))
      fail(`${p}.lengthMinutes`, len, 'an integer from 1 to 1440 (minutes)', '1 至 1440 之间的整数（分钟）');

    // starts
    let starts: number[];
    const s = tt.starts;
    if (Array.isArray(s)) {
      if (s.length === 0) fail(`${p}.starts`, s, 'at least one start time', '至少一个上班时刻');
      const seen = new Set<number>();
      starts = s.map((v, j) => {
        const m = time(`${p}.starts[${j}]`, v);
        if (seen.has(m)) fail(`${p}.starts[${j}]`, v, 'a start time not already listed', '未重复列出的上班时刻');
        seen.add(m);
        return m;
      });
    } else if (typeof s === 'object' && s !== null) {
      const r = s as Record<string, unknown>;
      const from = time(`${p}.starts.from`, r.from);
      const to = time(`${p}.starts.to`, r.to);
      if (to < from)
        fail(
          `${p}.starts.to`,
          r.to,
          `a time not before starts.from (${String(r.from)})`,
          `不早于 starts.from（${String(r.from)}）的时刻`,
        );
      if (!isInt(r.everyMinutes, 1, DAY))
        fail(
          `${p}.starts.everyMinutes`,
          r.everyMinutes,
          'an integer from 1 to 1440 (minutes)',
          '1 至 1440 之间的整数（分钟）',
        );
      starts = [];
      for (let m = from; m <= to; m += r.everyMinutes) starts.push(m);
    } else {
      fail(
        `${p}.starts`,
        s,
        'a list of "HH:MM" or {from, to, everyMinutes}',
        '"HH:MM" 列表或 {from, to, everyMinutes}',
      );
    }
    const latest = Math.max(...starts);
    if (latest + len > DAY) {
      fail(
        `${p}.starts`,
        formatTimeOfDay(latest),
        `start times that end by 24:00 (lengthMinutes ${len})`,
        `班次须在 24:00 前结束（时长 ${len} 分钟）`,
      );
    }

    // break
    const b = tt.break;
    let perStart = starts.map(() => 1);
    if (b !== null && b !== undefined) {
      if (typeof b !== 'object')
        fail(
          `${p}.break`,
          b,
          'null or {minutes, earliestAfterStartMinutes, latestAfterStartMinutes}',
          'null 或 {minutes, earliestAfterStartMinutes, latestAfterStartMinutes}',
        );
      const br = b as Record<string, unknown>;
      if (!isInt(br.minutes, 1, len - 1))
        fail(
          `${p}.break.minutes`,
          br.minutes,
          `an integer from 1 to ${len - 1} (shorter than the shift)`,
          `1 至 ${len - 1} 之间的整数（短于班次）`,
        );
      if (!isInt(br.earliestAfterStartMinutes, 0, len - br.minutes)) {
        fail(
          `${p}.break.earliestAfterStartMinutes`,
          br.earliestAfterStartMinutes,
          `an integer from 0 to ${len - br.minutes}`,
          `0 至 ${len - br.minutes} 之间的整数`,
        );
      }
      const lo = br.earliestAfterStartMinutes;
      if (!isInt(br.latestAfterStartMinutes, lo, len - br.minutes)) {
        fail(
          `${p}.break.latestAfterStartMinutes`,
          br.latestAfterStartMinutes,
          `an integer from ${lo} to ${len - br.minutes} (the break ends within the shift)`,
          `${lo} 至 ${len - br.minutes} 之间的整数（休息须在班内结束）`,
        );
      }
      const withBreak = { ...(tt as unknown as ShiftTemplate), lengthMinutes: len, break: br as unknown as ShiftBreak };
      perStart = starts.map((st) => {
        const n = breakStarts(withBreak, st, grid).length;
        if (n === 0) {
          fail(
            `${p}.break`,
            b,
            `a window that holds an interval boundary for the start ${formatTimeOfDay(st)} (every ${grid.intervalMinutes} min from opening)`,
            `对上班时刻 ${formatTimeOfDay(st)}，休息时段须包含统计时段分界点（自开门起每 ${grid.intervalMinutes} 分钟）`,
          );
        }
        return n;
      });
    }
    columns += perStart.reduce((a, n) => a + n, 0);

    if (tt.cost !== undefined && (typeof tt.cost !== 'number' || !Number.isFinite(tt.cost) || tt.cost <= 0)) {
      fail(`${p}.cost`, tt.cost, 'a finite number > 0', '大于 0 的有限数值');
    }
    if (tt.maxCount !== undefined && !isInt(tt.maxCount, 0))
      fail(`${p}.maxCount`, tt.maxCount, 'an integer >= 0', '不小于 0 的整数');
  });
  if (columns > MAX_COLUMNS) {
    fail(
      'templates',
      `${columns} columns`,
      `at most ${MAX_COLUMNS} (template × start × break start): use fewer start or break times`,
      `至多 ${MAX_COLUMNS} 种排法（模板 × 上班时刻 × 休息时刻）：请减少上班或休息时刻`,
    );
  }
}
