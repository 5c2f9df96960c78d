/** Estimates as text: "12.3 ± 0.4", "97.9% ± 1.0%", or the dash when there is none. */
import type { MetricEstimate } from '../../../sim/results/merge.ts';
import type { Formatters } from '../../charts/format.ts';

export function estimate(e: MetricEstimate | null | undefined, fmt: Formatters, none: string, digits = 1): string {
  return e ? fmt.pm(e.mean, e.halfWidth, digits) : none;
}

export function percentEstimate(
  e: MetricEstimate | null | undefined,
  fmt: Formatters,
  none: string,
  digits = 1,
): string {
  return e ? fmt.pmPercent(e.mean, e.halfWidth, digits) : none;
}
