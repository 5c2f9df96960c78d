/**
 * A time-varying test hall, M_t/M/s_t+M: arrivals at rate λ(t) = a + b·sin(2πt/1440) per minute
 * around the clock (a piecewise-constant profile of 10-minute pieces holding the exact integral
 * of λ), exponential handling and exponential patience, one group of windows, 30-minute
 * intervals. Two days, the first a warm-up, so the second starts from the periodic state.
 */
import { MINUTES_PER_DAY, type Scenario } from '../../scenario/index.ts';

export interface SinusoidOptions {
  /** Mean and amplitude of λ, per minute. */
  a: number;
  b: number;
  meanService: number;
  /** Mean patience, minutes; null: nobody gives up. */
  meanPatience: number | null;
  days?: number;
}

export function sinusoidScenario(o: SinusoidOptions): Scenario {
  const omega = (2 * Math.PI) / MINUTES_PER_DAY;
  const piece = 10;
  const total = o.a * MINUTES_PER_DAY;
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const intraday = Array.from({ length: MINUTES_PER_DAY / piece }, (_, i) => {
    const t0 = i * piece;
    const t1 = t0 + piece;
    const integral = o.a * piece + (o.b / omega) * (Math.cos(omega * t0) - Math.cos(omega * t1));
    return { start: hhmm(t0), end: hhmm(t1), share: integral / total };
  });
  // Shares must sum to 1 exactly enough for the validator.
  const sum = intraday.reduce((s, p) => s + p.share, 0);
  intraday[intraday.length - 1].share += 1 - sum;
  return {
    version: 1,
    name: { zh: '正弦到达的测试大厅', en: 'Sinusoidal test hall' },
    synthetic: true,
    calendar: {
      startDate: '2026-01-05',
      days: o.days ?? 2,
      openWeekdays: [1, 2, 3, 4, 5, 6, 7],
      open: '00:00',
      close: '24:00',
      ticketCutoffMinutes: 0,
      filingPeriod: null,
      intervalMinutes: 30,
      warmupDays: 1,
    },
    types: [
      {
        id: 'customer',
        name: { zh: '顾客', en: 'Customer' },
        share: 1,
        service: { kind: 'exponential', mean: o.meanService },
      },
    ],
    demand: { dailyVolume: total, intraday },
    windows: {
      routing: 'firstEligible',
      groups: [
        {
          id: 'windows',
          name: { zh: '窗口', en: 'Windows' },
          kind: 'general',
          windows: 60,
          schedule: new Array(48).fill(60),
        },
      ],
    },
    guidance: null,
    appointments: null,
    staggered: null,
    kiosks: null,
    backOffice: null,
    closing: { predictionMinutes: 0, leaveProbability: 0 },
    behaviour: {
      patience: o.meanPatience === null ? null : { kind: 'exponential', mean: o.meanPatience },
      balking: null,
      returnShare: 0,
    },
  } as Scenario;
}
