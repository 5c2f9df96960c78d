/**
 * The calendar of the horizon: a wall-calendar grid per month (weeks as rows, Monday first),
 * each simulated day coloured by its tickets or its mean wait in a few classes; filing-period and
 * deadline days marked, closed days (weekends, holidays) shown as closed.
 */
import { ticks } from 'd3-array';
import { dayNumber, isoWeekday } from '../../sim/scenario/index.ts';
import { argMax, type ChartContext, type DayInfo } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { CLOSED_STROKE, OKABE_ITO, sequentialColours } from './palette.ts';
import { niceTop } from './scale.ts';

export type CalendarMetric = 'tickets' | 'wait';

export interface CalendarCell {
  /** Day number. */
  day: number;
  /** Day of the month. */
  date: number;
  row: number;
  /** 0 = Monday … 6 = Sunday. */
  col: number;
  /** The simulated day, or null outside the horizon. */
  info: DayInfo | null;
}

export interface CalendarMonth {
  year: number;
  month: number;
  weeks: number;
  cells: CalendarCell[];
}

/** Every month the horizon touches, laid out Monday first. */
export function calendarMonths(days: DayInfo[]): CalendarMonth[] {
  if (days.length === 0) return [];
  const byDay = new Map(days.map((d) => [d.day, d]));
  const out: CalendarMonth[] = [];
  let { year, month } = days[0];
  const last = days[days.length - 1];
  while (year < last.year || (year === last.year && month <= last.month)) {
    const first = dayNumber(year, month, 1);
    const next = month === 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1);
    const lead = isoWeekday(first) - 1;
    const cells: CalendarCell[] = [];
    for (let day = first; day < next; day++) {
      const k = lead + (day - first);
      cells.push({ day, date: day - first + 1, row: Math.floor(k / 7), col: k % 7, info: byDay.get(day) ?? null });
    }
    out.push({ year, month, weeks: Math.ceil((lead + next - first) / 7), cells });
    if (month === 12) {
      year++;
      month = 1;
    } else month++;
  }
  return out;
}

export interface CalendarGeometry {
  cw: number;
  ch: number;
  /** Height of a month's title plus its weekday row. */
  head: number;
  gap: number;
  blocks: { x: number; y: number }[];
  width: number;
  height: number;
}

/** Months side by side as many as fit `width`, then the next row. */
export function calendarGeometry(months: CalendarMonth[], width: number): CalendarGeometry {
  const gap = 24;
  const head = 40;
  const one = months.length === 1;
  const cw = one
    ? Math.max(30, Math.min(84, Math.floor(width / 7)))
    : Math.max(30, Math.min(48, Math.floor(width / 7)));
  const ch = Math.round(cw * 0.78);
  const blockW = 7 * cw;
  const perRow = Math.max(1, Math.floor((width + gap) / (blockW + gap)));
  const blocks: { x: number; y: number }[] = [];
  let y = 0;
  let rowHeight = 0;
  months.forEach((m, i) => {
    const col = i % perRow;
    if (col === 0 && i > 0) {
      y += rowHeight + gap;
      rowHeight = 0;
    }
    blocks.push({ x: col * (blockW + gap), y });
    rowHeight = Math.max(rowHeight, head + m.weeks * ch);
  });
  return {
    cw,
    ch,
    head,
    gap,
    blocks,
    width: Math.min(width, perRow * blockW + (perRow - 1) * gap),
    height: y + rowHeight,
  };
}

/** The daily value of a metric; null on closed days and, for waits, days nobody was served. */
export function dayValue(ctx: ChartContext, metric: CalendarMetric, i: number): number | null {
  const d = ctx.days[i];
  if (!d.working) return null;
  const s = ctx.merged.days;
  if (metric === 'tickets') return s.tickets.mean[i];
  return s.served.mean[i] > 0 ? s.waitMean.mean[i] : null;
}

export interface CalendarScale {
  /** Class boundaries: class k is [breaks[k], breaks[k+1]). */
  breaks: number[];
  colours: string[];
}

/** Nice class boundaries from 0 to the largest value (3 to about 7 classes). */
export function calendarScale(ctx: ChartContext, metric: CalendarMetric): CalendarScale {
  let max = 0;
  for (let i = 0; i < ctx.days.length; i++) max = Math.max(max, dayValue(ctx, metric, i) ?? 0);
  const breaks = ticks(0, niceTop(max, 5), 5);
  if (breaks.length < 2) breaks.push(1);
  return { breaks, colours: sequentialColours(breaks.length - 1) };
}

export function calendarClass(s: CalendarScale, v: number): number {
  let k = 0;
  while (k < s.breaks.length - 2 && v >= s.breaks[k + 1]) k++;
  return k;
}

export function calendarLegend(ctx: ChartContext, metric: CalendarMetric, s: CalendarScale): LegendItem[] {
  const { t, fmt } = ctx;
  const digits = metric === 'wait' ? 1 : 0;
  const items: LegendItem[] = s.colours.map((color, k) => ({
    kind: 'swatch',
    label: `${fmt.number(s.breaks[k], digits)}–${fmt.number(s.breaks[k + 1], digits)}`,
    color,
  }));
  items.push({ kind: 'topbar', label: t.calendar.filingMark, color: OKABE_ITO.orange });
  items.push({ kind: 'border', label: t.calendar.deadlineMark, color: OKABE_ITO.black });
  items.push({ kind: 'hatch', label: t.calendar.closed, color: CLOSED_STROKE });
  if (ctx.days.some((d) => d.holiday))
    items.push({
      kind: 'glyph',
      label: t.calendar.holiday,
      color: OKABE_ITO.vermillion,
      glyph: t.calendar.holidayGlyph,
    });
  if (ctx.days.some((d) => d.extraWorkday))
    items.push({ kind: 'glyph', label: t.calendar.extraWorkday, color: OKABE_ITO.blue, glyph: t.calendar.extraGlyph });
  return items;
}

export function calendarTooltip(ctx: ChartContext, i: number): string[] {
  const { t, fmt } = ctx;
  const d = ctx.days[i];
  const s = ctx.merged.days;
  const lines = [fmt.dateLong(d.day)];
  if (!d.working) {
    lines.push(d.holiday ? t.calendar.closedHoliday : t.calendar.closedDay);
    return lines;
  }
  lines.push(t.dayTypes[d.dayType]);
  lines.push(t.calendar.dayTickets(fmt.pm(s.tickets.mean[i], s.tickets.halfWidth[i] || null, 0)));
  if (s.served.mean[i] > 0) {
    lines.push(
      t.calendar.dayWait(
        t.unit.minutes(fmt.pm(s.waitMean.mean[i], s.waitMean.halfWidth[i] || null)),
        t.unit.minutes(fmt.number(s.waitP90.mean[i], 1)),
      ),
    );
  }
  lines.push(t.calendar.dayAbandoned(fmt.number(s.abandoned.mean[i], 1)));
  if (s.overtimeMinutes.mean[i] > 0) lines.push(t.calendar.dayOvertime(fmt.number(s.overtimeMinutes.mean[i], 0)));
  return lines;
}

export function calendarSummary(ctx: ChartContext): string {
  const { t, fmt } = ctx;
  const tickets = ctx.days.map((_, i) => dayValue(ctx, 'tickets', i));
  const waits = ctx.days.map((_, i) => dayValue(ctx, 'wait', i));
  const busiest = argMax(tickets);
  if (busiest < 0) return t.calendar.summaryEmpty;
  const s = ctx.merged.days;
  const waitDay = argMax(waits);
  const working = ctx.days.filter((d) => d.working).length;
  const deadline = ctx.resolved.calendar.deadlines.map((i) => fmt.dateLong(ctx.days[i].day)).join(', ');
  return t.calendar.summary(
    fmt.dateLong(ctx.days[busiest].day),
    t.unit.tickets(fmt.pm(s.tickets.mean[busiest], s.tickets.halfWidth[busiest] || null, 0)),
    waitDay < 0 ? '—' : fmt.dateLong(ctx.days[waitDay].day),
    waitDay < 0 ? '—' : t.unit.minutes(fmt.pm(s.waitMean.mean[waitDay], s.waitMean.halfWidth[waitDay] || null)),
    working,
    ctx.days.length - working,
    deadline,
  );
}

export function calendarCsv(ctx: ChartContext): CsvTable {
  const { t, fmt } = ctx;
  const s = ctx.merged.days;
  const rows = ctx.days.map((d, i) => {
    const served = s.served.mean[i] > 0;
    return [
      d.iso,
      fmt.weekday(d.weekday),
      d.working ? t.calendar.yes : t.calendar.no,
      d.working ? t.dayTypes[d.dayType] : t.calendar.closedDay,
      csvNumber(s.tickets.mean[i]),
      csvNumber(s.tickets.halfWidth[i]),
      served ? csvNumber(s.waitMean.mean[i]) : null,
      served ? csvNumber(s.waitMean.halfWidth[i]) : null,
      served ? csvNumber(s.waitP90.mean[i]) : null,
      csvNumber(s.served.mean[i]),
      csvNumber(s.abandoned.mean[i]),
      csvNumber(s.overtimeMinutes.mean[i]),
    ];
  });
  return { header: [...t.calendar.csv], rows };
}

/** Top-left corner of every simulated day's cell (by day index). */
export function dayCells(months: CalendarMonth[], g: CalendarGeometry, days: number): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = new Array(days);
  months.forEach((m, k) => {
    const b = g.blocks[k];
    for (const c of m.cells) if (c.info) out[c.info.index] = { x: b.x + c.col * g.cw, y: b.y + g.head + c.row * g.ch };
  });
  return out;
}

/** The simulated day under a point of the calendar, or null. */
export function calendarHit(months: CalendarMonth[], g: CalendarGeometry, px: number, py: number): number | null {
  for (let k = 0; k < months.length; k++) {
    const b = g.blocks[k];
    const col = Math.floor((px - b.x) / g.cw);
    const row = Math.floor((py - b.y - g.head) / g.ch);
    if (col < 0 || col > 6 || row < 0 || row >= months[k].weeks) continue;
    const cell = months[k].cells.find((c) => c.row === row && c.col === col);
    return cell?.info ? cell.info.index : null;
  }
  return null;
}
