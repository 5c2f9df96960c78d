/**
 * The rule a number field enforces: what the field means (its own rule, e.g. a share from 0 to
 * 100 %), narrowed to the scenario schema's bounds at its path, which carry HallFlow's limits
 * (limits.ts). So no field can write a number the validator would refuse on its own bounds, and
 * a bound that is one of HallFlow's limits is marked with its kind, so the field's message can
 * give the limit's reason rather than a bare range.
 *
 * Guaranteed: the rule returned is never looser than either the field's own rule or the schema
 * (bounds.test.ts checks every number of the schema).
 */
import {
  MAX_CV,
  MAX_DURATION_MINUTES,
  MAX_ERLANG_K,
  MAX_FACTOR,
  MAX_MIXTURE_WEIGHT,
  MAX_MTBF_HOURS,
  MAX_SERVERS,
  MAX_SLOT_CAPACITY,
  MAX_SLOT_MINUTES,
  MAX_VISITORS_PER_DAY,
  MAX_WORKING_DAYS,
  MIN_CV,
  MIN_MTBF_HOURS,
  MIN_TIME_OFF_THRESHOLD_MINUTES,
  numberBoundsAt,
  type Path,
} from '../../sim/scenario/index.ts';
import { shareToPercent, type NumberRule } from './numbers.ts';

/** Why a limit is there, one entry per reason (the words are in the editor dictionaries). */
export type LimitKind =
  | 'visitors'
  | 'factor'
  | 'duration'
  | 'cv'
  | 'erlangK'
  | 'weight'
  | 'servers'
  | 'slotCapacity'
  | 'slotMinutes'
  | 'workingDays'
  | 'mtbfLow'
  | 'mtbfHigh'
  | 'timeOff';

type Side = 'lower' | 'upper';
type Entry = Partial<Record<Side, readonly [number, LimitKind]>>;

const VISITORS: Entry = { upper: [MAX_VISITORS_PER_DAY, 'visitors'] };
const FACTOR: Entry = { upper: [MAX_FACTOR, 'factor'] };
const DURATION: Entry = { upper: [MAX_DURATION_MINUTES, 'duration'] };
const SERVERS: Entry = { upper: [MAX_SERVERS, 'servers'] };
const WORKING_DAYS: Entry = { upper: [MAX_WORKING_DAYS, 'workingDays'] };

/**
 * HallFlow's limits by field name (the key, or the record's or list's key), as `unitAt` finds
 * units. A schema bound counts as a limit only when it is the very number listed here, so a
 * field's meaning (a count from 0, a slot of at least 1 minute) is never called a limit.
 */
const LIMITS: Record<string, Entry> = {
  dailyVolume: VISITORS,
  byDate: VISITORS,
  dayTypeFactors: FACTOR,
  factor: FACTOR,
  weekdayFactors: FACTOR,
  monthFactors: FACTOR,
  mean: { lower: [-MAX_DURATION_MINUTES, 'duration'], upper: [MAX_DURATION_MINUTES, 'duration'] },
  value: DURATION,
  values: DURATION,
  min: DURATION,
  max: DURATION,
  mode: DURATION,
  sd: DURATION,
  travelMinutes: DURATION,
  cv: { lower: [MIN_CV, 'cv'], upper: [MAX_CV, 'cv'] },
  k: { upper: [MAX_ERLANG_K, 'erlangK'] },
  weight: { upper: [MAX_MIXTURE_WEIGHT, 'weight'] },
  windows: SERVERS,
  kiosks: SERVERS,
  staff: SERVERS,
  officers: SERVERS,
  seats: SERVERS,
  callsPerDay: VISITORS,
  capacityPerSlot: { upper: [MAX_SLOT_CAPACITY, 'slotCapacity'] },
  slotMinutes: { upper: [MAX_SLOT_MINUTES, 'slotMinutes'] },
  limitDays: WORKING_DAYS,
  averageTargetDays: WORKING_DAYS,
  leftCaseLimitDays: WORKING_DAYS,
  warningDays: WORKING_DAYS,
  extensionDays: WORKING_DAYS,
  returnWithinDays: WORKING_DAYS,
  lastWorkingDays: WORKING_DAYS,
  mtbfHours: { lower: [MIN_MTBF_HOURS, 'mtbfLow'], upper: [MAX_MTBF_HOURS, 'mtbfHigh'] },
  timeOffThresholdMinutes: { lower: [MIN_TIME_OFF_THRESHOLD_MINUTES, 'timeOff'] },
};

/** The kind of HallFlow limit a schema bound at `path` is, or undefined when it is none. */
export function limitKindAt(path: Path, side: Side, bound: number): LimitKind | undefined {
  for (let i = path.length - 1; i >= 0 && i >= path.length - 2; i--) {
    const seg = path[i];
    if (typeof seg !== 'string' || !Object.hasOwn(LIMITS, seg)) continue;
    const entry = LIMITS[seg][side];
    return entry && entry[0] === bound ? entry[1] : undefined;
  }
  return undefined;
}

/**
 * The field's own rule narrowed to the schema's bounds at `path` (`scenario` picks union
 * alternatives, e.g. a distribution's family). Bounds are in the units shown: a percent field's
 * schema share of 1 is 100.
 */
export function fieldRule(own: NumberRule, path: Path, scenario: unknown): NumberRule {
  const b = numberBoundsAt(path, scenario);
  if (!b) return own;
  const show = (x: number) => (own.percent ? shareToPercent(x) : x);
  const out: NumberRule = { ...own };
  const limits: NonNullable<NumberRule['limits']> = { ...own.limits };
  if (b.integer) out.integer = true;
  if (b.lower !== undefined) {
    const v = show(b.lower);
    const exclusive = b.lowerExclusive === true;
    const mine =
      out.gt !== undefined
        ? { v: out.gt, exclusive: true }
        : out.min !== undefined
          ? { v: out.min, exclusive: false }
          : null;
    if (!mine || v > mine.v || (v === mine.v && exclusive && !mine.exclusive)) {
      delete out.gt;
      delete out.min;
      if (exclusive) out.gt = v;
      else out.min = v;
      const kind = limitKindAt(path, 'lower', b.lower);
      if (kind) limits.lower = kind;
      else delete limits.lower;
    }
  }
  // The schema has no exclusive upper bound; one would be taken as inclusive (one value looser).
  if (b.upper !== undefined) {
    const v = show(b.upper);
    if (out.max === undefined || v < out.max) {
      out.max = v;
      const kind = limitKindAt(path, 'upper', b.upper);
      if (kind) limits.upper = kind;
      else delete limits.upper;
    }
  }
  if (limits.lower !== undefined || limits.upper !== undefined) out.limits = limits;
  else delete out.limits;
  return out;
}
