/**
 * Patience from abandoned tickets, as censored data: a served ticket waited its wait and was
 * still there (its patience is longer: right-censored at the wait); an abandoned ticket was found
 * gone when called (or closed) — an event at that wait. Kaplan–Meier gives the survival of
 * patience with Greenwood's variance (log-log pointwise intervals); an exponential (closed
 * form: time at risk / events) and a lognormal (censored maximum likelihood on the waits binned
 * to a quarter minute, Nelder–Mead, observed information by finite differences) are fitted and
 * the one with the smaller AIC is chosen. Abandoned tickets without any time cannot be placed
 * and are left out of the curve (said in the report). The estimate assumes patience does not
 * depend on how long the line is (non-informative censoring).
 */
import type { Localized } from '../scenario/index.ts';
import { normalCdf } from '../math/normal.ts';
import { ABANDONED, NO_SHOW, type TicketColumns } from './fit-columns.ts';
import type { PatchOp } from './fit-patch.ts';
import {
  METHODS,
  UNITS,
  parameter,
  type FitParameter,
  type KaplanMeierPoint,
  type PatienceCandidate,
  type PatienceReport,
} from './fit-report.ts';
import { invert, logInterval, wilson, zOf } from './stats.ts';

export interface KaplanMeier {
  /** Distinct event times, survival just after each, Greenwood sums, at risk. */
  times: Float64Array;
  survival: Float64Array;
  greenwood: Float64Array;
  atRisk: Float64Array;
}

/** Kaplan–Meier from event times and censoring times (both sorted ascending). */
export function kaplanMeier(events: Float64Array, censored: Float64Array): KaplanMeier {
  const nE = events.length;
  const nC = censored.length;
  const times: number[] = [];
  const survival: number[] = [];
  const greenwood: number[] = [];
  const atRisk: number[] = [];
  let S = 1;
  let gw = 0;
  let e = 0;
  let c = 0;
  while (e < nE) {
    const t = events[e];
    while (c < nC && censored[c] < t) c++;
    const n = nE - e + (nC - c);
    let d = 0;
    while (e < nE && events[e] === t) {
      d++;
      e++;
    }
    S *= 1 - d / n;
    if (n > d) gw += d / (n * (n - d));
    times.push(t);
    survival.push(S);
    greenwood.push(gw);
    atRisk.push(n);
  }
  return {
    times: Float64Array.from(times),
    survival: Float64Array.from(survival),
    greenwood: Float64Array.from(greenwood),
    atRisk: Float64Array.from(atRisk),
  };
}

/** Survival at time t (after the jumps at t), its log-log interval and the number at risk. */
export function kmAt(km: KaplanMeier, t: number, z: number): { survival: number; lower: number; upper: number } {
  let lo = 0;
  let hi = km.times.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (km.times[m] <= t) lo = m + 1;
    else hi = m;
  }
  if (lo === 0) return { survival: 1, lower: 1, upper: 1 };
  const S = km.survival[lo - 1];
  if (!(S > 0 && S < 1)) return { survival: S, lower: S, upper: S };
  const se = Math.sqrt(km.greenwood[lo - 1]) / Math.abs(Math.log(S));
  return { survival: S, lower: Math.pow(S, Math.exp(z * se)), upper: Math.pow(S, Math.exp(-z * se)) };
}

/** log(1 − Φ(z)) without underflow. */
function logUpper(z: number): number {
  if (z < 30) return Math.log(normalCdf(-z));
  return -0.5 * z * z - Math.log(z) - 0.5 * Math.log(2 * Math.PI);
}

/** Nelder–Mead in two dimensions (maximises f). */
function maximise(f: (x: number, y: number) => number, x0: number, y0: number): [number, number] {
  let simplex: [number, number, number][] = [
    [x0, y0, f(x0, y0)],
    [x0 + 0.5, y0, f(x0 + 0.5, y0)],
    [x0, y0 + 0.3, f(x0, y0 + 0.3)],
  ];
  for (let iter = 0; iter < 400; iter++) {
    simplex.sort((a, b) => b[2] - a[2]);
    const [best, mid, worst] = simplex;
    if (Math.abs(best[2] - worst[2]) < 1e-10 && Math.hypot(best[0] - worst[0], best[1] - worst[1]) < 1e-8) break;
    const cx = (best[0] + mid[0]) / 2;
    const cy = (best[1] + mid[1]) / 2;
    const at = (k: number): [number, number, number] => {
      const x = cx + k * (worst[0] - cx);
      const y = cy + k * (worst[1] - cy);
      return [x, y, f(x, y)];
    };
    const r = at(-1);
    if (r[2] > best[2]) {
      const e = at(-2);
      simplex = [best, mid, e[2] > r[2] ? e : r];
    } else if (r[2] > mid[2]) simplex = [best, mid, r];
    else {
      const c = at(r[2] > worst[2] ? -0.5 : 0.5);
      if (c[2] > Math.max(r[2], worst[2])) simplex = [best, mid, c];
      else
        simplex = [
          best,
          [(best[0] + mid[0]) / 2, (best[1] + mid[1]) / 2, f((best[0] + mid[0]) / 2, (best[1] + mid[1]) / 2)],
          [(best[0] + worst[0]) / 2, (best[1] + worst[1]) / 2, f((best[0] + worst[0]) / 2, (best[1] + worst[1]) / 2)],
        ];
    }
  }
  simplex.sort((a, b) => b[2] - a[2]);
  return [simplex[0][0], simplex[0][1]];
}

const BIN = 0.25;

export interface PatienceFit {
  ops: PatchOp[];
  parameters: FitParameter[];
  report: PatienceReport | null;
  notFitted: { what: Localized; why: Localized }[];
}

export function fitPatience(cols: TicketColumns, level: number, minEvents = 10): PatienceFit {
  let nE = 0;
  let nC = 0;
  let abandoned = 0;
  for (let i = 0; i < cols.n; i++) {
    if (cols.kiosk[i] || cols.outcome[i] === NO_SHOW) continue;
    if (cols.outcome[i] === ABANDONED) {
      abandoned++;
      if (cols.gone[i] >= 0) nE++;
    } else if (cols.wait[i] >= 0) nC++;
  }
  const events = new Float64Array(nE);
  const censored = new Float64Array(nC);
  nE = 0;
  nC = 0;
  let total = 0;
  for (let i = 0; i < cols.n; i++) {
    if (cols.kiosk[i] || cols.outcome[i] === NO_SHOW) continue;
    if (cols.outcome[i] === ABANDONED) {
      if (cols.gone[i] >= 0) total += events[nE++] = cols.gone[i];
    } else if (cols.wait[i] >= 0) total += censored[nC++] = cols.wait[i];
  }
  events.sort();
  censored.sort();
  const joined = abandoned + nC;
  const parameters: FitParameter[] = [];
  const notFitted: PatienceFit['notFitted'] = [];
  const ops: PatchOp[] = [];
  if (joined === 0)
    return {
      ops,
      parameters,
      report: null,
      notFitted: [
        { what: { en: 'patience', zh: '耐心时间' }, why: { en: 'no ticket joined a window line', zh: '没有排队记录' } },
      ],
    };
  parameters.push(
    parameter(
      'behaviour.abandonedShare',
      { en: 'Share who left before service', zh: '中途离开比例' },
      UNITS.share,
      abandoned / joined,
      joined,
      wilson(abandoned, joined, level),
      level,
      METHODS.wilson,
      {
        en: `tickets that joined a line: served, transferred or abandoned (${joined})`,
        zh: `进入排队的号：已办结、转办或弃号（${joined} 张）`,
      },
      null,
    ),
  );
  const z = zOf(level);
  const km = kaplanMeier(events, censored);
  // The curve on a grid of whole minutes (at most about 240 points), while 10 or more are at risk.
  let horizon = 0;
  for (let j = 0; j < km.times.length; j++) if (km.atRisk[j] >= 10) horizon = km.times[j];
  const step = Math.max(1, Math.ceil(horizon / 240));
  const curve: KaplanMeierPoint[] = [];
  for (let t = 0; t <= horizon + step; t += step) {
    const p = kmAt(km, t, z);
    let lo = 0;
    let hi = events.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (events[m] < t) lo = m + 1;
      else hi = m;
    }
    let lc = 0;
    let hc = censored.length;
    while (lc < hc) {
      const m = (lc + hc) >> 1;
      if (censored[m] < t) lc = m + 1;
      else hc = m;
    }
    curve.push({ time: t, ...p, atRisk: events.length - lo + censored.length - lc });
  }
  let kmMedian: number | null = null;
  for (let j = 0; j < km.times.length; j++) {
    if (km.survival[j] <= 0.5) {
      kmMedian = km.times[j];
      break;
    }
  }
  const report: PatienceReport = {
    joined,
    abandoned,
    events: nE,
    censored: nC,
    km: curve,
    kmMedian,
    candidates: [],
    chosen: null,
  };
  const rows: Localized = {
    en: `${nE} abandoned tickets with the time they were found gone (events) and ${nC} served tickets (censored at their wait)`,
    zh: `${nE} 张记有离开时间的弃号（事件）与 ${nC} 张已办理的号（在其等候时间处删失）`,
  };
  if (abandoned > nE) {
    notFitted.push({
      what: {
        en: `${abandoned - nE} abandoned ticket(s) without a call or end time`,
        zh: `${abandoned - nE} 张弃号没有叫号或结束时间`,
      },
      why: {
        en: 'when they left is unknown: they count in the share who left before service but not in the patience curve',
        zh: '离开时间未知：计入中途离开比例，但不计入耐心时间曲线',
      },
    });
  }
  if (nE < minEvents) {
    notFitted.push({
      what: { en: 'patience distribution', zh: '耐心时间分布' },
      why: {
        en: `fewer than ${minEvents} abandoned tickets with a time: the base scenario's patience is kept`,
        zh: `记有时间的弃号少于 ${minEvents} 张：沿用基础场景的耐心时间`,
      },
    });
    return { ops, parameters, report, notFitted };
  }
  // Binned data for the likelihoods (both candidates on the same footing).
  const bins = Math.ceil(Math.max(events[nE - 1], nC > 0 ? censored[nC - 1] : 0) / BIN) + 1;
  const ev = new Float64Array(bins);
  const ce = new Float64Array(bins);
  for (let i = 0; i < nE; i++) ev[Math.floor(events[i] / BIN)]++;
  for (let i = 0; i < nC; i++) if (censored[i] >= BIN) ce[Math.floor(censored[i] / BIN)]++;
  const used: number[] = [];
  for (let b = 0; b < bins; b++) if (ev[b] > 0 || ce[b] > 0) used.push(b);
  const theta = total / nE;
  let llExp = 0;
  for (const b of used) {
    const t = (b + 0.5) * BIN;
    llExp += ev[b] * (-Math.log(theta) - t / theta) + ce[b] * (-t / theta);
  }
  const llLogn = (mu: number, ls: number) => {
    const sigma = Math.exp(ls);
    let ll = 0;
    for (const b of used) {
      const t = (b + 0.5) * BIN;
      const zz = (Math.log(t) - mu) / sigma;
      if (ev[b] > 0) ll += ev[b] * (-Math.log(t) - ls - 0.9189385332046727 - 0.5 * zz * zz);
      if (ce[b] > 0) ll += ce[b] * logUpper(zz);
    }
    return ll;
  };
  const [mu, ls] = maximise(llLogn, Math.log(theta) - 0.5, 0);
  const sigma = Math.exp(ls);
  const ll = llLogn(mu, ls);
  // Observed information by central differences.
  const h = 1e-3;
  const H = new Float64Array([
    -(llLogn(mu + h, ls) - 2 * ll + llLogn(mu - h, ls)) / (h * h),
    -(llLogn(mu + h, ls + h) - llLogn(mu + h, ls - h) - llLogn(mu - h, ls + h) + llLogn(mu - h, ls - h)) / (4 * h * h),
    0,
    -(llLogn(mu, ls + h) - 2 * ll + llLogn(mu, ls - h)) / (h * h),
  ]);
  H[2] = H[1];
  const cov = invert(H, 2);
  const lnMean = Math.exp(mu + (sigma * sigma) / 2);
  const g = [1, sigma * sigma];
  const varLogMean = cov ? g[0] * g[0] * cov[0] + 2 * g[0] * g[1] * cov[1] + g[1] * g[1] * cov[3] : NaN;
  const expS = (t: number) => Math.exp(-t / theta);
  const lnS = (t: number) => (t > 0 ? 1 - normalCdf((Math.log(t) - mu) / sigma) : 1);
  const gap = (S: (t: number) => number) => {
    let d = 0;
    for (let j = 0; j < km.times.length; j++) {
      const before = j > 0 ? km.survival[j - 1] : 1;
      const f = S(km.times[j]);
      d = Math.max(d, Math.abs(f - km.survival[j]), Math.abs(f - before));
    }
    return d;
  };
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  const candidates: PatienceCandidate[] = [
    {
      kind: 'exponential',
      spec: { kind: 'exponential', mean: r4(theta) },
      mean: theta,
      logLik: llExp,
      aic: 2 - 2 * llExp,
      maxGap: gap(expS),
    },
    {
      kind: 'lognormal',
      spec: { kind: 'lognormal', mean: r4(lnMean), cv: r4(Math.sqrt(Math.expm1(sigma * sigma))) },
      mean: lnMean,
      logLik: ll,
      aic: 4 - 2 * ll,
      maxGap: gap(lnS),
    },
  ];
  const chosen = candidates[0].aic <= candidates[1].aic ? candidates[0] : candidates[1];
  report.candidates = candidates;
  report.chosen = chosen.kind;
  ops.push({ key: 'behaviour.patience', path: ['behaviour', 'patience'], value: chosen.spec });
  const ci =
    chosen.kind === 'exponential'
      ? logInterval(theta, 1 / Math.sqrt(nE), level)
      : logInterval(lnMean, Math.sqrt(varLogMean), level);
  parameters.push(
    parameter(
      'behaviour.patience.mean',
      {
        en: `Mean patience (${chosen.kind}, chosen by AIC)`,
        zh: `平均耐心时间（${chosen.kind === 'exponential' ? '指数' : '对数正态'}分布，按 AIC 选定）`,
      },
      UNITS.minutes,
      chosen.mean,
      nE,
      ci,
      level,
      chosen.kind === 'exponential' ? METHODS.exponentialCensored : METHODS.lognormalCensored,
      rows,
      ['behaviour', 'patience'],
    ),
  );
  return { ops, parameters, report, notFitted };
}
