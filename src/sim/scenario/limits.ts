/**
 * HallFlow's limits on a scenario: bounds no real hall reaches but inside which the engine runs
 * comfortably (memory and time of one replication), so that a scenario the validator accepts
 * always runs. One place: the schema (and so data/scenario.schema.json) takes the per-field
 * bounds from here, `validate-load.ts` the totals, `validate-depth.ts` the nesting, and
 * data/README.md ("Limits") documents each with its reason. Change a number here, then run
 * `npm run schema` and update the README's table.
 *
 * What breaks beyond them (the reason for each number):
 *  - visitors: every visitor is a few hundred bytes of storage while in the hall and a wait
 *    record (40 bytes) kept to the end; 2,000,000 visitors are about 300 MB and 12 s of one
 *    core. Per day the arrival rate must stay finite (factors of 1e308 made it Infinity).
 *  - durations: a lognormal or gamma sample must stay finite (a mean of 1e308 overflowed, a cv
 *    of 1e308 gave NaN, a cv of 1e-200 gave 0 × Infinity).
 *  - kiosks: a kiosk's failure event packs the kiosk index into 12 bits (< 4,096 per site);
 *    a kiosk failing every few seconds would run forever.
 *  - working days: deadlines are day numbers in 32-bit event payloads.
 *  - nesting: validation, messages and mixtures are walked recursively.
 *  - size: zod gathers a part's problems with push(...problems), which overflows the stack
 *    past about 125,000 of them; and each problem takes tens of microseconds to word.
 */

/** Visitors on one day, in the hall (after the factors) or at one kiosk site. */
export const MAX_VISITORS_PER_DAY = 100_000;
/** Expected visitors over the whole horizon: hall and kiosk sites' own users together. */
export const MAX_VISITORS_IN_HORIZON = 2_000_000;
/** Expected kiosk failures over the whole horizon, all sites together. */
export const MAX_KIOSK_FAILURES_IN_HORIZON = 1_000_000;
/** Any demand factor (day type, filing position, weekday, month). */
export const MAX_FACTOR = 100;

/** A duration parameter of a distribution (mean, value, min, max, mode, sd, values), minutes. */
export const MAX_DURATION_MINUTES = 100_000;
/** The coefficient of variation of a lognormal or gamma distribution. */
export const MIN_CV = 0.001;
export const MAX_CV = 100;
/** Phases of an Erlang distribution. */
export const MAX_ERLANG_K = 1_000;
/** The weight of a mixture component (weights are relative). */
export const MAX_MIXTURE_WEIGHT = 1_000_000;
/** Components of one mixture, and observed values of one empirical distribution. */
export const MAX_MIXTURE_COMPONENTS = 100;
export const MAX_EMPIRICAL_VALUES = 10_000;

/** Windows in a group, kiosks at a site, guides, back-office officers. */
export const MAX_SERVERS = 1_000;
/** Bookings one appointment or staggered slot takes. */
export const MAX_SLOT_CAPACITY = 10_000;
/** A slot length, minutes: at most a day. */
export const MAX_SLOT_MINUTES = 1_440;
/** Time limits, warnings, extensions and return windows, working days. */
export const MAX_WORKING_DAYS = 365;
/** Mean operating hours between kiosk failures. */
export const MIN_MTBF_HOURS = 1;
export const MAX_MTBF_HOURS = 1_000_000;
/** Overtime that earns time off: below this, time-off blocks would be counted minute by minute. */
export const MIN_TIME_OFF_THRESHOLD_MINUTES = 15;

/** Lengths of lists. */
export const MAX_TYPES = 100;
export const MAX_GROUPS = 100;
export const MAX_SITES = 100;
/** Pieces of an intraday or kiosk profile: one a minute at most. */
export const MAX_PROFILE_PIECES = 1_440;
/** Off-peak ranges offered for staggered bookings. */
export const MAX_OFFPEAK_RANGES = 48;
/** Dates in a holiday or make-up working day list (they lie inside the simulated days). */
export const MAX_DATES = 366;

/** Levels of nesting of objects and lists (the root object is level 1; a scenario needs about 12). */
export const MAX_DEPTH = 32;
/** Values in a whole scenario (numbers, texts, lists, objects...): a big real one holds about 30,000. */
export const MAX_VALUES = 100_000;

/** The unit a bounded field is counted in, for messages ("at most 100,000 visitors per day"). */
export interface Unit {
  en: string;
  zh: string;
}

const VISITORS: Unit = { en: 'visitors per day', zh: '人/天' };
const MINUTES: Unit = { en: 'minutes', zh: '分钟' };
const WORKING_DAYS: Unit = { en: 'working days', zh: '个工作日' };
const SECONDS: Unit = { en: 'seconds', zh: '秒' };
const PER_SLOT: Unit = { en: 'bookings per slot', zh: '人/时段' };

/** Units by field name (the key, or the record's key for record values such as byDate). */
const UNITS: Record<string, Unit> = {
  dailyVolume: VISITORS,
  byDate: VISITORS,
  mean: MINUTES,
  value: MINUTES,
  values: MINUTES,
  min: MINUTES,
  max: MINUTES,
  mode: MINUTES,
  sd: MINUTES,
  slotMinutes: MINUTES,
  timeOffThresholdMinutes: MINUTES,
  windows: { en: 'windows', zh: '个窗口' },
  kiosks: { en: 'kiosks', zh: '台终端' },
  staff: { en: 'guides', zh: '名导税员' },
  officers: { en: 'officers', zh: '名后台人员' },
  capacityPerSlot: PER_SLOT,
  limitDays: WORKING_DAYS,
  averageTargetDays: WORKING_DAYS,
  leftCaseLimitDays: WORKING_DAYS,
  warningDays: WORKING_DAYS,
  extensionDays: WORKING_DAYS,
  returnWithinDays: WORKING_DAYS,
  mtbfHours: { en: 'hours', zh: '小时' },
  offerAboveSeconds: SECONDS,
  unreachedSeconds: SECONDS,
  withinMinutes: MINUTES,
  k: { en: 'phases', zh: '阶' },
};

/**
 * The unit of the number at a path, looked up by the nearest field name that has one (so
 * `types[0].case.limitDays.A` finds limitDays and `demand.byDate["2026-03-05"]` finds byDate).
 * Own entries only: a field named "constructor" has no unit.
 */
export function unitAt(path: readonly (string | number)[]): Unit | undefined {
  for (let i = path.length - 1; i >= 0 && i >= path.length - 2; i--) {
    const seg = path[i];
    if (typeof seg === 'string' && Object.hasOwn(UNITS, seg)) return UNITS[seg];
  }
  return undefined;
}

/** A limit as people read it: 100000 → "100,000" (the same in both languages). */
export function formatLimit(x: number): string {
  return Number.isInteger(x) && Math.abs(x) >= 1_000 ? x.toLocaleString('en-US') : String(x);
}
