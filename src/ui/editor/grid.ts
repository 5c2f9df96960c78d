/**
 * The staffing grids' logic, for a window group's open windows and for the 12366 hotline's
 * agents: the rows (statistics intervals from opening, or from the agents' first hour, labelled
 * HH:MM; a schedule is indexed from there, one entry per interval, as validate-schedules and
 * resolve read it), the columns (one per kind of day, or one for all), spreadsheet moves, pasting
 * a column copied from Excel (tab and new-line separated numbers), and keeping a schedule's length
 * when the hours or the interval length change.
 */
import {
  type ChannelDay,
  DAY_TYPES,
  type DayType,
  DEFAULTS,
  formatTimeOfDay,
  MINUTES_PER_DAY,
  parseTimeOfDay,
} from '../../sim/scenario/index.ts';
import { checkNumber, toAscii } from './numbers.ts';

/** A column: a kind of day (the hall's day types; `closed` for the hotline too), or one for all. */
export type ColumnKey = ChannelDay | 'all';

export interface GridRow {
  index: number;
  /** "HH:MM" at the interval's start, or null when the opening hours cannot be read. */
  label: string | null;
  /** Beyond closing: an entry the schedule has but the opening hours do not. */
  extra: boolean;
}

export interface GridColumn {
  key: ColumnKey;
  /** Path below the `schedule`: [] for one schedule, [day] for one per kind of day. */
  sub: ChannelDay[];
  values: unknown[];
}

/** The hall's (or the agents') intervals: the first one's start and their length, when they can be read. */
export interface Intervals {
  open: number;
  interval: number;
  /** Whole intervals from opening to closing (a partial one at the end is left out). */
  count: number;
  /** True when closing falls inside an interval (the validator reports it at calendar.close). */
  partial: boolean;
}

const obj = (x: unknown): Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};

/** The statistics interval length, or null when it cannot be read. */
function intervalOf(calendar: unknown): number | null {
  const raw = obj(calendar).intervalMinutes ?? DEFAULTS.calendar.intervalMinutes;
  return raw === 15 || raw === 30 || raw === 60 ? raw : null;
}

function spanIntervals(open: number | null, close: number | null, interval: number | null): Intervals | null {
  if (open === null || close === null || interval === null || close <= open) return null;
  return { open, interval, count: Math.floor((close - open) / interval), partial: (close - open) % interval !== 0 };
}

export function hallIntervals(calendar: unknown): Intervals | null {
  const cal = obj(calendar);
  return spanIntervals(parseTimeOfDay(cal.open), parseTimeOfDay(cal.close), intervalOf(calendar));
}

/** The agents' hours in minutes of the day ("24h": the whole day), or null when they cannot be read. */
export function agentHours(hours: unknown): { start: number; end: number } | null {
  if (hours === '24h') return { start: 0, end: MINUTES_PER_DAY };
  const h = obj(hours);
  const start = parseTimeOfDay(h.start);
  const end = parseTimeOfDay(h.end);
  return start === null || end === null || end <= start ? null : { start, end };
}

/**
 * The 12366 agents' intervals: from the first of the agents' hours (every day the same), in the
 * hall's interval length (validate-schedules reads `hotline.agents.schedule` so).
 */
export function agentIntervals(hours: unknown, calendar: unknown): Intervals | null {
  const h = agentHours(hours);
  return h ? spanIntervals(h.start, h.end, intervalOf(calendar)) : null;
}

/**
 * The columns of a schedule: one per kind of day in `days` (the hall's day types by default, the
 * hotline's four kinds of day for its agents), or a single one for every day type.
 */
export function scheduleColumns(schedule: unknown, days: readonly ChannelDay[] = DAY_TYPES): GridColumn[] {
  if (Array.isArray(schedule)) return [{ key: 'all', sub: [], values: schedule }];
  const o = obj(schedule);
  return days.map((d) => ({ key: d, sub: [d], values: Array.isArray(o[d]) ? (o[d] as unknown[]) : [] }));
}

/** Rows for the intervals, plus any entries a column has beyond closing. */
export function gridRows(intervals: Intervals | null, columns: GridColumn[]): GridRow[] {
  const longest = Math.max(0, ...columns.map((c) => c.values.length));
  const n = Math.max(intervals?.count ?? 0, longest);
  return Array.from({ length: n }, (_, index) => ({
    index,
    label: intervals ? formatTimeOfDay(intervals.open + index * intervals.interval) : null,
    extra: intervals !== null && index >= intervals.count,
  }));
}

/** A column fitted to n entries: cut, or lengthened by repeating its last value (0 if empty). */
export function fitColumn(values: readonly unknown[], n: number): number[] {
  const nums = values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0));
  if (nums.length >= n) return nums.slice(0, n);
  const last = nums.length > 0 ? nums[nums.length - 1] : 0;
  return [...nums, ...Array.from({ length: n - nums.length }, () => last)];
}

/** Every entry of a column capped at the group's window count (or the hotline's seats). */
export function capColumn(values: readonly unknown[], max: number): unknown[] {
  return values.map((v) => (typeof v === 'number' && v > max ? max : v));
}

/** One schedule for all day types → one per day type (copies). */
export function splitSchedule(values: readonly unknown[]): Record<DayType, unknown[]> {
  return { ordinary: [...values], filing: [...values], deadline: [...values] };
}

/** One per day type → one for all, keeping the chosen day type's column. */
export function joinSchedule(schedule: unknown, keep: DayType): unknown[] {
  const col = scheduleColumns(schedule).find((c) => c.key === keep);
  return col ? [...col.values] : [];
}

/** Whether the three day types already have the same schedule (joining loses nothing). */
export function columnsEqual(schedule: unknown): boolean {
  if (Array.isArray(schedule)) return true;
  const cols = scheduleColumns(schedule).map((c) => JSON.stringify(c.values));
  return cols.every((c) => c === cols[0]);
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

/** The cell a move lands on, clamped to the grid (a spreadsheet does not wrap). */
export function moveCell(
  at: { row: number; col: number },
  move: Move,
  rows: number,
  cols: number,
): { row: number; col: number } {
  const clamp = (x: number, n: number) => Math.max(0, Math.min(n - 1, x));
  switch (move) {
    case 'up':
      return { row: clamp(at.row - 1, rows), col: at.col };
    case 'down':
      return { row: clamp(at.row + 1, rows), col: at.col };
    case 'left':
      return { row: at.row, col: clamp(at.col - 1, cols) };
    case 'right':
      return { row: at.row, col: clamp(at.col + 1, cols) };
    case 'first':
      return { row: 0, col: at.col };
    case 'last':
      return { row: Math.max(0, rows - 1), col: at.col };
  }
}

/** Text copied from a spreadsheet as rows of cells (tab between cells, a new line between rows). */
export function parsePaste(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines.map((line) => line.split('\t').map((c) => c.trim()));
}

/** Whether pasted text is more than one cell (then the grid fills down instead of the cell taking it). */
export function isMultiCell(text: string): boolean {
  const m = parsePaste(text);
  return m.length > 1 || (m.length === 1 && m[0].length > 1);
}

export interface CellWrite {
  row: number;
  col: number;
  value: number;
}

export type PastePlan =
  { ok: true; writes: CellWrite[]; dropped: number } | { ok: false; bad: { row: number; col: number; text: string }[] };

/**
 * What a paste at (row, col) writes: down the rows and across the columns from there. Every value
 * must be a whole number from 0 to `max` or nothing is written; values past a column's last entry
 * (`lengths[col]`) or past the last column are counted in `dropped` so the planner is told.
 */
export function planPaste(
  matrix: string[][],
  at: { row: number; col: number },
  lengths: readonly number[],
  max: number,
): PastePlan {
  const writes: CellWrite[] = [];
  const bad: { row: number; col: number; text: string }[] = [];
  let dropped = 0;
  matrix.forEach((line, i) =>
    line.forEach((text, j) => {
      const row = at.row + i;
      const col = at.col + j;
      if (col >= lengths.length || row >= lengths[col]) {
        dropped++;
        return;
      }
      const r = checkNumber(text, { integer: true, min: 0, max });
      if (r.ok) writes.push({ row, col, value: r.value });
      else bad.push({ row, col, text: toAscii(text) });
    }),
  );
  return bad.length > 0 ? { ok: false, bad } : { ok: true, writes, dropped };
}

/**
 * A copy of a schedule with cells written (`columns`: the grid's column keys, in order); every
 * other entry, and any kind of day not in the grid, stays exactly as it was.
 */
export function writeCells(
  schedule: unknown,
  columns: readonly ColumnKey[],
  writes: readonly CellWrite[],
): unknown[] | Record<string, unknown[]> {
  const o = obj(schedule);
  const next = new Map<ColumnKey, unknown[]>(
    columns.map((k) => {
      const values = k === 'all' ? schedule : o[k];
      return [k, Array.isArray(values) ? [...(values as unknown[])] : []];
    }),
  );
  for (const w of writes) {
    const col = next.get(columns[w.col]);
    if (col && w.row < col.length) col[w.row] = w.value;
  }
  if (Array.isArray(schedule)) return next.get('all') ?? [...(schedule as unknown[])];
  return { ...o, ...Object.fromEntries(columns.filter((k) => k !== 'all').map((k) => [k, next.get(k)!])) } as Record<
    string,
    unknown[]
  >;
}

/**
 * The object holding a schedule in a scenario draft, from the schedule's path: the window group
 * (`windows.groups[i].schedule`) or the hotline's agents (`hotline.agents.schedule`).
 */
export function groupOf(
  draft: unknown,
  schedulePath: readonly (string | number)[],
): { windows?: unknown; seats?: unknown; schedule?: unknown } {
  return schedulePath
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>(
      (o, k) => o[k] as Record<string | number, unknown>,
      draft as Record<string, unknown>,
    );
}

/**
 * Raises a count (`windows` of a group, `seats` of the hotline's agents) to a cell's value and
 * writes the cell, in a scenario draft: what the grid offers when a planner types more than there
 * are ("16" in a group of 12), so that both change in one undo step. Never lowers the count.
 */
export function raiseCount(
  owner: { schedule?: unknown } & Partial<Record<'windows' | 'seats', unknown>>,
  key: 'windows' | 'seats',
  columns: readonly ColumnKey[],
  cell: CellWrite,
): void {
  const n = owner[key];
  if (!(typeof n === 'number' && n >= cell.value)) owner[key] = cell.value;
  owner.schedule = writeCells(owner.schedule, columns, [cell]);
}

/** A group's window count raised to a cell's value, and the cell written (see `raiseCount`). */
export function raiseWindows(
  group: { windows?: unknown; schedule?: unknown },
  columns: readonly ColumnKey[],
  cell: CellWrite,
): void {
  raiseCount(group, 'windows', columns, cell);
}

/** A copy of a per-kind-of-day schedule with column `from`'s entries also in column `to`. */
export function copyColumn(schedule: unknown, from: ChannelDay, to: ChannelDay): unknown {
  const o = obj(schedule);
  if (Array.isArray(schedule) || !Array.isArray(o[from])) return schedule;
  return { ...o, [to]: [...(o[from] as unknown[])] };
}

/**
 * A column re-laid on other hours: entry i of the result is the value the column had at the same
 * time of day (`from` and `to`: the old and new intervals, of the same length); an interval the
 * old hours did not cover takes the nearest value they had (the first before them, the last
 * after), or 0 for an empty column. So moving the agents' hours keeps every interval still in
 * them as it was, and the schedule one entry per interval.
 */
export function realignColumn(
  values: readonly unknown[],
  from: { open: number },
  to: { open: number; count: number },
  interval: number,
): unknown[] {
  const shift = Math.floor((to.open - from.open) / interval);
  return Array.from({ length: to.count }, (_, i) => {
    if (values.length === 0) return 0;
    const k = Math.max(0, Math.min(values.length - 1, i + shift));
    return values[k];
  });
}

/** Every column of a schedule (an array, or one per kind of day) re-laid on other hours. */
export function realignSchedule(
  schedule: unknown,
  from: { open: number },
  to: { open: number; count: number },
  interval: number,
): unknown {
  if (Array.isArray(schedule)) return realignColumn(schedule, from, to, interval);
  if (schedule === null || typeof schedule !== 'object') return schedule;
  return Object.fromEntries(
    Object.entries(schedule).map(([k, v]) => [k, Array.isArray(v) ? realignColumn(v, from, to, interval) : v]),
  );
}

/**
 * A column converted to another interval length: to a finer one each entry is repeated (30 → 15
 * minutes: every value twice), to a coarser one each run of entries gives its largest (staffing
 * for the busiest part). Lengths are 15, 30 or 60, so one divides the other.
 */
export function resampleColumn(values: readonly unknown[], from: number, to: number): unknown[] {
  if (from === to) return [...values];
  if (to < from) {
    const k = from / to;
    return values.flatMap((v) => Array.from({ length: k }, () => v));
  }
  const k = to / from;
  const out: unknown[] = [];
  for (let i = 0; i < values.length; i += k) {
    const run = values.slice(i, i + k);
    const nums = run.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    out.push(nums.length > 0 ? Math.max(...nums) : run[0]);
  }
  return out;
}

/** A whole schedule (one column or one per day type) converted to another interval length. */
export function resampleSchedule(schedule: unknown, from: number, to: number): unknown {
  if (Array.isArray(schedule)) return resampleColumn(schedule, from, to);
  if (schedule === null || typeof schedule !== 'object') return schedule;
  return Object.fromEntries(
    Object.entries(schedule).map(([k, v]) => [k, Array.isArray(v) ? resampleColumn(v, from, to) : v]),
  );
}
