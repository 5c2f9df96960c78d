/**
 * What the compared measures are: the unit they are shown in (shares as percentages, staff time
 * in hours), and which direction is better. Utilisation and window throughput are neither: a
 * busier window is cheaper but slower, and kiosks lower window throughput on purpose.
 */
import { MAIN_MEASURES } from '../../../workers/compare.ts';

export type Better = 'lower' | 'higher' | 'neither';
export type Unit = 'minutes' | 'percent' | 'taxpayers' | 'hours' | 'workingDays';

export interface MeasureInfo {
  unit: Unit;
  /** Factor from the metric's own unit to the shown one (0.9 → 90 %, 600 min → 10 h). */
  scale: number;
  better: Better;
  /** Decimals of the mean at least (more when the numbers are small). */
  decimals: number;
}

export const MEASURES: Record<(typeof MAIN_MEASURES)[number], MeasureInfo> = {
  'wait.all.mean': { unit: 'minutes', scale: 1, better: 'lower', decimals: 1 },
  'wait.all.p90': { unit: 'minutes', scale: 1, better: 'lower', decimals: 1 },
  'wait.all.withinTarget': { unit: 'percent', scale: 100, better: 'higher', decimals: 1 },
  'count.served.window': { unit: 'taxpayers', scale: 1, better: 'neither', decimals: 0 },
  'count.abandoned': { unit: 'taxpayers', scale: 1, better: 'lower', decimals: 0 },
  'count.balked': { unit: 'taxpayers', scale: 1, better: 'lower', decimals: 0 },
  'windows.all.utilisation': { unit: 'percent', scale: 100, better: 'neither', decimals: 1 },
  'windows.overtimeMinutes': { unit: 'minutes', scale: 1, better: 'lower', decimals: 0 },
  'windows.staffMinutes': { unit: 'hours', scale: 1 / 60, better: 'lower', decimals: 0 },
  'cases.onTimeShare': { unit: 'percent', scale: 100, better: 'higher', decimals: 1 },
  'cases.workingDays.mean': { unit: 'workingDays', scale: 1, better: 'lower', decimals: 2 },
};

const FALLBACK: MeasureInfo = { unit: 'taxpayers', scale: 1, better: 'neither', decimals: 2 };

export function measureInfo(metric: string): MeasureInfo {
  return (MEASURES as Record<string, MeasureInfo>)[metric] ?? FALLBACK;
}
