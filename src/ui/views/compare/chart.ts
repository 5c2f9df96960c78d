/**
 * Geometry of the small interval chart in each row of the comparison table: each non-baseline
 * scenario's difference as a dot with its 95% interval, on a scale symmetric around 0 that fits
 * the row's widest interval (rows have different units, so each has its own scale).
 */
import type { DiffCell } from '../../state/compare/table.ts';

export interface CiMark {
  /** x of the difference, and of the interval's ends (equal to x when there is no interval). */
  x: number;
  x0: number;
  x1: number;
  y: number;
}

export interface CiChart {
  width: number;
  height: number;
  zero: number;
  marks: CiMark[];
}

export const ROW_HEIGHT = 12;

export function ciChart(cells: readonly DiffCell[], width = 160, pad = 6): CiChart {
  let extent = 0;
  for (const c of cells) extent = Math.max(extent, Math.abs(c.low ?? c.mean), Math.abs(c.high ?? c.mean));
  if (!(extent > 0) || !Number.isFinite(extent)) extent = 1;
  const zero = width / 2;
  const half = width / 2 - pad;
  const x = (v: number) => zero + (v / extent) * half;
  const height = Math.max(1, cells.length) * ROW_HEIGHT + 4;
  return {
    width,
    height,
    zero,
    marks: cells.map((c, i) => ({
      x: x(c.mean),
      x0: x(c.low ?? c.mean),
      x1: x(c.high ?? c.mean),
      y: 2 + ROW_HEIGHT * i + ROW_HEIGHT / 2,
    })),
  };
}

/** Okabe-Ito colours for the compared scenarios (after the baseline), in order. */
export const SCENARIO_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export function colourOf(i: number): string {
  return SCENARIO_COLOURS[i % SCENARIO_COLOURS.length];
}
