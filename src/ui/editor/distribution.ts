/**
 * The distribution editor's logic: the families a DistributionSpec allows, the parameters of
 * each (with the rule each field enforces, matching the schema), changing family while keeping
 * the mean and, where the family can, the CV, and the mean and CV of a spec as the engine itself
 * computes them (no maths repeated here).
 */
import { distribution, type DistributionSpec } from '../../sim/engine/distributions.ts';
import type { NumberRule } from './numbers.ts';

export type DistKind = DistributionSpec['kind'];

export const DIST_KINDS: readonly DistKind[] = [
  'exponential',
  'deterministic',
  'uniform',
  'triangular',
  'normal',
  'lognormal',
  'gamma',
  'erlang',
  'empirical',
  'mixture',
];

/** A numeric parameter of a family: its key in the spec, whether it is in the time unit, its rule. */
export interface DistParam {
  key: string;
  /** In the distribution's unit (minutes...) rather than a pure number (CV, k). */
  timed: boolean;
  rule: NumberRule;
}

const mean: DistParam = { key: 'mean', timed: true, rule: { gt: 0 } };
const cv: DistParam = { key: 'cv', timed: false, rule: { gt: 0 } };

/** The numeric parameters of each family (empirical and mixture have lists, edited apart). */
export const DIST_PARAMS: Record<DistKind, readonly DistParam[]> = {
  exponential: [mean],
  deterministic: [{ key: 'value', timed: true, rule: { min: 0 } }],
  uniform: [
    { key: 'min', timed: true, rule: { min: 0 } },
    { key: 'max', timed: true, rule: {} },
  ],
  triangular: [
    { key: 'min', timed: true, rule: { min: 0 } },
    { key: 'mode', timed: true, rule: {} },
    { key: 'max', timed: true, rule: {} },
  ],
  normal: [
    { key: 'mean', timed: true, rule: {} },
    { key: 'sd', timed: true, rule: { gt: 0 } },
  ],
  lognormal: [mean, cv],
  gamma: [mean, cv],
  erlang: [mean, { key: 'k', timed: false, rule: { integer: true, min: 1 } }],
  empirical: [],
  mixture: [],
};

/** Mean and CV as the engine computes them, or null when the spec is not (yet) valid. */
export function describeDistribution(spec: unknown): { mean: number; cv: number } | null {
  try {
    const d = distribution(spec as DistributionSpec);
    return Number.isFinite(d.mean) && Number.isFinite(d.cv) ? { mean: d.mean, cv: d.cv } : null;
  } catch {
    return null;
  }
}

/** Rounds to 4 significant digits so a converted parameter reads like something typed. */
function nice(x: number): number {
  return Number(x.toPrecision(4));
}

/**
 * The spec of another family with the same mean and, where the family has a free spread, the
 * same CV (uniform and triangular keep them when the spread fits above zero; erlang takes the
 * nearest k; empirical keeps the mean as one value; mixture wraps the old spec).
 */
export function convertDistribution(spec: unknown, kind: DistKind): DistributionSpec {
  const known = describeDistribution(spec);
  const m = known && known.mean > 0 ? known.mean : 5;
  const c = known ? known.cv : 1;
  const sd = c * m;
  switch (kind) {
    case 'exponential':
      return { kind, mean: nice(m) };
    case 'deterministic':
      return { kind, value: nice(m) };
    case 'uniform': {
      // Half-width √3·sd keeps the CV, as long as the lower end stays >= 0.
      const half = sd > 0 ? Math.min(Math.sqrt(3) * sd, m) : m / 2;
      return { kind, min: nice(m - half), max: nice(m + half) };
    }
    case 'triangular': {
      // Symmetric about the mean: sd = half / √6.
      const half = sd > 0 ? Math.min(Math.sqrt(6) * sd, m) : m / 2;
      return { kind, min: nice(m - half), mode: nice(m), max: nice(m + half) };
    }
    case 'normal':
      return { kind, mean: nice(m), sd: nice(sd > 0 ? sd : m / 4) };
    case 'lognormal':
      return { kind, mean: nice(m), cv: nice(c > 0 ? c : 0.5) };
    case 'gamma':
      return { kind, mean: nice(m), cv: nice(c > 0 ? c : 0.5) };
    case 'erlang':
      return { kind, mean: nice(m), k: Math.max(1, Math.round(c > 0 ? 1 / (c * c) : 1)) };
    case 'empirical':
      return { kind, values: [nice(m)] };
    case 'mixture': {
      const inner = known ? (spec as DistributionSpec) : ({ kind: 'exponential', mean: nice(m) } as DistributionSpec);
      return { kind, components: [{ weight: 1, dist: inner }] };
    }
  }
}

/** The kind of a spec when it is one of the families, else null (shown as "choose"). */
export function kindOf(spec: unknown): DistKind | null {
  const k = spec !== null && typeof spec === 'object' ? (spec as { kind?: unknown }).kind : undefined;
  return typeof k === 'string' && (DIST_KINDS as readonly string[]).includes(k) ? (k as DistKind) : null;
}
