/**
 * The Scenario schema's building blocks (schema.ts assembles them): zod configured jitless, the
 * bilingual descriptions, the patterns, bounded numbers, day types and channels, localized names,
 * time ranges and arrival profiles, and duration distributions.
 *
 * Guaranteed: every schema module imports this one first, so `z.config({ jitless: true })` runs
 * before any schema is built.
 */
import { z } from 'zod';
import * as L from './limits.ts';
import type * as S from './scenario.ts';
import { CHANNELS, DAY_TYPES } from './scenario.ts';

// Must run before any schema below is built: zod decides at construction whether an object
// schema may compile a fast path with `new Function` (forbidden by the app's CSP). Keep it here.
z.config({ jitless: true });

/** "中文 — English" for JSON Schema descriptions (shown by editors on hover). */
export function d(zh: string, en: string): string {
  return `${zh} — ${en}`;
}

// Patterns: the validator maps these sources back to planner-readable messages (PATTERNS).
export const TIME_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const ID_PATTERN = /^[a-z0-9_-]+$/;
export const MONTH_PATTERN = /^(?:[1-9]|1[0-2])$/;

export const timeOfDay = z
  .string()
  .regex(TIME_PATTERN)
  .meta({ id: 'TimeOfDay', description: d('时刻 "HH:MM"，00:00 至 24:00', 'a time of day "HH:MM", 00:00 to 24:00') });
export const isoDate = z
  .string()
  .regex(DATE_PATTERN)
  .meta({ id: 'IsoDate', description: d('日期 "YYYY-MM-DD"', 'a date "YYYY-MM-DD"') });
export const id = z
  .string()
  .regex(ID_PATTERN)
  .meta({ description: d('标识：小写字母、数字、- 和 _', 'identifier: lower-case letters, digits, - and _') });
export const monthKey = z.string().regex(MONTH_PATTERN);

export const nonNegative = z.number().min(0);
export const probability = z.number().min(0).max(1);
export const count = z.int().min(0);
export const minutes = (zh: string, en: string) =>
  nonNegative.meta({ description: d(`${zh}（分钟）`, `${en}, minutes`) });

// Bounded numbers (limits.ts): what the engine runs comfortably; data/README.md, "Limits".
export const duration = z.number().min(0).max(L.MAX_DURATION_MINUTES);
export const positiveDuration = z.number().positive().max(L.MAX_DURATION_MINUTES);
export const cv = z.number().min(L.MIN_CV).max(L.MAX_CV);
export const visitorsPerDay = z.number().min(0).max(L.MAX_VISITORS_PER_DAY);
export const factor = z.number().min(0).max(L.MAX_FACTOR);
export const servers = z.int().min(0).max(L.MAX_SERVERS);
export const slotCapacity = z.int().min(0).max(L.MAX_SLOT_CAPACITY);
export const slotMinutes = z.int().min(1).max(L.MAX_SLOT_MINUTES);
export const workingDays = z.int().min(1).max(L.MAX_WORKING_DAYS);
export const workingDaysOrNone = z.int().min(0).max(L.MAX_WORKING_DAYS);

export const dayType = z
  .enum(DAY_TYPES as [S.DayType, ...S.DayType[]])
  .meta({ id: 'DayType', description: d('日类型：ordinary 平日、filing 申报期、deadline 申报截止日', 'day type') });
export const channel = z
  .enum(CHANNELS as [S.Channel, ...S.Channel[]])
  .meta({ description: d('渠道：walkIn 现场取号、appointment 预约、staggered 错峰预约', 'channel') });

export const localized = z
  .strictObject({ zh: z.string().min(1), en: z.string().min(1) })
  .meta({ id: 'Localized', description: d('中英文名称', 'a name in Chinese and English') });
export const localizedText = z.strictObject({ zh: z.string(), en: z.string() });

export const timeRange = z
  .strictObject({ start: timeOfDay, end: timeOfDay })
  .meta({ id: 'TimeRange', description: d('时间段 [start, end)', 'a time range [start, end)') });
export const profilePiece = z.strictObject({ start: timeOfDay, end: timeOfDay, share: probability }).meta({
  id: 'ProfilePiece',
  description: d(
    '到达分布的一段：该时段内均匀到达当日 share 比例的人',
    "this share of the day's arrivals come evenly between start and end",
  ),
});
export const profile = z.array(profilePiece).min(1).max(L.MAX_PROFILE_PIECES);

/** One entry per DayType, all required (Record<DayType, T>). */
export function perDayType<T extends z.ZodType>(value: T) {
  return z.strictObject({ ordinary: value, filing: value, deadline: value });
}

/** Record<CreditClass, number>: every class present. */
export const creditShares = z
  .strictObject({ A: probability, B: probability, M: probability, C: probability, D: probability })
  .meta({
    description: d(
      '各纳税信用等级（A/B/M/C/D）占比，合计为 1',
      'share of each credit class (A, B, M, C, D), summing to 1',
    ),
  });

// ---------------------------------------------------------------------------------------------
// Distributions (engine/distributions.ts), recursive through mixtures. Structure and simple
// bounds here; the rest (uniform max > min, triangular mode, ...) by `distribution()` itself.

export const mixtureComponent = z.strictObject({
  weight: z.number().min(0).max(L.MAX_MIXTURE_WEIGHT),
  // The annotation breaks the type cycle; the other kinds are inferred and checked below.
  get dist(): z.ZodType<S.DistributionSpec> {
    return distributionSpec;
  },
});

export const distributionSpec = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('exponential'), mean: positiveDuration }),
    z.strictObject({ kind: z.literal('deterministic'), value: duration }),
    z.strictObject({ kind: z.literal('uniform'), min: duration, max: duration }),
    z.strictObject({ kind: z.literal('triangular'), min: duration, mode: duration, max: duration }),
    z.strictObject({
      kind: z.literal('normal'),
      mean: z.number().min(-L.MAX_DURATION_MINUTES).max(L.MAX_DURATION_MINUTES),
      sd: positiveDuration,
    }),
    z.strictObject({ kind: z.literal('lognormal'), mean: positiveDuration, cv }),
    z.strictObject({ kind: z.literal('gamma'), mean: positiveDuration, cv }),
    z.strictObject({ kind: z.literal('erlang'), mean: positiveDuration, k: z.int().min(1).max(L.MAX_ERLANG_K) }),
    z.strictObject({ kind: z.literal('empirical'), values: z.array(duration).min(1).max(L.MAX_EMPIRICAL_VALUES) }),
    z.strictObject({
      kind: z.literal('mixture'),
      components: z.array(mixtureComponent).min(1).max(L.MAX_MIXTURE_COMPONENTS),
    }),
  ])
  .meta({
    id: 'DistributionSpec',
    description: d(
      `时长分布（分钟，除非另有说明）：exponential{mean}、deterministic{value}、uniform{min,max}、triangular{min,mode,max}、normal{mean,sd}（截断于 0）、lognormal{mean,cv}、gamma{mean,cv}、erlang{mean,k}、empirical{values}、mixture{components}；时长不超过 ${L.MAX_DURATION_MINUTES} 分钟，cv 在 ${L.MIN_CV} 至 ${L.MAX_CV} 之间，k 不超过 ${L.MAX_ERLANG_K}`,
      `a duration distribution (minutes unless stated): cv = standard deviation / mean; normal is truncated at 0. Durations at most ${L.MAX_DURATION_MINUTES} minutes, cv from ${L.MIN_CV} to ${L.MAX_CV}, k at most ${L.MAX_ERLANG_K}`,
    ),
  });
