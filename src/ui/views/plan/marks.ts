/**
 * How the plan's charts draw a series, shared by the charts and their legends: a line with its
 * colour, width and dash pattern, bars, a reference line, a point marker or a confidence bar.
 */
export interface Mark {
  kind: 'bar' | 'line' | 'ref';
  color: string;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  width: number;
}

export type MarkerShape = 'circle' | 'diamond' | 'square';

/** A legend entry's picture. */
export type Swatch =
  Mark | { kind: 'marker'; shape: MarkerShape; color: string; ring?: string | null } | { kind: 'ci'; color: string };
