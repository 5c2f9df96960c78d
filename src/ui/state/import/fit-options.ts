/**
 * The fit's options as the view offers them (a smoothing choice, the handling-time family, one
 * profile per day type or pooled, weekday factors) turned into fitHistory's options, and the
 * scenario's business types as the reader's known types.
 */
import type { Scenario } from '../../../sim/scenario/index.ts';
import type { FitOptions } from '../../../sim/history/fit.ts';
import type { KnownType } from '../../../sim/history/read.ts';

export type Smoothing = 'none' | 'ma3' | 'ma5';

export interface FitChoices {
  smoothing: Smoothing;
  handling: NonNullable<FitOptions['handling']>;
  profile: NonNullable<FitOptions['profile']>;
  weekdays: NonNullable<FitOptions['weekdays']>;
}

export const DEFAULT_FIT: FitChoices = { smoothing: 'none', handling: 'auto', profile: 'byDayType', weekdays: 'auto' };

/** fitHistory's options; the type map the file was read with goes along (the fit matches types again). */
export function fitOptionsOf(c: FitChoices, typeMap: Record<string, string>): FitOptions {
  return {
    smoothing:
      c.smoothing === 'none' ? { kind: 'none' } : { kind: 'movingAverage', intervals: c.smoothing === 'ma3' ? 3 : 5 },
    handling: c.handling,
    profile: c.profile,
    weekdays: c.weekdays,
    typeMap,
  };
}

/** The scenario's types with their Chinese and English names, for matching the file's values. */
export function knownTypesOf(s: Scenario): KnownType[] {
  return s.types.map((t) => ({ id: t.id, names: [t.name.zh, t.name.en].filter((n) => n && n.trim() !== '') }));
}
