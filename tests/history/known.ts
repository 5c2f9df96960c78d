/**
 * A hall with known parameters for the round-trip tests: one business type (lognormal handling
 * time, mean 6, CV 0.5), exponential patience (mean 20 minutes), Poisson arrivals with a known
 * intraday profile and day-type factors, 10% appointments with 20% no-shows, half a year of days.
 * `wrongBase` is the same hall with every fitted figure wrong: a fit must find the figures in the
 * log, not in the base scenario.
 */
import type { Scenario } from '../../src/sim/scenario/index.ts';

const schedule = (a: number, b: number, c: number, d: number) => [a, a, b, b, b, b, c, c, c, d, d, d, d, d, d, 2];

export const TRUTH = {
  dailyVolume: 240,
  filing: 1.3,
  deadline: 1.8,
  serviceMean: 6,
  serviceCv: 0.5,
  patienceMean: 20,
  appointmentShare: 0.1,
  noShow: 0.2,
  /** Share of the day's arrivals per hour from 09:00 to 16:30 (the last piece is half an hour). */
  profile: [
    { start: '09:00', end: '10:00', share: 0.2 },
    { start: '10:00', end: '12:00', share: 0.35 },
    { start: '12:00', end: '13:30', share: 0.1 },
    { start: '13:30', end: '16:30', share: 0.35 },
  ],
};

export const KNOWN: Scenario = {
  version: 1,
  name: { zh: '往返测试：已知参数的办税服务厅', en: 'Round trip: a hall with known parameters' },
  synthetic: true,
  calendar: {
    startDate: '2025-01-01',
    days: 181,
    open: '09:00',
    close: '17:00',
    ticketCutoffMinutes: 30,
    intervalMinutes: 30,
    filingPeriod: { deadlineDay: 15 },
  },
  types: [
    {
      id: 'general',
      name: { zh: '综合业务', en: 'General business' },
      share: 1,
      service: { kind: 'lognormal', mean: TRUTH.serviceMean, cv: TRUTH.serviceCv },
    },
  ],
  demand: {
    dailyVolume: TRUTH.dailyVolume,
    dayTypeFactors: { ordinary: 1, filing: TRUTH.filing, deadline: TRUTH.deadline },
    intraday: TRUTH.profile,
  },
  windows: {
    groups: [
      {
        id: 'general',
        name: { zh: '综合窗口', en: 'General windows' },
        kind: 'general',
        windows: 10,
        schedule: { ordinary: schedule(6, 5, 2, 3), filing: schedule(7, 6, 3, 4), deadline: schedule(10, 9, 4, 6) },
      },
    ],
  },
  appointments: { share: TRUTH.appointmentShare, capacityPerSlot: 20, noShow: TRUTH.noShow, graceMinutes: 60 },
  behaviour: { patience: { kind: 'exponential', mean: TRUTH.patienceMean } },
};

export const wrongBase: Scenario = {
  ...structuredClone(KNOWN),
  types: [{ ...KNOWN.types[0], service: { kind: 'gamma', mean: 3, cv: 1 } }],
  demand: { dailyVolume: 100, intraday: [{ start: '09:00', end: '16:30', share: 1 }] },
  appointments: { share: 0.05, capacityPerSlot: 20, noShow: 0.05, graceMinutes: 60 },
  behaviour: { patience: { kind: 'exponential', mean: 60 } },
};
