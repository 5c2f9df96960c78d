/**
 * How the leadership report writes a figure's uncertainty: an interval in words, and a share with
 * one decimal (two when one would make an interval's ends alike). Shared by its sections.
 */
import type { MetricEstimate } from '../../sim/results/merge.ts';
import type { Formatters } from '../charts/format.ts';
import type { ReportMessages } from './messages.en.ts';

export function intervalWords(
  e: MetricEstimate | null | undefined,
  fmtValue: (v: number) => string,
  t: ReportMessages,
): string {
  if (!e) return t.none;
  if (e.halfWidth === null) return t.figures.single;
  return t.figures.interval(fmtValue(e.mean - e.halfWidth), fmtValue(e.mean + e.halfWidth));
}

/** A share as a percentage with exactly one decimal ("99.0%", so the two ends of a range read alike). */
export const pct1 = (v: number, fmt: Formatters) => `${fmt.fixed(100 * v, 1)}%`;

/**
 * A share's 95% interval in words, its ends within 0–100%: to one decimal, or two when one decimal
 * would give both ends alike ("有 95% 的把握在 1.66% 到 1.74% 之间", not "1.7% 到 1.7%").
 */
export function shareInterval(e: MetricEstimate, fmt: Formatters, t: ReportMessages): string {
  if (e.halfWidth === null) return t.figures.single;
  const lo = Math.max(0, e.mean - e.halfWidth);
  const hi = Math.min(1, e.mean + e.halfWidth);
  const digits = hi > lo && pct1(lo, fmt) === pct1(hi, fmt) ? 2 : 1;
  return t.figures.interval(`${fmt.fixed(100 * lo, digits)}%`, `${fmt.fixed(100 * hi, digits)}%`);
}
