/**
 * The description of a chart over cells (intervals of the day, days, wait bins) drawn by
 * SeriesChart.svelte: stacked panels sharing the x axis, each with lines (solid or dashed, with a
 * confidence band), steps, areas and bars, horizontal reference lines (a target), and vertical
 * ones. Gaps are `null`. Also the geometry (paths) and the tooltip text, kept here so they are
 * tested and the component only draws.
 */
export type Value = number | null;

export interface Series {
  id: string;
  label: string;
  kind: 'line' | 'step' | 'area' | 'bars';
  color: string;
  dashed?: boolean;
  values: Value[];
  /** Confidence half-widths: a band of values ± halfWidth in a light tint of the colour. */
  halfWidth?: Value[];
  /** Mark every defined cell with a point carrying data-interval and data-value. */
  points?: boolean;
  /** Tooltip text of a value (with its unit) and half-width. */
  format: (v: number, halfWidth: number | null) => string;
}

export interface RefLine {
  value: number;
  label: string;
  color: string;
}

export interface Panel {
  id: string;
  /** Axis title with its unit. */
  yLabel: string;
  height: number;
  series: Series[];
  refs?: RefLine[];
  /** The y axis reaches at least this far. */
  minTop?: number;
  /** Tick labels of the y axis. */
  tick: (v: number) => string;
}

export interface SeriesChartSpec {
  /** Cells along x. */
  count: number;
  /** Ticks at cell boundaries (position 0..count). */
  ticks: { at: number; label: string }[];
  xLabel: string;
  /** Tooltip heading of a cell, e.g. "10:00–10:30". */
  cellLabel: (i: number) => string;
  /** data-interval of a cell's point, e.g. "10:00". */
  cellKey: (i: number) => string;
  /** Vertical reference lines at boundary positions (e.g. the target wait). */
  xRefs?: { at: number; label: string; color: string }[];
  /** Runs of cells [from, to) hatched across every panel (e.g. a site's closed hours), labelled where they fit. */
  shades?: { from: number; to: number; label: string }[];
  panels: Panel[];
}

/** Top of a panel's y domain: the largest value, band top or reference line (at least minTop, never 0). */
export function panelMax(p: Panel): number {
  let max = p.minTop ?? 0;
  for (const s of p.series) {
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i];
      if (v === null || !Number.isFinite(v)) continue;
      const top = v + (s.halfWidth?.[i] ?? 0);
      if (top > max) max = top;
    }
  }
  for (const r of p.refs ?? []) if (r.value > max) max = r.value;
  return max > 0 ? max : 1;
}

type Scale = (v: number) => number;

const defined = (v: Value): v is number => v !== null && Number.isFinite(v);

/** A line through the cell centres, broken at gaps; a lone cell between gaps is a short flat stroke. */
export function linePath(values: Value[], x: Scale, y: Scale): string {
  let d = '';
  let down = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!defined(v)) {
      down = false;
      continue;
    }
    if (!down && !defined(values[i + 1] ?? null)) d += `M${r2(x(i + 0.25))},${r2(y(v))}H${r2(x(i + 0.75))}`;
    else d += `${down ? 'L' : 'M'}${r2(x(i + 0.5))},${r2(y(v))}`;
    down = true;
  }
  return d;
}

/** The band values ± halfWidth (clamped at 0 below), one closed shape per run without gaps. */
export function bandPath(values: Value[], halfWidth: Value[], x: Scale, y: Scale): string {
  let d = '';
  let i = 0;
  while (i < values.length) {
    if (!defined(values[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < values.length && defined(values[j])) j++;
    // Top edge left to right, bottom edge right to left.
    for (let k = i; k < j; k++)
      d += `${k === i ? 'M' : 'L'}${r2(x(k + 0.5))},${r2(y((values[k] as number) + (halfWidth[k] ?? 0)))}`;
    for (let k = j - 1; k >= i; k--)
      d += `L${r2(x(k + 0.5))},${r2(y(Math.max(0, (values[k] as number) - (halfWidth[k] ?? 0))))}`;
    d += 'Z';
    i = j;
  }
  return d;
}

/** A step line: flat across each cell, vertical at boundaries, broken at gaps. */
export function stepPath(values: Value[], x: Scale, y: Scale): string {
  let d = '';
  let down = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!defined(v)) {
      down = false;
      continue;
    }
    const yy = r2(y(v));
    d += down ? `V${yy}` : `M${r2(x(i))},${yy}`;
    d += `H${r2(x(i + 1))}`;
    down = true;
  }
  return d;
}

/** The area under a step line, down to y(0). */
export function stepAreaPath(values: Value[], x: Scale, y: Scale): string {
  let d = '';
  const base = r2(y(0));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!defined(v) || v === 0) continue;
    d += `M${r2(x(i))},${base}V${r2(y(v))}H${r2(x(i + 1))}V${base}Z`;
  }
  return d;
}

/** Bars, one per cell with a value > 0, with a small gap between neighbours; one path for all. */
export function barsPath(values: Value[], x: Scale, y: Scale): string {
  let d = '';
  const base = r2(y(0));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!defined(v) || v <= 0) continue;
    const w = x(i + 1) - x(i);
    const gap = w > 4 ? Math.min(2, w * 0.15) : 0;
    d += `M${r2(x(i) + gap / 2)},${base}V${r2(y(v))}H${r2(x(i + 1) - gap / 2)}V${base}Z`;
  }
  return d;
}

function r2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Tooltip lines of cell i: the heading, then one line per series ("—" in a gap). */
export function tooltipLines(spec: SeriesChartSpec, i: number, gap: string): string[] {
  const out = [spec.cellLabel(i)];
  for (const p of spec.panels) {
    for (const s of p.series) {
      const v = s.values[i];
      const hw = s.halfWidth?.[i] ?? null;
      out.push(`${s.label}: ${defined(v) ? s.format(v, hw !== null && hw > 0 ? hw : null) : gap}`);
    }
  }
  return out;
}
