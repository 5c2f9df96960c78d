/**
 * The numbers the model runs on, after `resolveScenario`: defaults applied, times in minutes of
 * the day, distributions compiled, calendar built, daily volumes and shares computed.
 */
import type { ResolvedHotline } from './resolve-hotline.ts';
import type { Distribution } from '../engine/distributions.ts';
import type {
  DayType,
  Discipline,
  HallCalendar,
  Localized,
  Scenario,
  WindowKind,
  WorkHours,
} from '../scenario/index.ts';

/** A profile piece in minutes of the day. */
export interface Piece {
  start: number;
  end: number;
  share: number;
}

export interface ResolvedType {
  index: number;
  id: string;
  name: Localized;
  /** Window time (for a non-immediate type: the acceptance). */
  service: Distribution;
  kiosk: { eligibleShare: number; time: Distribution } | null;
  immediate: boolean;
  case: ResolvedCase | null;
  /** Cumulative shares of credit classes A, B, M, C, D. */
  creditCumulative: Float64Array;
}

export interface ResolvedCase {
  /** Limit in working days by credit class index (A, B, M, C, D). */
  limitDays: number[];
  averageTargetDays: number | null;
  transfer: Distribution;
  work: Distribution;
  answer: Distribution;
}

export interface ResolvedGroup {
  index: number;
  id: string;
  name: Localized;
  kind: WindowKind;
  windows: number;
  /** serves[t] = 1 when the group serves type t. */
  serves: Uint8Array;
  /** channels[k] for walkIn, appointment, staggered. */
  channels: boolean[];
  schedule: Record<DayType, Int32Array>;
  /** Mean handling time of the types it serves, weighted by their shares (for predictions). */
  meanService: number;
}

export interface ResolvedSite {
  index: number;
  id: string;
  name: Localized;
  kind: string;
  kiosks: number;
  /** Opening hours in minutes of the day; [0, 1440) for 24 hours. */
  start: number;
  end: number;
  workingDaysOnly: boolean;
  dailyVolume: number;
  profile: Piece[];
  failures: { mtbfMinutes: number; repair: Distribution; hours: WorkHours } | null;
}

export interface Resolved {
  scenario: Scenario;
  calendar: HallCalendar;
  days: number;
  horizon: number;
  warmupEnd: number;
  open: number;
  close: number;
  /** Last minute of the day a ticket is issued (close − cut-off). */
  ticketEnd: number;
  lunch: { start: number; end: number } | null;
  interval: number;
  intervalsPerDay: number;
  /** Statistics intervals between opening and closing (the length of a schedule). */
  hallIntervals: number;
  types: ResolvedType[];
  groups: ResolvedGroup[];
  routing: 'shortestExpectedWait' | 'firstEligible';
  /** Hall tickets (all channels, after the online share) per day index; 0 on closed days. */
  volume: Float64Array;
  /** Share of type t on day d: shares[d * T + t]. */
  shares: Float64Array;
  intraday: Record<DayType, Piece[]>;
  guidance: { staff: number; time: Distribution } | null;
  appointments: {
    share: number;
    slot: number;
    capacity: Record<DayType, number>;
    noShow: number;
    lateShare: number;
    late: Distribution;
    early: Distribution;
    grace: number;
    forfeitTicketShare: number;
  } | null;
  staggered: {
    fromDayTypes: DayType[];
    lastWorkingDays: number;
    invite: number;
    acceptance: number;
    toDayTypes: DayType[];
    toHours: { start: number; end: number }[];
    capacity: number;
    slot: number;
  } | null;
  closing: {
    prediction: number;
    longWait: number;
    leaveProbability: number;
    leaveWithHallShare: number;
    leftCaseLimitDays: number;
    timeOffThreshold: number;
  };
  kiosks: {
    choiceShare: number;
    switchQueueLength: number;
    /** Patience in a kiosk line; null: never gives up. */
    patience: Distribution | null;
    /** Shares who go to another site and to the hall when a site fails them (the rest leave), and the travel time. */
    otherSite: number;
    toHall: number;
    travel: number;
    sites: ResolvedSite[];
    hallSite: number;
  } | null;
  backOffice: {
    officers: number;
    hours: WorkHours;
    discipline: Discipline;
    warningDays: number;
    extensionProbability: number;
    extensionDays: number;
  } | null;
  behaviour: {
    patience: Distribution | null;
    balking: { fromAhead: number; allAhead: number } | null;
    returnShare: number;
    returnWithinDays: number;
  };
  target: { waitMinutes: number; share: number };
  /** Hall demand of type t moved to the online platforms on day d: movedOnline[d * T + t]. */
  movedOnline: Float64Array;
  /** The 12366 hotline; null when the scenario has none. */
  hotline: ResolvedHotline | null;
}
