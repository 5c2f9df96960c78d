/**
 * Distributions of durations (handling times, patience, repair times...), all on [0, ∞).
 *
 * A distribution is described by a plain-JSON `DistributionSpec` (it lives in scenarios, crosses
 * worker boundaries and is saved in files) and compiled once by `distribution(spec)` into a
 * sampler that validates every parameter, knows its exact mean and coefficient of variation
 * (CV = standard deviation / mean), and draws from a given random stream.
 *
 * Parameterisation by mean and CV (lognormal, gamma) is what planners have: "about 5 minutes,
 * quite variable". The normal is truncated at zero (a duration cannot be negative); its reported
 * mean and CV are those of the truncated distribution, not of the underlying normal.
 */
import { ParameterError, finite, integer, nonNegative, positive } from '../errors.ts';
import { normalCdf, normalPdf } from '../math/normal.ts';
import type { Rng } from './rng.ts';

export type DistributionSpec =
  | { kind: 'exponential'; mean: number }
  | { kind: 'deterministic'; value: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  /** N(mean, sd²) conditioned on being >= 0; `mean` and `sd` are those of the untruncated normal. */
  | { kind: 'normal'; mean: number; sd: number }
  | { kind: 'lognormal'; mean: number; cv: number }
  | { kind: 'gamma'; mean: number; cv: number }
  | { kind: 'erlang'; mean: number; k: number }
  /** Resamples the observed values with equal probability. */
  | { kind: 'empirical'; values: number[] }
  | { kind: 'mixture'; components: { weight: number; dist: DistributionSpec }[] };

export interface Distribution {
  readonly spec: DistributionSpec;
  /** Exact mean. */
  readonly mean: number;
  /** Exact coefficient of variation (0 for a constant, 1 for the exponential). */
  readonly cv: number;
  /** One draw from `rng`; always finite and >= 0. */
  sample(rng: Rng): number;
}

/** Compiles and validates a spec. `path` names it in error messages (e.g. `types[2].service`). */
export function distribution(spec: DistributionSpec, path = 'distribution'): Distribution {
  if (spec === null || typeof spec !== 'object') {
    throw new ParameterError(path, spec, 'a distribution object with a "kind"', '带有 kind 字段的分布对象');
  }
  switch (spec.kind) {
    case 'exponential':
      return new Exponential(spec, path);
    case 'deterministic':
      return new Deterministic(spec, path);
    case 'uniform':
      return new Uniform(spec, path);
    case 'triangular':
      return new Triangular(spec, path);
    case 'normal':
      return new TruncatedNormal(spec, path);
    case 'lognormal':
      return new Lognormal(spec, path);
    case 'gamma':
      return new Gamma(spec, path, spec.mean, spec.cv);
    case 'erlang':
      return new Erlang(spec, path);
    case 'empirical':
      return new Empirical(spec, path);
    case 'mixture':
      return new Mixture(spec, path);
    default:
      throw new ParameterError(
        `${path}.kind`,
        (spec as { kind: unknown }).kind,
        'one of exponential, deterministic, uniform, triangular, normal, lognormal, gamma, erlang, empirical, mixture',
        '指数、定长、均匀、三角、正态、对数正态、伽马、埃尔朗、经验、混合分布之一',
      );
  }
}

class Exponential implements Distribution {
  readonly mean: number;
  readonly cv = 1;
  constructor(
    readonly spec: DistributionSpec & { kind: 'exponential' },
    path: string,
  ) {
    this.mean = positive(`${path}.mean`, spec.mean);
  }
  sample(rng: Rng): number {
    return -this.mean * Math.log(rng.nextOpen());
  }
}

class Deterministic implements Distribution {
  readonly mean: number;
  readonly cv = 0;
  constructor(
    readonly spec: DistributionSpec & { kind: 'deterministic' },
    path: string,
  ) {
    this.mean = nonNegative(`${path}.value`, spec.value);
  }
  sample(_rng: Rng): number {
    return this.mean;
  }
}

class Uniform implements Distribution {
  readonly mean: number;
  readonly cv: number;
  private readonly lo: number;
  private readonly width: number;
  constructor(
    readonly spec: DistributionSpec & { kind: 'uniform' },
    path: string,
  ) {
    this.lo = nonNegative(`${path}.min`, spec.min);
    const hi = finite(`${path}.max`, spec.max);
    if (!(hi > this.lo))
      throw new ParameterError(`${path}.max`, hi, `a number > min (${this.lo})`, `大于 min（${this.lo}）的数值`);
    this.width = hi - this.lo;
    this.mean = (this.lo + hi) / 2;
    this.cv = this.width / Math.sqrt(12) / this.mean;
  }
  sample(rng: Rng): number {
    return this.lo + this.width * rng.next();
  }
}

class Triangular implements Distribution {
  readonly mean: number;
  readonly cv: number;
  private readonly a: number;
  private readonly b: number;
  private readonly c: number;
  private readonly fc: number;
  constructor(
    readonly spec: DistributionSpec & { kind: 'triangular' },
    path: string,
  ) {
    const a = nonNegative(`${path}.min`, spec.min);
    const b = finite(`${path}.max`, spec.max);
    const c = finite(`${path}.mode`, spec.mode);
    if (!(b > a)) throw new ParameterError(`${path}.max`, b, `a number > min (${a})`, `大于 min（${a}）的数值`);
    if (!(c >= a && c <= b))
      throw new ParameterError(
        `${path}.mode`,
        c,
        `a number in [min, max] = [${a}, ${b}]`,
        `介于 min 与 max 之间（[${a}, ${b}]）的数值`,
      );
    this.a = a;
    this.b = b;
    this.c = c;
    this.fc = (c - a) / (b - a);
    this.mean = (a + b + c) / 3;
    this.cv = Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18) / this.mean;
  }
  sample(rng: Rng): number {
    const u = rng.next();
    const { a, b, c } = this;
    return u < this.fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
  }
}

class TruncatedNormal implements Distribution {
  readonly mean: number;
  readonly cv: number;
  private readonly mu: number;
  private readonly sd: number;
  /** Standardised truncation point −mu/sd. */
  private readonly alpha: number;
  /** Rate of the exponential proposal of Robert (1995), used when alpha is large. */
  private readonly proposalRate: number;
  constructor(
    readonly spec: DistributionSpec & { kind: 'normal' },
    path: string,
  ) {
    this.mu = finite(`${path}.mean`, spec.mean);
    this.sd = positive(`${path}.sd`, spec.sd);
    this.alpha = -this.mu / this.sd;
    const tail = normalCdf(-this.alpha);
    if (!(tail > 1e-9)) {
      throw new ParameterError(
        `${path}.mean`,
        spec.mean,
        `a mean not far below zero (P(X > 0) must exceed 1e-9 for sd ${spec.sd})`,
        `均值不能远低于 0（在标准差 ${spec.sd} 下 P(X>0) 需大于 1e-9）`,
      );
    }
    // Moments of N(mu, sd²) truncated to [0, ∞): lambda is the inverse Mills ratio at alpha.
    const lambda = normalPdf(this.alpha) / tail;
    this.mean = this.mu + this.sd * lambda;
    const variance = this.sd * this.sd * Math.max(0, 1 + this.alpha * lambda - lambda * lambda);
    this.cv = Math.sqrt(variance) / this.mean;
    this.proposalRate = (this.alpha + Math.sqrt(this.alpha * this.alpha + 4)) / 2;
  }
  sample(rng: Rng): number {
    const alpha = this.alpha;
    if (alpha < 0.5) {
      // Plain rejection: accepts with probability P(Z >= alpha) >= 0.31.
      for (;;) {
        const z = rng.normal();
        if (z >= alpha) return this.mu + this.sd * z;
      }
    }
    // Robert (1995): exponential proposal shifted to alpha, optimal rate; efficient in the tail.
    const rate = this.proposalRate;
    for (;;) {
      const z = alpha + rng.exponential() / rate;
      const d = z - rate;
      if (Math.log(rng.nextOpen()) <= -0.5 * d * d) return Math.max(0, this.mu + this.sd * z);
    }
  }
}

class Lognormal implements Distribution {
  readonly mean: number;
  readonly cv: number;
  private readonly m: number;
  private readonly s: number;
  constructor(
    readonly spec: DistributionSpec & { kind: 'lognormal' },
    path: string,
  ) {
    this.mean = positive(`${path}.mean`, spec.mean);
    this.cv = positive(`${path}.cv`, spec.cv);
    const s2 = Math.log1p(this.cv * this.cv);
    this.s = Math.sqrt(s2);
    this.m = Math.log(this.mean) - s2 / 2;
  }
  sample(rng: Rng): number {
    return Math.exp(this.m + this.s * rng.normal());
  }
}

class Gamma implements Distribution {
  readonly mean: number;
  readonly cv: number;
  private readonly shape: number;
  private readonly scale: number;
  /** Marsaglia–Tsang constants for shape' = max(shape, shape + 1). */
  private readonly d: number;
  private readonly c: number;
  constructor(
    readonly spec: DistributionSpec,
    path: string,
    mean: number,
    cv: number,
  ) {
    this.mean = positive(`${path}.mean`, mean);
    this.cv = positive(`${path}.cv`, cv);
    this.shape = 1 / (cv * cv);
    this.scale = mean * cv * cv;
    const s = this.shape >= 1 ? this.shape : this.shape + 1;
    this.d = s - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
  }
  sample(rng: Rng): number {
    // Marsaglia & Tsang (2000); for shape < 1, Gamma(shape) = Gamma(shape + 1) · U^(1/shape).
    const { d, c } = this;
    let g: number;
    for (;;) {
      const x = rng.normal();
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = rng.nextOpen();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        g = d * v;
        break;
      }
    }
    if (this.shape < 1) g *= Math.pow(rng.nextOpen(), 1 / this.shape);
    return g * this.scale;
  }
}

class Erlang implements Distribution {
  readonly mean: number;
  readonly cv: number;
  private readonly k: number;
  private readonly phaseMean: number;
  private readonly viaGamma: Gamma | null;
  constructor(
    readonly spec: DistributionSpec & { kind: 'erlang' },
    path: string,
  ) {
    this.mean = positive(`${path}.mean`, spec.mean);
    this.k = integer(`${path}.k`, spec.k, 1);
    this.cv = 1 / Math.sqrt(this.k);
    this.phaseMean = this.mean / this.k;
    // A product of k uniforms is exact and fast for small k; for large k it could underflow.
    this.viaGamma = this.k > 16 ? new Gamma(spec, path, this.mean, this.cv) : null;
  }
  sample(rng: Rng): number {
    if (this.viaGamma) return this.viaGamma.sample(rng);
    let p = 1;
    for (let i = 0; i < this.k; i++) p *= rng.nextOpen();
    return -this.phaseMean * Math.log(p);
  }
}

class Empirical implements Distribution {
  readonly mean: number;
  readonly cv: number;
  private readonly values: Float64Array;
  constructor(
    readonly spec: DistributionSpec & { kind: 'empirical' },
    path: string,
  ) {
    const values = spec.values;
    if (!Array.isArray(values) || values.length === 0) {
      throw new ParameterError(`${path}.values`, values, 'a non-empty array of numbers >= 0', '非空的非负数值数组');
    }
    this.values = new Float64Array(values.length);
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      this.values[i] = nonNegative(`${path}.values[${i}]`, values[i]);
      sum += values[i];
    }
    this.mean = sum / values.length;
    let ss = 0;
    for (let i = 0; i < values.length; i++) ss += (values[i] - this.mean) ** 2;
    this.cv = this.mean > 0 ? Math.sqrt(ss / values.length) / this.mean : 0;
  }
  sample(rng: Rng): number {
    return this.values[Math.floor(rng.next() * this.values.length)];
  }
}

class Mixture implements Distribution {
  readonly mean: number;
  readonly cv: number;
  private readonly cumulative: Float64Array;
  private readonly parts: Distribution[];
  constructor(
    readonly spec: DistributionSpec & { kind: 'mixture' },
    path: string,
  ) {
    const comps = spec.components;
    if (!Array.isArray(comps) || comps.length === 0) {
      throw new ParameterError(
        `${path}.components`,
        comps,
        'a non-empty array of {weight, dist}',
        '非空的 {weight, dist} 数组',
      );
    }
    comps.forEach((c, i) => {
      if (c === null || typeof c !== 'object') {
        throw new ParameterError(
          `${path}.components[${i}]`,
          c,
          'an object {weight, dist}',
          '形如 {weight, dist} 的对象',
        );
      }
    });
    this.parts = comps.map((c, i) => distribution(c.dist, `${path}.components[${i}].dist`));
    const weights = comps.map((c, i) => nonNegative(`${path}.components[${i}].weight`, c.weight));
    const total = weights.reduce((s, w) => s + w, 0);
    if (!(total > 0))
      throw new ParameterError(`${path}.components`, total, 'weights summing to more than 0', '权重之和大于 0');
    this.cumulative = new Float64Array(comps.length);
    let acc = 0;
    let m1 = 0;
    let m2 = 0;
    for (let i = 0; i < comps.length; i++) {
      const w = weights[i] / total;
      acc += w;
      this.cumulative[i] = acc;
      const p = this.parts[i];
      m1 += w * p.mean;
      m2 += w * p.mean * p.mean * (1 + p.cv * p.cv);
    }
    this.cumulative[comps.length - 1] = 1;
    this.mean = m1;
    this.cv = m1 > 0 ? Math.sqrt(Math.max(0, m2 - m1 * m1)) / m1 : 0;
  }
  sample(rng: Rng): number {
    const u = rng.next();
    const cum = this.cumulative;
    let i = 0;
    while (u >= cum[i]) i++;
    return this.parts[i].sample(rng);
  }
}
