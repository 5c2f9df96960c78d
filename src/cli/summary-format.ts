/**
 * How the terminal summaries write figures: a mean with its half-width, shares as percentages,
 * and labels padded to a display width (Chinese characters take two columns).
 */
import type { MetricEstimate } from '../sim/results/merge.ts';

export function num(e: MetricEstimate | undefined, digits = 2): string {
  if (!e) return '—';
  const hw = e.halfWidth === null ? '' : ` ± ${e.halfWidth.toFixed(digits)}`;
  return `${e.mean.toFixed(digits)}${hw}`;
}

/** A share with its half-width, as pct() writes a metric's. */
export function pctOf(mean: number, halfWidth: number): string {
  return pct({ mean, halfWidth, n: 2 });
}

export function pct(e: MetricEstimate | undefined): string {
  if (!e) return '—';
  const hw = e.halfWidth === null ? '' : ` ± ${(100 * e.halfWidth).toFixed(1)}`;
  return `${(100 * e.mean).toFixed(1)}%${hw}`;
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

/** Pads to a display width (so Chinese labels line up too). */
export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export const LABEL = 46;

export function row(label: string, value: string, width = LABEL): string {
  return `  ${pad(label, width)} ${value}`;
}

/**
 * Rows of cells as aligned text lines: the first column left-aligned (or right, `firstRight`),
 * the others right-aligned, two spaces apart; widths in terminal columns (Chinese takes two).
 */
export function table(rows: string[][], firstRight = false): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
  const fit = (c: string, i: number) => {
    const gap = ' '.repeat(widths[i] - displayWidth(c));
    return i === 0 && !firstRight ? c + gap : gap + c;
  };
  return rows.map((r) => r.map(fit).join('  '));
}
