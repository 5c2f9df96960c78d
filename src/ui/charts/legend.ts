/**
 * Legend entries of a chart. The frame draws each swatch as a small SVG beside its label; the
 * export helper lays the same swatches and labels out in rows above the chart in a saved image.
 */

export type LegendKind =
  /** A solid line. */
  | 'line'
  /** A dashed line. */
  | 'dashed'
  /** A line with a point on it (a series whose cells carry points). */
  | 'point'
  /** A light band (confidence interval). */
  | 'band'
  /** A filled bar or area. */
  | 'bar'
  /** A dotted reference line (a target). */
  | 'ref'
  /** A colour class of a heat map or calendar. */
  | 'swatch'
  /** Hatched: closed, no window open. */
  | 'hatch'
  /** A bar along the top of a calendar day (filing period). */
  | 'topbar'
  /** A thick border around a calendar day (deadline day). */
  | 'border'
  /** A character drawn in a calendar day (e.g. 休 for a holiday). */
  | 'glyph';

export interface LegendItem {
  kind: LegendKind;
  label: string;
  color: string;
  /** The character of a 'glyph' item. */
  glyph?: string;
}

/** Rough width of a text in pixels (CJK characters are square, others about 0.58 em). */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c >= 0x2e80 ? fontSize : c === 0x20 ? fontSize * 0.3 : fontSize * 0.58;
  }
  return w;
}

/**
 * `text` broken into lines no wider than `width` (by textWidth): between words, and between any
 * two CJK characters. A single word wider than `width` keeps a line of its own.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const space = /^\s+$/.test(tok);
    if (line === '' && space) continue;
    if (line !== '' && !space && textWidth(line + tok, fontSize) > width) {
      lines.push(line.trimEnd());
      line = tok;
    } else line += tok;
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

export const SWATCH_WIDTH = 28;
export const SWATCH_HEIGHT = 14;

/** Positions of legend items laid out in rows that fit `width` (x, y of each swatch's top left). */
export function legendLayout(
  labels: string[],
  width: number,
  fontSize = 12,
  rowHeight = 20,
  gap = 16,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const label of labels) {
    const w = SWATCH_WIDTH + 6 + textWidth(label, fontSize);
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    out.push({ x, y });
    x += w + gap;
  }
  return out;
}
