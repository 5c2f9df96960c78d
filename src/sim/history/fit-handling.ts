/**
 * Handling-time distributions per business type (window time, a non-immediate matter's acceptance
 * time, kiosk time): lognormal (maximum likelihood on the log times), gamma (maximum likelihood:
 * Minka's start and Newton steps on the shape) and empirical (the means of 200 equal blocks of the
 * sorted data, resampled with equal probability: the mean is kept exactly). Each candidate's
 * Kolmogorov–Smirnov distance from the data is reported; the parametric candidate with the smaller
 * distance is chosen unless it exceeds the 5% critical value (conservative here: the parameters
 * were estimated, which makes the true critical value smaller), in which case the empirical one is.
 * Times recorded in whole minutes are compared with the model rounded the same way.
 */
import type { DistributionSpec, Localized, Scenario } from '../scenario/index.ts';
import type { TicketColumns } from './fit-columns.ts';
import type { PatchOp } from './fit-patch.ts';
import {
  METHODS,
  UNITS,
  parameter,
  type DistributionCandidate,
  type FitParameter,
  type HandlingReport,
} from './fit-report.ts';
import {
  digamma,
  gammaCdf,
  ksCritical,
  ksDistance,
  lognormalCdf,
  logInterval,
  moments,
  tInterval,
  trigamma,
  zOf,
} from './stats.ts';

export type HandlingChoice = 'auto' | 'lognormal' | 'gamma' | 'empirical';

export interface HandlingOptions {
  choice: HandlingChoice;
  /** Fewer rows than this: the base scenario's distribution is kept. Default 30. */
  minRows: number;
  level: number;
}

const EMPIRICAL_POINTS = 200;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Fits one sample of durations (minutes, > 0 after the zero fix); `values` is sorted in place. */
export function fitDurations(
  values: Float64Array,
  opts: HandlingOptions,
): {
  report: Omit<HandlingReport, 'type' | 'target' | 'note'>;
  ci: { mean: { lower: number; upper: number }; cv: { lower: number; upper: number } } | null;
  methods: { mean: Localized; cv: Localized } | null;
} {
  values.sort();
  const n = values.length;
  const step = values.every((x) => Math.abs(x - Math.round(x)) < 1e-9) ? 1 : 0;
  // A zero duration (a rounded or instant service) has no logarithm: it stands for a quarter step
  // (whole minutes) or half the smallest positive value.
  let smallest = Infinity;
  for (let i = 0; i < n; i++) if (values[i] > 0) smallest = Math.min(smallest, values[i]);
  const zeroAs = step > 0 ? 0.25 : Number.isFinite(smallest) ? smallest / 2 : 1 / 120;
  const x = values.map((v) => (v > 0 ? v : zeroAs));
  const mo = moments(x);
  const sampleCv = mo.sd / mo.mean;
  let sl = 0;
  for (let i = 0; i < n; i++) sl += Math.log(x[i]);
  const mu = sl / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (Math.log(x[i]) - mu) ** 2;
  const s2 = ss / Math.max(1, n - 1);
  const sigma = Math.sqrt(s2);
  const lnMean = Math.exp(mu + s2 / 2);
  const lnCv = Math.sqrt(Math.expm1(s2));
  // Gamma shape by maximum likelihood.
  const sg = Math.log(mo.mean) - mu;
  let k = sg > 0 ? (3 - sg + Math.sqrt((sg - 3) ** 2 + 24 * sg)) / (12 * sg) : 1e6;
  for (let i = 0; i < 50 && sg > 0; i++) {
    const next = k - (Math.log(k) - digamma(k) - sg) / (1 / k - trigamma(k));
    if (!(next > 0)) break;
    const done = Math.abs(next - k) < 1e-12 * k;
    k = next;
    if (done) break;
  }
  const scale = mo.mean / k;
  // Empirical: the means of EMPIRICAL_POINTS blocks of the sorted data (keeps the mean exactly).
  const m = Math.min(EMPIRICAL_POINTS, n);
  const points = Array.from({ length: m }, (_, i) => {
    const a = Math.floor((i * n) / m);
    const b = Math.floor(((i + 1) * n) / m);
    let sum = 0;
    for (let j = a; j < b; j++) sum += x[j];
    return sum / (b - a);
  });
  const empMean = points.reduce((a, v) => a + v, 0) / points.length;
  const empSd = Math.sqrt(points.reduce((a, v) => a + (v - empMean) ** 2, 0) / points.length);
  const empCdf = (v: number) => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (points[m] <= v) lo = m + 1;
      else hi = m;
    }
    return lo / points.length;
  };
  const candidates: DistributionCandidate[] = [
    {
      kind: 'lognormal',
      spec: { kind: 'lognormal', mean: r4(lnMean), cv: r4(lnCv) },
      mean: lnMean,
      cv: lnCv,
      ks: ksDistance(values, (v) => lognormalCdf(v, mu, sigma), step),
    },
    {
      kind: 'gamma',
      spec: { kind: 'gamma', mean: r4(mo.mean), cv: r4(1 / Math.sqrt(k)) },
      mean: mo.mean,
      cv: 1 / Math.sqrt(k),
      ks: ksDistance(values, (v) => gammaCdf(v, k, scale), step),
    },
    {
      kind: 'empirical',
      spec: { kind: 'empirical', values: points.map(r4) },
      mean: empMean,
      cv: empSd / empMean,
      ks: ksDistance(values, empCdf, step),
    },
  ];
  const crit = ksCritical(n);
  let chosen: DistributionCandidate['kind'];
  if (opts.choice !== 'auto') chosen = opts.choice;
  else {
    const best = candidates[0].ks <= candidates[1].ks ? candidates[0] : candidates[1];
    chosen = best.ks <= crit ? best.kind : 'empirical';
  }
  const level = opts.level;
  const z = zOf(level);
  let ci: { mean: { lower: number; upper: number }; cv: { lower: number; upper: number } };
  let methods: { mean: Localized; cv: Localized };
  if (chosen === 'lognormal') {
    const seLog = Math.sqrt(s2 / n + (s2 * s2) / (2 * Math.max(1, n - 1)));
    const seLogS2 = Math.sqrt(2 / Math.max(1, n - 1));
    const cvOf = (v: number) => Math.sqrt(Math.expm1(v));
    ci = {
      mean: logInterval(lnMean, seLog, level),
      cv: { lower: cvOf(s2 * Math.exp(-z * seLogS2)), upper: cvOf(s2 * Math.exp(z * seLogS2)) },
    };
    methods = { mean: METHODS.lognormalMean, cv: METHODS.lognormalCv };
  } else if (chosen === 'gamma') {
    const varK = k / (n * Math.max(1e-12, k * trigamma(k) - 1));
    const seLogK = Math.sqrt(varK) / k;
    ci = {
      mean: tInterval(mo.mean, mo.sd, n, level),
      cv: { lower: 1 / Math.sqrt(k * Math.exp(z * seLogK)), upper: 1 / Math.sqrt(k * Math.exp(-z * seLogK)) },
    };
    methods = { mean: METHODS.tMean, cv: METHODS.gammaCv };
  } else {
    const sigma2 = mo.sd * mo.sd;
    const v =
      ((sampleCv * sampleCv) / n) *
      ((mo.m4 / (sigma2 * sigma2) - 1) / 4 + sampleCv * sampleCv - (sampleCv * mo.m3) / (sigma2 * mo.sd));
    const h = z * Math.sqrt(Math.max(0, v));
    ci = { mean: tInterval(mo.mean, mo.sd, n, level), cv: { lower: Math.max(0, sampleCv - h), upper: sampleCv + h } };
    methods = { mean: METHODS.tMean, cv: METHODS.momentCv };
  }
  return {
    report: { n, resolution: step, sampleMean: mo.mean, sampleCv, candidates, chosen, ksCritical: crit },
    ci,
    methods,
  };
}

const TARGET_LABEL = {
  service: { en: 'handling time at a window', zh: '窗口办理时长' },
  acceptance: { en: 'acceptance time at a window (non-immediate matter)', zh: '窗口受理时长（非即办事项）' },
  kiosk: { en: 'kiosk time', zh: '自助终端办理时长' },
} satisfies Record<HandlingReport['target'], Localized>;

/** Handling-time fits of every type (window rows, and kiosk rows where logged). */
export function fitHandling(
  s: Scenario,
  cols: TicketColumns,
  opts: HandlingOptions,
): { ops: PatchOp[]; parameters: FitParameter[]; reports: HandlingReport[] } {
  const T = s.types.length;
  const ops: PatchOp[] = [];
  const parameters: FitParameter[] = [];
  const reports: HandlingReport[] = [];
  for (const kiosk of [0, 1]) {
    const count = new Int32Array(T);
    for (let i = 0; i < cols.n; i++) if (cols.kiosk[i] === kiosk && cols.service[i] >= 0) count[cols.type[i]]++;
    if (kiosk === 1 && count.every((c) => c === 0)) break;
    const samples = Array.from(count, (c) => new Float64Array(c));
    const fill = new Int32Array(T);
    for (let i = 0; i < cols.n; i++)
      if (cols.kiosk[i] === kiosk && cols.service[i] >= 0)
        samples[cols.type[i]][fill[cols.type[i]]++] = cols.service[i];
    s.types.forEach((ty, t) => {
      const target: HandlingReport['target'] = kiosk
        ? 'kiosk'
        : ty.immediate === false && ty.case
          ? 'acceptance'
          : 'service';
      const path =
        target === 'kiosk'
          ? ['types', t, 'kiosk', 'time']
          : target === 'acceptance'
            ? ['types', t, 'case', 'acceptance']
            : ['types', t, 'service'];
      const label = TARGET_LABEL[target];
      const rows: Localized = {
        en: `${kiosk ? 'kiosk' : 'window'} rows of ${ty.name.en} with a start and an end (${count[t]})`,
        zh: `${ty.name.zh}有开始与办结时间的${kiosk ? '自助终端' : '窗口'}记录（${count[t]} 行）`,
      };
      if (count[t] < opts.minRows || (target === 'kiosk' && !ty.kiosk)) {
        reports.push({
          type: ty.id,
          target,
          n: count[t],
          resolution: 0,
          sampleMean: NaN,
          sampleCv: NaN,
          candidates: [],
          chosen: null,
          ksCritical: NaN,
          note:
            target === 'kiosk' && !ty.kiosk
              ? {
                  en: 'kiosk rows of a type the scenario does not let kiosks do: not used',
                  zh: '场景中该类型不可自助办理：未使用这些自助终端记录',
                }
              : {
                  en: `fewer than ${opts.minRows} rows: the base scenario's distribution is kept`,
                  zh: `记录少于 ${opts.minRows} 行：沿用基础场景的分布`,
                },
        });
        return;
      }
      const fit = fitDurations(samples[t], opts);
      const chosen = fit.report.candidates.find((c) => c.kind === fit.report.chosen)!;
      reports.push({
        type: ty.id,
        target,
        ...fit.report,
        note: {
          en: `${chosen.kind} chosen (KS ${chosen.ks.toFixed(4)}, 5% critical ${fit.report.ksCritical.toFixed(4)})`,
          zh: `选用${chosen.kind === 'lognormal' ? '对数正态' : chosen.kind === 'gamma' ? '伽马' : '经验'}分布（KS 距离 ${chosen.ks.toFixed(4)}，5% 临界值 ${fit.report.ksCritical.toFixed(4)}）`,
        },
      });
      ops.push({ key: `types.${ty.id}.${target}`, path, value: chosen.spec as DistributionSpec });
      parameters.push(
        parameter(
          `types.${ty.id}.${target}.mean`,
          { en: `Mean ${label.en}, ${ty.name.en}`, zh: `${ty.name.zh}平均${label.zh}` },
          UNITS.minutes,
          chosen.mean,
          fit.report.n,
          fit.ci!.mean,
          opts.level,
          fit.methods!.mean,
          rows,
          path,
        ),
        parameter(
          `types.${ty.id}.${target}.cv`,
          { en: `CV of the ${label.en}, ${ty.name.en}`, zh: `${ty.name.zh}${label.zh}变异系数` },
          UNITS.ratio,
          chosen.cv,
          fit.report.n,
          fit.ci!.cv,
          opts.level,
          fit.methods!.cv,
          rows,
          path,
        ),
      );
    });
  }
  return { ops, parameters, reports };
}
