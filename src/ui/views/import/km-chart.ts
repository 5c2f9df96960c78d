/**
 * The patience chart: the Kaplan–Meier curve (share still willing to wait after t minutes) as a
 * step line with its pointwise interval as a band, and the fitted candidates' survival curves
 * (exponential, lognormal) over it; the geometry, the CSV and the numbers of the summary.
 */
import { normalCdf } from '../../../sim/math/normal.ts';
import type { PatienceCandidate, PatienceReport } from '../../../sim/history/fit-report.ts';
import type { Linear } from '../../charts/scale.ts';

/** Survival function of a fitted candidate (its spec: exponential mean, or lognormal mean and CV). */
export function survivalOf(c: Pick<PatienceCandidate, 'kind' | 'spec'>): (t: number) => number {
  const spec = c.spec as { mean: number; cv?: number };
  if (c.kind === 'exponential') return (t) => (t <= 0 ? 1 : Math.exp(-t / spec.mean));
  const s2 = Math.log(1 + (spec.cv ?? 1) ** 2);
  const sigma = Math.sqrt(s2);
  const mu = Math.log(spec.mean) - s2 / 2;
  return (t) => (t <= 0 ? 1 : 1 - normalCdf((Math.log(t) - mu) / sigma));
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** The step line through the curve's points: flat until the next time, then down. */
export function stepPath(points: readonly { time: number; value: number }[], x: Linear, y: Linear): string {
  if (points.length === 0) return '';
  let d = `M${r2(x(points[0].time))},${r2(y(points[0].value))}`;
  for (let i = 1; i < points.length; i++) d += `H${r2(x(points[i].time))}V${r2(y(points[i].value))}`;
  return d;
}

/** The band between lower and upper as one closed step shape. */
export function bandPath(km: readonly PatienceReport['km'][number][], x: Linear, y: Linear): string {
  if (km.length === 0) return '';
  const up = km.map((p) => ({ time: p.time, value: p.upper }));
  let d = stepPath(up, x, y);
  for (let i = km.length - 1; i >= 0; i--) {
    d += `V${r2(y(km[i].lower))}`;
    if (i > 0) d += `H${r2(x(km[i - 1].time))}`;
  }
  return `${d}Z`;
}

/** A smooth curve of f over [0, tMax], `steps` segments. */
export function curvePath(f: (t: number) => number, tMax: number, x: Linear, y: Linear, steps = 120): string {
  let d = '';
  for (let i = 0; i <= steps; i++) {
    const t = (tMax * i) / steps;
    d += `${i === 0 ? 'M' : 'L'}${r2(x(t))},${r2(y(f(t)))}`;
  }
  return d;
}

/** Right end of the time axis: the last point of the curve (at least 1 minute). */
export function timeMax(report: Pick<PatienceReport, 'km'>): number {
  return Math.max(1, report.km.length > 0 ? report.km[report.km.length - 1].time : 1);
}

/** CSV rows: minutes, KM survival, lower, upper, at risk, then each candidate's fitted survival. */
export function kmCsvRows(report: Pick<PatienceReport, 'km' | 'candidates'>): (number | null)[][] {
  const fs = report.candidates.map(survivalOf);
  const r4 = (v: number) => Math.round(v * 1e4) / 1e4;
  return report.km.map((p) => [
    p.time,
    r4(p.survival),
    r4(p.lower),
    r4(p.upper),
    p.atRisk,
    ...fs.map((f) => r4(f(p.time))),
  ]);
}

/** The share still waiting at minute t on the KM curve (the last point at or before t). */
export function kmSurvivalAt(report: Pick<PatienceReport, 'km'>, t: number): number {
  let s = 1;
  for (const p of report.km) {
    if (p.time > t) break;
    s = p.survival;
  }
  return s;
}
