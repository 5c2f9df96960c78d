/**
 * The default of every optional Scenario field, in one place: the schema documents them (JSON
 * Schema "default"), `resolve.ts` applies them. Changing a default here changes both.
 */
import type { CreditClass, DayType, DistributionSpec } from './scenario.ts';

export const DEFAULTS = {
  synthetic: false,
  calendar: {
    openWeekdays: [1, 2, 3, 4, 5],
    holidays: [] as string[],
    extraWorkdays: [] as string[],
    lunch: null,
    ticketCutoffMinutes: 30,
    filingPeriod: { deadlineDay: 15, moveDeadlinePastHolidays: true, extendForLongHolidays: true },
    dayTypeOverrides: {} as Record<string, DayType>,
    intervalMinutes: 30 as const,
    warmupDays: 0,
  },
  type: {
    monthShares: {} as Record<string, number>,
    kiosk: null,
    kioskEligibleShare: 1,
    immediate: true,
  },
  demand: {
    dayTypeFactor: 1,
    weekdayFactors: [1, 1, 1, 1, 1, 1, 1],
    monthFactor: 1,
    byDate: {} as Record<string, number>,
    onlineShare: 0,
  },
  windows: {
    routing: 'shortestExpectedWait' as const,
  },
  guidance: null,
  appointments: {
    slotMinutes: 30,
    noShow: 0,
    lateShare: 0.5,
    late: { kind: 'exponential', mean: 5 } as DistributionSpec,
    early: { kind: 'exponential', mean: 5 } as DistributionSpec,
    graceMinutes: 15,
    forfeitTicketShare: 0.5,
  },
  staggered: {
    slotMinutes: 30,
  },
  closing: {
    predictionMinutes: 60,
    longWaitMinutes: 30,
    leaveProbability: 0.1,
    leaveWithHallShare: 0,
    leftCaseLimitDays: 3,
    timeOffThresholdMinutes: 240,
  },
  kiosks: {
    choiceShare: 0.4,
    switchQueueLength: 5,
    patience: { kind: 'lognormal', mean: 15, cv: 1 } as DistributionSpec,
    elsewhereOtherSite: 0.2,
    elsewhereHall: 0.5,
    travelMinutes: 20,
    siteDays: 'all' as const,
    siteDailyVolume: 0,
    repairDays: 'working' as const,
  },
  backOffice: {
    discipline: 'fifo' as const,
    warningDays: 2,
    extensionProbability: 0,
    extensionDays: 5,
  },
  hotline: {
    ivr: null,
    caseShare: 0,
    answerWithinSeconds: [20, 30] as number[],
    bookingLeadDays: { kind: 'exponential', mean: 2 } as DistributionSpec,
    callbacks: null,
    /** A callback's target: made within two hours of the request. */
    callbackWithinMinutes: 120,
    /** An agent's time on a callback that does not reach the taxpayer: about five rings and a note. */
    callbackUnreachedSeconds: 30,
  },
  online: {
    callShare: 0,
  },
  behaviour: {
    patience: null,
    balking: null,
    returnShare: 0,
    returnWithinDays: 3,
    creditShares: { A: 0.2, B: 0.5, M: 0.1, C: 0.15, D: 0.05 } as Record<CreditClass, number>,
  },
  target: { waitMinutes: 15, share: 0.9 },
} as const;

/** The seed a run uses unless told another (the page, the command line). */
export const DEFAULT_SEED = 20261126;
