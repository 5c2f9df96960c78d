/**
 * The fit report: every fitted parameter with its estimate, sample size, confidence interval,
 * how the interval was computed and which rows it came from; the day classification; the
 * arrival rates; the handling-time candidates with their goodness of fit; the Kaplan–Meier curve
 * of patience; what could not be fitted and why. Plain data (numbers, strings, arrays): it crosses
 * worker boundaries and is printed by the CLI as JSON.
 */
import type { DayType, DistributionSpec, IsoDate, Localized } from '../scenario/index.ts';
import type { HistoryLayout } from './records.ts';

export interface FitInterval {
  lower: number;
  upper: number;
  level: number;
}

export type ScenarioPath = (string | number)[];

export interface FitParameter {
  /** Stable key, e.g. `demand.dailyVolume`, `types.invoice.service.mean`, `appointments.noShow`. */
  key: string;
  label: Localized;
  unit: Localized;
  estimate: number;
  /** Sample size behind the estimate (rows, tickets, days or events: `rows` says which). */
  n: number;
  ci: FitInterval | null;
  /** How the interval was computed. */
  method: Localized;
  /** Which rows the estimate came from. */
  rows: Localized;
  /** Where the value went in the scenario; null when it is only reported. */
  path: ScenarioPath | null;
}

/** Demand classes of working days: the day types, with the filing-period positions the scenario can weight. */
export type DayClass = 'ordinary' | 'filing' | 'filingFirst' | 'filingLast' | 'deadline';
export const DAY_CLASSES: readonly DayClass[] = ['ordinary', 'filing', 'filingFirst', 'filingLast', 'deadline'];

export interface DayInfo {
  date: IsoDate;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** null on a day the hall was closed. */
  dayType: DayType | null;
  dayClass: DayClass | null;
  /** Rows (tickets, or counts in a volumes file) on the day, as read. */
  rows: number;
  /** Visitors on the day as the scenario counts them (see `arrivals.visitorsNote`). */
  visitors: number;
}

export interface ArrivalsReport {
  /** Smoothing of the intraday profile. */
  smoothing: { kind: 'none' } | { kind: 'movingAverage'; intervals: number };
  profile: 'byDayType' | 'pooled';
  weekdays: 'fit' | 'base';
  /** Quasi-Poisson dispersion of the daily visitor counts (Pearson χ² / degrees of freedom, at least 1). */
  dispersion: number;
  /** Days of each type in the history. */
  daysByType: Record<DayType, number>;
  /** How visitors were counted from the rows (kiosk diversion, staggered bookings, returns). */
  visitorsNote: Localized;
  /** Mean arrivals per hour by business type, day type and piece of the day: rates[type][dayType][piece]. */
  rates: { types: string[]; pieces: { start: number; end: number }[]; perHour: number[][][] } | null;
}

export interface DistributionCandidate {
  kind: 'lognormal' | 'gamma' | 'empirical';
  spec: DistributionSpec;
  mean: number;
  cv: number;
  /** Kolmogorov–Smirnov distance from the data. */
  ks: number;
}

export interface HandlingReport {
  type: string;
  /** Which time: the window handling time, a non-immediate matter's acceptance, or the kiosk time. */
  target: 'service' | 'acceptance' | 'kiosk';
  n: number;
  /** 1 when the times are whole minutes (the KS distance then compares the rounded model), else 0. */
  resolution: number;
  sampleMean: number;
  sampleCv: number;
  candidates: DistributionCandidate[];
  chosen: DistributionCandidate['kind'] | null;
  /** 5% critical value of the KS distance for this n (conservative: the parameters were estimated). */
  ksCritical: number;
  note: Localized;
}

export interface KaplanMeierPoint {
  /** Minutes waited. */
  time: number;
  /** Estimated share still willing to wait at `time`, with its pointwise confidence interval. */
  survival: number;
  lower: number;
  upper: number;
  atRisk: number;
}

export interface PatienceCandidate {
  kind: 'exponential' | 'lognormal';
  spec: DistributionSpec;
  mean: number;
  logLik: number;
  aic: number;
  /** Largest gap between the fitted survival and the Kaplan–Meier curve over the observed waits. */
  maxGap: number;
}

export interface PatienceReport {
  /** Tickets that joined a line (served, transferred or abandoned). */
  joined: number;
  abandoned: number;
  /** Abandoned tickets with a time they were found gone (call or end): the events. */
  events: number;
  /** Served tickets (censored at their wait). */
  censored: number;
  km: KaplanMeierPoint[];
  /** Wait by which half have given up (Kaplan–Meier); null when the curve stays above ½. */
  kmMedian: number | null;
  candidates: PatienceCandidate[];
  chosen: PatienceCandidate['kind'] | null;
}

export interface FitReport {
  layout: HistoryLayout;
  level: number;
  rows: { given: number; used: number; excluded: { reason: Localized; rows: number; firstLine: number | null }[] };
  period: { first: IsoDate; last: IsoDate; days: DayInfo[] };
  parameters: FitParameter[];
  arrivals: ArrivalsReport;
  handling: HandlingReport[];
  patience: PatienceReport | null;
  notFitted: { what: Localized; why: Localized }[];
  warnings: Localized[];
  /** Time the fit took, milliseconds. */
  millis: number;
}

export const UNITS = {
  perDay: { en: 'visitors per day', zh: '人/日' },
  factor: { en: 'factor', zh: '系数' },
  share: { en: 'share', zh: '占比' },
  minutes: { en: 'minutes', zh: '分钟' },
  ratio: { en: 'ratio', zh: '比值' },
} satisfies Record<string, Localized>;

export const METHODS = {
  wilson: { en: 'binomial Wilson score interval', zh: '二项分布 Wilson 得分区间' },
  poissonGlm: {
    en: 'Poisson log-linear model of daily visitors (maximum likelihood); Wald interval on the log scale, widened by the quasi-Poisson dispersion',
    zh: '每日来访人数的泊松对数线性模型（极大似然）；对数尺度上的 Wald 区间，按拟泊松离散系数放宽',
  },
  tMean: { en: 'Student t interval of the sample mean', zh: '样本均值的 t 分布区间' },
  lognormalMean: {
    en: "Cox's interval for a lognormal mean (log-mean and log-variance estimated)",
    zh: '对数正态均值的 Cox 区间（估计对数均值与对数方差）',
  },
  lognormalCv: {
    en: 'normal interval for the log-variance of log times, transformed to the CV',
    zh: '对数时长方差的正态近似区间，换算为变异系数',
  },
  gammaCv: {
    en: 'Fisher-information interval of the gamma shape (maximum likelihood), transformed to the CV',
    zh: '伽马形状参数的 Fisher 信息区间（极大似然），换算为变异系数',
  },
  momentCv: {
    en: 'delta-method interval of the sample CV from the sample moments',
    zh: '由样本矩按 Delta 方法求样本变异系数的区间',
  },
  exponentialCensored: {
    en: 'censored exponential maximum likelihood (time at risk / events); interval exp(±z/√events) on the log scale',
    zh: '删失指数分布极大似然（风险时间 ÷ 事件数）；对数尺度区间 exp(±z/√事件数)',
  },
  lognormalCensored: {
    en: 'censored lognormal maximum likelihood; delta-method interval from the observed information',
    zh: '删失对数正态极大似然；由观测信息矩阵按 Delta 方法求区间',
  },
  profileSmoothed: {
    en: 'normal interval of the smoothed share (binomial variances of the averaged pieces)',
    zh: '平滑后占比的正态近似区间（各时段二项方差加权）',
  },
  binomialMle: {
    en: 'maximum likelihood over the kiosk-able types; Wald interval from the Fisher information',
    zh: '对可自助办理类型的极大似然；Fisher 信息 Wald 区间',
  },
} satisfies Record<string, Localized>;

/** A parameter entry (the CI is omitted when it could not be computed). */
export function parameter(
  key: string,
  label: Localized,
  unit: Localized,
  estimate: number,
  n: number,
  ci: { lower: number; upper: number } | null,
  level: number,
  method: Localized,
  rows: Localized,
  path: ScenarioPath | null,
): FitParameter {
  const sound = ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper);
  return {
    key,
    label,
    unit,
    estimate,
    n,
    ci: sound ? { lower: ci.lower, upper: ci.upper, level } : null,
    method,
    rows,
    path,
  };
}
