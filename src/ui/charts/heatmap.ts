/**
 * The utilisation heat map: one row per working day, one column per interval of the opening hours
 * (overtime after closing is left out: a few windows finishing late are always all busy),
 * coloured by busy / open windows in ten classes of 10%; cells with no window open are marked
 * apart. Drawn as one SVG path per class (a dozen elements whatever the horizon), so a year of
 * half hours redraws at once.
 */
import { cellRange, cellStart, type ChartContext, type DayInfo } from './context.ts';
import { csvNumber, type CsvTable } from './export.ts';
import type { LegendItem } from './legend.ts';
import { CLOSED_STROKE, sequentialColours } from './palette.ts';

export const HEAT_CLASSES = 10;
/** Fewer open windows than this (time-average) count as none open. */
const OPEN_EPS = 0.005;

export interface Heatmap {
  rows: DayInfo[];
  from: number;
  to: number;
  cols: number;
  /** Utilisation per cell (row-major), NaN where no window was open. */
  util: Float64Array;
  busy: Float64Array;
  open: Float64Array;
  tickets: Float64Array;
}

export function heatmap(ctx: ChartContext): Heatmap {
  const rows = ctx.days.filter((d) => d.working);
  const from = Math.floor(ctx.resolved.open / ctx.intervalMinutes);
  const to = Math.ceil(ctx.resolved.close / ctx.intervalMinutes);
  const cols = to - from;
  const n = rows.length * cols;
  const h: Heatmap = {
    rows,
    from,
    to,
    cols,
    util: new Float64Array(n),
    busy: new Float64Array(n),
    open: new Float64Array(n),
    tickets: new Float64Array(n),
  };
  const iv = ctx.merged.intervals;
  rows.forEach((d, r) => {
    for (let c = 0; c < cols; c++) {
      const k = d.index * ctx.perDay + from + c;
      const cell = r * cols + c;
      const open = iv.open.mean[k];
      const busy = iv.busy.mean[k];
      h.open[cell] = open;
      h.busy[cell] = busy;
      h.tickets[cell] = iv.tickets.mean[k];
      h.util[cell] = open >= OPEN_EPS ? Math.min(1, busy / open) : NaN;
    }
  });
  return h;
}

/** Colour class 0..9 of a utilisation (1 falls in the top class), -1 for no window open. */
export function heatClass(u: number): number {
  if (Number.isNaN(u)) return -1;
  return Math.max(0, Math.min(HEAT_CLASSES - 1, Math.floor(u * HEAT_CLASSES)));
}

/** One path per class (index HEAT_CLASSES: cells with no window open), of cells cw × ch. */
export function heatPaths(h: Heatmap, cw: number, ch: number): string[] {
  const paths: string[] = new Array<string>(HEAT_CLASSES + 1).fill('');
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const w = r2(cw);
  for (let r = 0; r < h.rows.length; r++) {
    const y = r2(r * ch);
    const yb = r2((r + 1) * ch);
    for (let c = 0; c < h.cols; c++) {
      const k = heatClass(h.util[r * h.cols + c]);
      paths[k < 0 ? HEAT_CLASSES : k] += `M${r2(c * cw)},${y}h${w}V${yb}h${-w}Z`;
    }
  }
  return paths;
}

export function heatColours(): string[] {
  return sequentialColours(HEAT_CLASSES);
}

export function heatLegend(ctx: ChartContext): LegendItem[] {
  const { t, fmt } = ctx;
  const colours = heatColours();
  const items: LegendItem[] = colours.map((color, k) => ({
    kind: 'swatch',
    label: t.heatmap.classLabel(fmt.percent(k / HEAT_CLASSES, 0), fmt.percent((k + 1) / HEAT_CLASSES, 0)),
    color,
  }));
  items.push({ kind: 'hatch', label: t.heatmap.noWindow, color: CLOSED_STROKE });
  return items;
}

export function heatTooltip(ctx: ChartContext, h: Heatmap, r: number, c: number): string[] {
  const { t, fmt } = ctx;
  const cell = r * h.cols + c;
  const u = h.util[cell];
  return [
    `${fmt.dateLong(h.rows[r].day)} ${cellRange(ctx, h.from + c)}`,
    Number.isNaN(u) ? t.heatmap.noWindow : `${t.heatmap.utilisation}: ${fmt.percent(u, 0)}`,
    t.heatmap.tooltip(fmt.number(h.busy[cell], 1), fmt.number(h.open[cell], 1)),
    t.heatmap.tickets(fmt.number(h.tickets[cell], 1)),
  ];
}

export function heatSummary(ctx: ChartContext, h: Heatmap): string {
  const { t, fmt } = ctx;
  if (h.rows.length === 0) return t.heatmap.summaryEmpty;
  let best = -1;
  let busy = 0;
  let open = 0;
  let closed = 0;
  for (let r = 0; r < h.rows.length; r++) {
    for (let c = 0; c < h.cols; c++) {
      const i = r * h.cols + c;
      busy += h.busy[i];
      open += h.open[i];
      if (Number.isNaN(h.util[i])) closed++;
      else if (best < 0 || h.util[i] > h.util[best]) best = i;
    }
  }
  if (best < 0) return t.heatmap.summary('—', '—', '—', '—', h.rows.length, closed);
  const r = Math.floor(best / h.cols);
  const c = best % h.cols;
  return t.heatmap.summary(
    fmt.dateLong(h.rows[r].day),
    cellStart(ctx, h.from + c),
    fmt.percent(h.util[best], 0),
    fmt.percent(open > 0 ? busy / open : 0, 0),
    h.rows.length,
    closed,
  );
}

export function heatCsv(ctx: ChartContext, h: Heatmap): CsvTable {
  const rows: unknown[][] = [];
  for (let r = 0; r < h.rows.length; r++) {
    for (let c = 0; c < h.cols; c++) {
      const i = r * h.cols + c;
      const j = h.from + c;
      rows.push([
        h.rows[r].iso,
        ctx.fmt.time(j * ctx.intervalMinutes),
        ctx.fmt.time((j + 1) * ctx.intervalMinutes),
        csvNumber(h.busy[i]),
        csvNumber(h.open[i]),
        csvNumber(Number.isNaN(h.util[i]) ? null : h.util[i], 4),
      ]);
    }
  }
  return { header: [...ctx.t.heatmap.csv], rows };
}
