/**
 * Daily volume and its factors, as the scenario models them: visitors on a working day =
 * dailyVolume × factor of its class (ordinary, filing, first/last filing days, deadline) ×
 * weekday factor × month factor × (1 − online share). Fitted as a Poisson log-linear model of
 * the daily visitor counts (maximum likelihood by Newton's method: a handful of parameters),
 * with the month factors and online share of the base scenario as offsets.
 *
 * Normalisation: the reference class (ordinary days, else the first class present) has factor 1,
 * and the fitted weekday factors have geometric mean 1 over the weekdays present, so dailyVolume
 * is the visitors of an ordinary day on an average weekday. Classes or weekdays absent from the
 * history keep the base scenario's ratios. Intervals: Wald on the log scale from the inverse
 * information, widened by the quasi-Poisson dispersion φ = max(1, Pearson χ² / (n − p)): real
 * daily counts vary more than Poisson.
 */
import { civil, DEFAULTS, isoWeekday, type Localized, type Scenario } from '../scenario/index.ts';
import type { HistoryCalendar } from './fit-calendar.ts';
import { DAY_CLASSES, METHODS, UNITS, parameter, type DayClass, type FitParameter } from './fit-report.ts';
import { invert, logInterval } from './stats.ts';

export interface DailyFit {
  dailyVolume: number;
  /** Factor of each class (DAY_CLASSES order). */
  classFactors: number[];
  weekdayFactors: number[];
  weekdays: 'fit' | 'base';
  dispersion: number;
  parameters: FitParameter[];
  warnings: Localized[];
}

const CLASS_LABEL: Record<DayClass, Localized> = {
  ordinary: { en: 'ordinary days', zh: '非申报期工作日' },
  filing: { en: 'filing-period days', zh: '申报期工作日' },
  filingFirst: { en: 'first working days of the filing period', zh: '申报期前几个工作日' },
  filingLast: { en: 'last working days before the deadline', zh: '申报截止前几个工作日' },
  deadline: { en: 'deadline days', zh: '申报截止日' },
};
const WEEKDAY: Localized[] = [
  { en: 'Monday', zh: '周一' },
  { en: 'Tuesday', zh: '周二' },
  { en: 'Wednesday', zh: '周三' },
  { en: 'Thursday', zh: '周四' },
  { en: 'Friday', zh: '周五' },
  { en: 'Saturday', zh: '周六' },
  { en: 'Sunday', zh: '周日' },
];

/** The base scenario's factor of each class. */
export function baseClassFactors(s: Scenario): number[] {
  const dm = s.demand;
  const f = (t: 'ordinary' | 'filing' | 'deadline') => dm.dayTypeFactors?.[t] ?? DEFAULTS.demand.dayTypeFactor;
  return DAY_CLASSES.map((c) =>
    c === 'filingFirst'
      ? (dm.filingPositionFactors?.firstWorkingDays?.factor ?? f('filing'))
      : c === 'filingLast'
        ? (dm.filingPositionFactors?.lastWorkingDays?.factor ?? f('filing'))
        : f(c),
  );
}

export function fitDaily(
  s: Scenario,
  hc: HistoryCalendar,
  visitors: Float64Array,
  mode: 'fit' | 'base' | 'auto',
  level: number,
): DailyFit {
  const warnings: Localized[] = [];
  const baseWeekday = s.demand.weekdayFactors ?? [...DEFAULTS.demand.weekdayFactors];
  const online = s.demand.onlineShare ?? DEFAULTS.demand.onlineShare;
  const months = s.demand.monthFactors ?? {};
  // Observations: working days.
  const obs: number[] = [];
  for (let d = 0; d < hc.days; d++) if (hc.dayClass[d] >= 0) obs.push(d);
  const classTotal = new Float64Array(DAY_CLASSES.length);
  const weekdayDays = new Float64Array(7);
  for (const d of obs) {
    classTotal[hc.dayClass[d]] += visitors[d];
    weekdayDays[isoWeekday(hc.firstDay + d) - 1]++;
  }
  const classes = DAY_CLASSES.map((_, c) => c).filter((c) => classTotal[c] > 0);
  const ref = classes[0];
  const present = [0, 1, 2, 3, 4, 5, 6].filter((w) => weekdayDays[w] > 0);
  const weekdays: 'fit' | 'base' =
    mode === 'base' || present.length < 2 || (mode === 'auto' && present.some((w) => weekdayDays[w] < 3))
      ? 'base'
      : 'fit';
  const fitClasses = classes.slice(1);
  const fitWeekdays = weekdays === 'fit' ? present : [];
  const p = 1 + fitClasses.length + Math.max(0, fitWeekdays.length - 1);
  const n = obs.length;
  // Design (row-major n × p) and offsets.
  const X = new Float64Array(n * p);
  const off = new Float64Array(n);
  const y = new Float64Array(n);
  obs.forEach((d, i) => {
    const day = hc.firstDay + d;
    const wd = isoWeekday(day) - 1;
    y[i] = visitors[d];
    off[i] =
      Math.log(months[String(civil(day).month)] ?? 1) +
      Math.log(1 - online) +
      (weekdays === 'base' ? Math.log(baseWeekday[wd]) : 0);
    X[i * p] = 1;
    const c = fitClasses.indexOf(hc.dayClass[d]);
    if (c >= 0) X[i * p + 1 + c] = 1;
    const K = fitWeekdays.length;
    const w = fitWeekdays.indexOf(wd);
    if (K >= 2) {
      const col = 1 + fitClasses.length;
      if (w < K - 1) X[i * p + col + w] = 1;
      else for (let j = 0; j < K - 1; j++) X[i * p + col + j] = -1;
    }
  });
  const theta = new Float64Array(p);
  let sy = 0;
  let so = 0;
  for (let i = 0; i < n; i++) {
    sy += y[i];
    so += Math.exp(off[i]);
  }
  theta[0] = Math.log(sy / so);
  const mu = new Float64Array(n);
  let H = new Float64Array(p * p);
  for (let iter = 0; iter < 100; iter++) {
    const g = new Float64Array(p);
    H = new Float64Array(p * p);
    for (let i = 0; i < n; i++) {
      let eta = off[i];
      for (let j = 0; j < p; j++) eta += X[i * p + j] * theta[j];
      mu[i] = Math.exp(eta);
      for (let j = 0; j < p; j++) {
        const xj = X[i * p + j];
        if (xj === 0) continue;
        g[j] += xj * (y[i] - mu[i]);
        for (let k = 0; k < p; k++) H[j * p + k] += xj * X[i * p + k] * mu[i];
      }
    }
    const Hi = invert(H, p);
    if (!Hi) break;
    let step = 0;
    for (let j = 0; j < p; j++) {
      let dj = 0;
      for (let k = 0; k < p; k++) dj += Hi[j * p + k] * g[k];
      theta[j] += dj;
      step = Math.max(step, Math.abs(dj));
    }
    if (step < 1e-10) break;
  }
  let chi2 = 0;
  for (let i = 0; i < n; i++) {
    let eta = off[i];
    for (let j = 0; j < p; j++) eta += X[i * p + j] * theta[j];
    mu[i] = Math.exp(eta);
    chi2 += (y[i] - mu[i]) ** 2 / mu[i];
  }
  const dispersion = n > p ? Math.max(1, chi2 / (n - p)) : 1;
  if (n <= p) {
    warnings.push({
      en: `only ${n} working day(s) for ${p} demand parameter(s): no dispersion estimate, intervals assume Poisson counts`,
      zh: `仅有 ${n} 个工作日，少于或等于 ${p} 个需求参数：无法估计离散系数，区间按泊松计数计算`,
    });
  }
  const cov = invert(H, p) ?? new Float64Array(p * p).fill(NaN);
  const se = (j: number) => Math.sqrt(dispersion * cov[j * p + j]);

  const base = baseClassFactors(s);
  const classFactors = DAY_CLASSES.map((_, c) => {
    if (c === ref) return 1;
    const j = fitClasses.indexOf(c);
    return j >= 0 ? Math.exp(theta[1 + j]) : base[c] / base[ref];
  });
  const wcol = 1 + fitClasses.length;
  const K = fitWeekdays.length;
  const weekdayFactors = [...baseWeekday];
  const weekdaySe = new Array<number>(7).fill(NaN);
  if (weekdays === 'fit') {
    let logSum = 0;
    for (const w of present) logSum += Math.log(baseWeekday[w]);
    const gm = Math.exp(logSum / present.length);
    for (let w = 0; w < 7; w++) weekdayFactors[w] = baseWeekday[w] / gm;
    fitWeekdays.forEach((w, j) => {
      if (j < K - 1) {
        weekdayFactors[w] = Math.exp(theta[wcol + j]);
        weekdaySe[w] = se(wcol + j);
      } else {
        let sum = 0;
        let v = 0;
        for (let a = 0; a < K - 1; a++) {
          sum += theta[wcol + a];
          for (let b = 0; b < K - 1; b++) v += cov[(wcol + a) * p + wcol + b];
        }
        weekdayFactors[w] = Math.exp(-sum);
        weekdaySe[w] = Math.sqrt(dispersion * v);
      }
    });
  }
  const V = Math.exp(theta[0]);
  const parameters: FitParameter[] = [];
  const days = (c: number) => obs.filter((d) => hc.dayClass[d] === c).length;
  const allRows: Localized = {
    en: `visitors on ${n} working day(s) (${Math.round(sy)} visitors)`,
    zh: `${n} 个工作日的来访人数（共 ${Math.round(sy)} 人）`,
  };
  parameters.push(
    parameter(
      'demand.dailyVolume',
      {
        en: `Daily volume: visitors on one of the ${CLASS_LABEL[DAY_CLASSES[ref]].en} with weekday factor 1`,
        zh: `日业务量：${CLASS_LABEL[DAY_CLASSES[ref]].zh}中星期系数为 1 的一天的来访人数`,
      },
      UNITS.perDay,
      V,
      n,
      logInterval(V, se(0), level),
      level,
      METHODS.poissonGlm,
      allRows,
      ['demand', 'dailyVolume'],
    ),
  );
  DAY_CLASSES.forEach((c, ci) => {
    if (ci === ref || (c !== 'ordinary' && c !== 'filing' && c !== 'deadline' && !isPositionClass(s, c))) return;
    const j = fitClasses.indexOf(ci);
    const path =
      c === 'filingFirst'
        ? ['demand', 'filingPositionFactors', 'firstWorkingDays', 'factor']
        : c === 'filingLast'
          ? ['demand', 'filingPositionFactors', 'lastWorkingDays', 'factor']
          : ['demand', 'dayTypeFactors', c];
    const label = { en: `Factor of ${CLASS_LABEL[c].en}`, zh: `${CLASS_LABEL[c].zh}系数` };
    if (j < 0) {
      warnings.push({
        en: `no ${CLASS_LABEL[c].en} in the history: their factor keeps the base scenario's ratio (${classFactors[ci].toFixed(3)})`,
        zh: `历史数据中没有${CLASS_LABEL[c].zh}：其系数沿用基础场景的比例（${classFactors[ci].toFixed(3)}）`,
      });
      return;
    }
    parameters.push(
      parameter(
        `demand.class.${c}`,
        label,
        UNITS.factor,
        classFactors[ci],
        days(ci),
        logInterval(classFactors[ci], se(1 + j), level),
        level,
        METHODS.poissonGlm,
        {
          en: `visitors on ${days(ci)} of the ${CLASS_LABEL[c].en}, against ${CLASS_LABEL[DAY_CLASSES[ref]].en}`,
          zh: `${days(ci)} 个${CLASS_LABEL[c].zh}的来访人数，相对于${CLASS_LABEL[DAY_CLASSES[ref]].zh}`,
        },
        path,
      ),
    );
  });
  if (weekdays === 'fit') {
    for (const w of present) {
      parameters.push(
        parameter(
          `demand.weekday.${w + 1}`,
          { en: `Weekday factor, ${WEEKDAY[w].en}`, zh: `星期系数（${WEEKDAY[w].zh}）` },
          UNITS.factor,
          weekdayFactors[w],
          weekdayDays[w],
          logInterval(weekdayFactors[w], weekdaySe[w], level),
          level,
          METHODS.poissonGlm,
          {
            en: `visitors on ${weekdayDays[w]} ${WEEKDAY[w].en}(s)`,
            zh: `${weekdayDays[w]} 个${WEEKDAY[w].zh}的来访人数`,
          },
          ['demand', 'weekdayFactors', w],
        ),
      );
    }
  }
  return { dailyVolume: V, classFactors, weekdayFactors, weekdays, dispersion, parameters, warnings };
}

/** Whether the scenario weights this filing-position class. */
export function isPositionClass(s: Scenario, c: DayClass): boolean {
  const fp = s.demand.filingPositionFactors;
  return (c === 'filingFirst' && !!fp?.firstWorkingDays) || (c === 'filingLast' && !!fp?.lastWorkingDays);
}
