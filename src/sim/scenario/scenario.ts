/**
 * The Scenario: everything a planner sets, as plain JSON (no classes, no functions), versioned.
 * It crosses worker boundaries, is saved in the browser, put in a URL and kept in files.
 *
 * These interfaces are the contract; `schema.ts` defines the same shape with zod (from which the
 * JSON Schema in data/scenario.schema.json is generated) and a test checks the two agree.
 * Units are in the field names or comments: minutes, working days, per day. Times of day are
 * "HH:MM" (00:00 to 24:00), dates "YYYY-MM-DD". Every optional field's default is given here
 * and in `defaults.ts`, which the model applies after validation.
 */
import type { DistributionSpec } from '../engine/distributions.ts';

export type { DistributionSpec };

export const SCENARIO_VERSION = 1;

/** Day types drive staffing schedules and demand factors. */
export type DayType = 'ordinary' | 'filing' | 'deadline';
export const DAY_TYPES: readonly DayType[] = ['ordinary', 'filing', 'deadline'];

/** 纳税信用等级. */
export type CreditClass = 'A' | 'B' | 'M' | 'C' | 'D';
export const CREDIT_CLASSES: readonly CreditClass[] = ['A', 'B', 'M', 'C', 'D'];

/** How a taxpayer came: an ordinary ticket, a booked appointment, or a staggered (错峰) booking. */
export type Channel = 'walkIn' | 'appointment' | 'staggered';
export const CHANNELS: readonly Channel[] = ['walkIn', 'appointment', 'staggered'];

/** "HH:MM", from 00:00 to 24:00. */
export type TimeOfDay = string;
/** "YYYY-MM-DD". */
export type IsoDate = string;

/** A text in both languages of the app. */
export interface Localized {
  zh: string;
  en: string;
}

export interface TimeRange {
  start: TimeOfDay;
  end: TimeOfDay;
}

/** A piece of an intraday or around-the-clock profile: this share of the day's arrivals come
 *  between start and end, evenly. Shares of a profile sum to 1. */
export interface ProfilePiece extends TimeRange {
  share: number;
}

export interface Scenario {
  /** Optional link to the JSON Schema, for editors (data/scenario.schema.json); ignored. */
  $schema?: string;
  version: 1;
  name: Localized;
  description?: Localized;
  /** True when the figures are invented (shown as "synthetic" wherever the scenario is shown). Default false. */
  synthetic?: boolean;
  calendar: CalendarSpec;
  types: BusinessType[];
  demand: DemandSpec;
  windows: WindowsSpec;
  /** 导税台. Default null: tickets are taken without a guide. */
  guidance?: GuidanceSpec | null;
  /** Rule 3. Default null: no appointments. */
  appointments?: AppointmentSpec | null;
  /** Rule 3, 错峰预约. Default null. */
  staggered?: StaggeredSpec | null;
  /** Rule 4. Defaults in ClosingSpec. */
  closing?: ClosingSpec;
  /** Rule 5. Default null: no kiosks. */
  kiosks?: KioskSpec | null;
  /** Rule 2. Default null: non-immediate types need a back office, so then none may exist. */
  backOffice?: BackOfficeSpec | null;
  /** The 12366 hotline (rules 1 and 5). Default null: not modelled. */
  hotline?: HotlineSpec | null;
  /** Demand moving from the hall to the online and mobile platforms (rule 5). Default null: none
   *  beyond `demand.onlineShare`. */
  online?: OnlineSpec | null;
  behaviour?: BehaviourSpec;
  /** The service target reported as "share waiting no longer than". Default 15 minutes, 90%. */
  target?: { waitMinutes: number; share: number };
}

export interface CalendarSpec {
  startDate: IsoDate;
  /** Days simulated, 1 to 366. */
  days: number;
  /** ISO weekdays the hall opens (1 = Monday ... 7 = Sunday). Default [1, 2, 3, 4, 5]. */
  openWeekdays?: number[];
  /** Public holidays: closed even on an open weekday. Default []. */
  holidays?: IsoDate[];
  /** Make-up working days (调休上班) on weekdays the hall is normally closed. Default []. */
  extraWorkdays?: IsoDate[];
  open: TimeOfDay;
  close: TimeOfDay;
  /** No new tickets during the break (windows follow their schedule). Default null. */
  lunch?: TimeRange | null;
  /** Tickets stop this many minutes before closing. Default 30. */
  ticketCutoffMinutes?: number;
  /** The monthly filing period (申报期). Default {deadlineDay: 15, ...}; null = none. */
  filingPeriod?: FilingPeriodSpec | null;
  /** Force a day type on a date. Default {}. */
  dayTypeOverrides?: Record<IsoDate, DayType>;
  /** Length of the statistics intervals, minutes: 15, 30 or 60. Default 30. */
  intervalMinutes?: 15 | 30 | 60;
  /** Days at the start left out of the statistics. Default 0. */
  warmupDays?: number;
}

export interface FilingPeriodSpec {
  /** Day of the month of the deadline. Default 15. */
  deadlineDay?: number;
  /** A deadline on a non-working day moves to the next working day. Default true. */
  moveDeadlinePastHolidays?: boolean;
  /** Three or more consecutive holidays inside the period extend it by their number. Default true. */
  extendForLongHolidays?: boolean;
}

export interface BusinessType {
  /** Identifier: lower-case letters, digits, '-' and '_'. */
  id: string;
  name: Localized;
  /** Share of the hall's demand. The shares of all types sum to 1. */
  share: number;
  /** This type's share in some months (keys "1".."12"); the other types are rescaled. Default {}. */
  monthShares?: Record<string, number>;
  /** Handling time at a window, minutes. For a non-immediate type the window time is
   *  `case.acceptance` and this field is not used. */
  service: DistributionSpec;
  /** Whether a kiosk can do it. Default null (not kiosk-able). */
  kiosk?: { eligibleShare?: number; time: DistributionSpec } | null;
  /** 即办. Default true. A non-immediate type needs `case` and a back office. */
  immediate?: boolean;
  case?: CaseSpec;
  /** Share of each credit class among this type's taxpayers. Default behaviour.creditShares. */
  creditShares?: Record<CreditClass, number>;
}

/** Rule 1 and 2: how a non-immediate matter is handled after the window. */
export interface CaseSpec {
  /** Time at the window to accept the matter and issue a receipt, minutes. */
  acceptance: DistributionSpec;
  /** Time limit in working days, by credit class (`default` for classes not listed). */
  limitDays: { default: number } & Partial<Record<CreditClass, number>>;
  /** A published average target in working days (e.g. 8 for export refunds), reported. Default none. */
  averageTargetDays?: number;
  /** From acceptance to the handling officer, working minutes. */
  transfer: DistributionSpec;
  /** Back-office work, minutes of an officer's time. */
  work: DistributionSpec;
  /** From handled to answered (the taxpayer told), working minutes. */
  answer: DistributionSpec;
}

export interface DemandSpec {
  /** Visitors to the hall on a working day before the factors below (all channels; those who
   *  then choose a kiosk are included). */
  dailyVolume: number;
  /** Factor by day type. Default 1 each. */
  dayTypeFactors?: Partial<Record<DayType, number>>;
  /** Factors for the first and last working days of the filing period (before the deadline day),
   *  replacing the filing day-type factor there. Default none. */
  filingPositionFactors?: {
    firstWorkingDays?: { days: number; factor: number };
    lastWorkingDays?: { days: number; factor: number };
  };
  /** Factor by weekday, Monday first (7 numbers). Default all 1. */
  weekdayFactors?: number[];
  /** Factor by month ("1".."12"). Default 1. */
  monthFactors?: Record<string, number>;
  /** Visitors on a given date, replacing every factor. Default {}. */
  byDate?: Record<IsoDate, number>;
  /** When tickets are taken during the day: one profile for all day types or one per day type.
   *  A profile may start before opening (those taxpayers take their ticket at opening). */
  intraday: ProfilePiece[] | Record<DayType, ProfilePiece[]>;
  /** Share of demand that goes online instead of coming. Default 0. */
  onlineShare?: number;
}

export type WindowKind = 'general' | 'dedicated' | 'green' | 'appointment';

export interface WindowsSpec {
  /** How a taxpayer picks among the groups that serve them. Default 'shortestExpectedWait'. */
  routing?: 'shortestExpectedWait' | 'firstEligible';
  groups: WindowGroup[];
}

export interface WindowGroup {
  id: string;
  name: Localized;
  kind: WindowKind;
  /** Physical windows in the group. */
  windows: number;
  /** Business types served. Default: all (a dedicated group must list them). */
  types?: string[];
  /** Channels served. Default: general and dedicated serve all; green serves 'staggered';
   *  appointment serves 'appointment' and 'staggered'. */
  channels?: Channel[];
  /** Open windows per statistics interval from opening to closing, one array for all day types
   *  or one per day type. Each value is at most `windows`. */
  schedule: number[] | Record<DayType, number[]>;
}

export interface GuidanceSpec {
  /** Guides on duty while the hall is open. */
  staff: number;
  /** Time a guide spends with a taxpayer before the ticket, minutes. */
  time: DistributionSpec;
}

export interface AppointmentSpec {
  /** Share of the hall's demand that books an appointment. */
  share: number;
  /** Slot length, minutes. Default 30. */
  slotMinutes?: number;
  /** Bookings a slot takes, for all day types or per day type. */
  capacityPerSlot: number | Record<DayType, number>;
  /** Share of booked taxpayers who do not come. Default 0. */
  noShow?: number;
  /** Share of those who come who are late (the rest are early). Default 0.5. */
  lateShare?: number;
  /** How late the late ones are, minutes. Default 5 minutes exponential. */
  late?: DistributionSpec;
  /** How early the early ones are, minutes. Default 5 minutes exponential. */
  early?: DistributionSpec;
  /** Minutes after the slot start after which the appointment is forfeit. Default 15. */
  graceMinutes?: number;
  /** Share of those who forfeit who take an ordinary ticket (the rest leave). Default 0.5. */
  forfeitTicketShare?: number;
}

export interface StaggeredSpec {
  /** The peak days whose demand is invited: these day types, and/or the last N working days
   *  before the deadline. */
  fromDays: { dayTypes?: DayType[]; lastWorkingDays?: number };
  /** Share of the peak days' demand invited. */
  inviteShare: number;
  /** Probability an invited taxpayer accepts (the bureau may not force them). */
  acceptance: number;
  /** Off-peak days the accepted come on instead: these day types, earlier than the peak day. */
  toDayTypes: DayType[];
  /** Off-peak hours offered. */
  toHours: TimeRange[];
  /** Staggered bookings a slot takes. */
  capacityPerSlot: number;
  /** Slot length, minutes. Default 30. */
  slotMinutes?: number;
}

export interface ClosingSpec {
  /** From this long before closing, newcomers are shown a predicted wait. Default 60. */
  predictionMinutes?: number;
  /** A prediction above this is long. Default 30. */
  longWaitMinutes?: number;
  /** Share of those shown a long wait who leave. Default 0.1. */
  leaveProbability?: number;
  /** Of those shown a long wait who do not leave, the share who leave the matter with the hall
   *  as a case (Rule 1) instead of waiting. Default 0. */
  leaveWithHallShare?: number;
  /** Time limit of a matter left with the hall, working days. Default 3. */
  leftCaseLimitDays?: number;
  /** Overtime (minutes) that earns compensatory time off of the same length. Default 240. */
  timeOffThresholdMinutes?: number;
}

export type KioskSiteKind = 'hall' | 'selfServiceRoom' | 'bank' | 'postOffice' | 'other';

export interface KioskSpec {
  /** Share of kiosk-able hall demand that chooses a kiosk at the hall site. Default 0.4. */
  choiceShare?: number;
  /** A kiosk user who finds more than this many waiting does not join the line: at the hall
   *  site while the hall takes tickets they go to a window, elsewhere as `elsewhere` says.
   *  Default 5. */
  switchQueueLength?: number;
  /** How long a kiosk user waits in line before giving up, minutes. Default lognormal, mean
   *  15, cv 1; null: never gives up. */
  patience?: DistributionSpec | null;
  /** What a kiosk user does who cannot use a site (closed, every kiosk down, the line too long)
   *  or gives up waiting there. Default {otherSite: 0.2, hall: 0.5, travelMinutes: 20}. */
  elsewhere?: KioskElsewhere;
  sites: KioskSite[];
}

/** Where kiosk users go when a site fails them; the rest (1 − otherSite − hall) leave. */
export interface KioskElsewhere {
  /** Share who try another site (one that is open with a kiosk in working order, the shortest
   *  line first; once per visit); with none such, they go to the hall. Default 0.2. */
  otherSite?: number;
  /** Share who go to the hall's windows: now if it takes tickets when they get there, else on
   *  its next working day. Default 0.5. */
  hall?: number;
  /** Minutes to reach another site or the hall. Default 20. */
  travelMinutes?: number;
}

export interface KioskSite {
  id: string;
  name: Localized;
  kind: KioskSiteKind;
  kiosks: number;
  /** Opening hours; "24h" for around the clock. */
  hours: TimeRange | '24h';
  /** Open on every day or on the hall's working days. Default 'all'. */
  days?: 'all' | 'working';
  /** The site's own kiosk users per day (for the hall site, besides hall visitors who choose a kiosk). Default 0. */
  dailyVolume?: number;
  /** When they come, over 24 hours. Default: evenly over the opening hours. */
  profile?: ProfilePiece[];
  /** Failures and repairs. Default null (never fails). */
  failures?: {
    /** Mean operating hours between failures. */
    mtbfHours: number;
    /** Repair time, minutes of repair work. */
    repair: DistributionSpec;
    /** When repairs are done; "24h" for any time. */
    repairHours: TimeRange | '24h';
    /** Repairs on working days only, or on any day. Default 'working'. */
    repairDays?: 'all' | 'working';
  } | null;
}

export type Discipline = 'fifo' | 'edf' | 'aClassFirst';

export interface BackOfficeSpec {
  /** Officers handling cases on working days. */
  officers: number;
  /** Working hours of the back office. Default the hall's opening hours. */
  hours?: TimeRange;
  /** Which case an officer takes next. Default 'fifo'. */
  discipline?: Discipline;
  /** Warn this many working days before a deadline. Default 2. */
  warningDays?: number;
  /** At the warning, a case not yet handled gets an extension with this probability. Default 0. */
  extensionProbability?: number;
  /** Working days an extension adds. Default 5. */
  extensionDays?: number;
}

export interface BehaviourSpec {
  /** How long a taxpayer waits for a window before leaving, minutes. Default null (never leaves). */
  patience?: DistributionSpec | null;
  /** Balking at the ticket machine: P(balk) rises linearly from 0 with `fromAhead` people ahead
   *  to 1 with `allAhead`. Default null (nobody balks). */
  balking?: { fromAhead: number; allAhead: number } | null;
  /** Share of those who balked, abandoned or left at closing who come back on a later working day. Default 0. */
  returnShare?: number;
  /** They come back within this many working days. Default 3. */
  returnWithinDays?: number;
  /** Share of each credit class. Default A 0.2, B 0.5, M 0.1, C 0.15, D 0.05. */
  creditShares?: Record<CreditClass, number>;
}

/** Kinds of day for a channel open every day: the hall's three day types, and `closed` for the
 *  days the hall is closed (weekends, holidays). */
export type ChannelDay = DayType | 'closed';
export const CHANNEL_DAYS: readonly ChannelDay[] = ['ordinary', 'filing', 'deadline', 'closed'];

/**
 * The 12366 tax hotline (纳税服务热线): the self-service voice menu (IVR) answers around the clock,
 * human agents in their hours. A call the menu does not finish waits for an agent; a caller whose
 * patience runs out hangs up and may call again later (a redial). An agent who cannot settle a
 * non-immediate matter on the phone registers it as a first-inquiry case (Rule 1), which enters
 * the back office's ledger with the type's time limit (Rule 2).
 */
export interface HotlineSpec {
  /** Fresh calls a day (redials come on top), by kind of day. */
  callsPerDay: Record<ChannelDay, number>;
  /** When fresh calls come over the 24 hours. Default: evenly over the agents' hours. */
  profile?: ProfilePiece[];
  /** What callers call about: the share of each business type (ids), summing to 1. Default: the
   *  hall's type shares. */
  typeShares?: Record<string, number>;
  /** The self-service voice menu: the share of calls it finishes without an agent, and per type id
   *  where that differs. Default null: it finishes none. */
  ivr?: { completes: number; byType?: Record<string, number> } | null;
  /** Agents' hours (every day), the phone seats installed, and agents on the phones in each
   *  statistics interval of those hours (at most the seats). */
  agents: { hours: TimeRange | '24h'; seats: number; schedule: Record<ChannelDay, number[]> };
  /** An agent's time per call (talk and wrap-up), minutes. */
  handling: DistributionSpec;
  /** How long a caller holds for an agent before hanging up, minutes. */
  patience: DistributionSpec;
  /** Callers who hung up and call again: the probability, and the delay in minutes. Default null:
   *  nobody redials. */
  redial?: { probability: number; delay: DistributionSpec } | null;
  /** Share of answered calls about a non-immediate type that become a first-inquiry case. Default 0. */
  caseShare?: number;
  /** The service levels reported: answered within these many seconds. Default [20, 30]. */
  answerWithinSeconds?: number[];
  /** Appointments booked by calling 12366 (rule 3): the share of the hall's appointment bookings
   *  made this way, and how many days before the slot the call is made (at least the day
   *  before). Default null: none. */
  bookings?: { share: number; leadDays?: DistributionSpec } | null;
  /** Callbacks offered to callers about to hold (「您需等待约 N 分钟，按 1 预约回拨」). Default
   *  null: none. */
  callbacks?: HotlineCallbacksSpec | null;
}

/**
 * Callbacks (回拨): a caller about to hold for an agent, whose estimated wait is above the
 * threshold, is offered a call back instead; one who accepts hangs up at once (no abandonment)
 * and an agent calls back when no caller is holding, with the time an inbound call takes.
 */
export interface HotlineCallbacksSpec {
  /** Offer a callback when the estimated wait is above this many seconds (0: to every caller
   *  who would hold). */
  offerAboveSeconds: number;
  /** Share of callers offered a callback who accept it. */
  acceptShare: number;
  /** Share of callbacks that reach the taxpayer (the rest end unanswered). */
  reachShare: number;
  /** The callback target reported: made within this many minutes of the request. Default 120. */
  withinMinutes?: number;
  /** An agent's time on a callback that does not reach the taxpayer (ringing out, noting it),
   *  seconds. Default 30. */
  unreachedSeconds?: number;
}

/**
 * The online and mobile platforms (网上办税、移动办税, rule 5): the share of each business type's
 * hall demand that moves there, from the start and month by month, the types that cannot be done
 * online, and the calls to 12366 the move brings ("how do I do this online?").
 */
export interface OnlineSpec {
  /** Share of a type's hall demand that has moved online from the first day, by type id. Default none. */
  shift?: Record<string, number>;
  /** Share of what is still at the hall that moves each further calendar month, by type id. Default none. */
  perMonth?: Record<string, number>;
  /** Types that cannot be done online (identity checks, paper documents): they may not move. Default []. */
  notOnline?: string[];
  /** Of the matters moved online, the share whose taxpayer calls 12366 about it (needs a hotline). Default 0. */
  callShare?: number;
}
