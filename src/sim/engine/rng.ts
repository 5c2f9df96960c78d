/**
 * Seeded random numbers: xoshiro128** (Blackman & Vigna, 2018) seeded through SplitMix64.
 *
 * Why this generator: 128 bits of state, period 2^128 − 1, passes BigCrush and PractRand, and
 * needs only 32-bit integer operations, which JavaScript does fast with `Math.imul` and `>>>`.
 * Each double is built from two outputs so it has the full 53 bits of precision.
 *
 * Streams. A simulation draws from several independent *named* streams (arrivals, service,
 * patience, ...). The state of a stream is derived from (seed, replication, name) by hashing
 * them with the SplitMix64 finaliser, then expanding with SplitMix64 (the seeding procedure the
 * xoshiro authors recommend). Consequences the rest of HallFlow relies on:
 *  - the same (seed, replication, name) always gives the same sequence, on any thread or machine;
 *  - two scenarios run with the same seed see the same arrivals and the same taxpayers
 *    (common random numbers), because a stream's numbers do not depend on what other streams do;
 *  - different replications or names give unrelated sequences (the chance that two of them
 *    overlap within 2^40 draws is below 2^-48 for any practical number of streams).
 *
 * No Math.random, no clock: randomness enters HallFlow only here.
 */
import { ParameterError } from '../errors.ts';

const MASK64 = (1n << 64n) - 1n;
const GOLDEN = 0x9e3779b97f4a7c15n;

/** The SplitMix64 finaliser (Stafford's mix 13): a bijection on 64-bit words. */
export function mix64(z: bigint): bigint {
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/** FNV-1a over the UTF-16 code units of a name, 64-bit: turns a stream name into a word. */
function hashName(name: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < name.length; i++) {
    h ^= BigInt(name.charCodeAt(i));
    h = (h * 0x100000001b3n) & MASK64;
  }
  return h;
}

function checkSeed(param: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ParameterError(param, value, `an integer in [0, 2^53)`, `0 到 2^53 之间的整数`);
  }
}

/**
 * A random number stream. Methods are deliberately few and monomorphic: they sit on the hot path.
 */
export class Rng {
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  /** The second normal deviate of the last polar-method pair, NaN when none is stored. */
  private spareNormal = NaN;

  /** Creates a stream from four 32-bit words of state (not all zero). Prefer `Rng.stream`. */
  constructor(a: number, b: number, c: number, d: number) {
    this.s0 = a | 0;
    this.s1 = b | 0;
    this.s2 = c | 0;
    this.s3 = d | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // all-zero is the one bad state
  }

  /**
   * The stream named `name` of replication `replication` under `seed`.
   * seed and replication are integers in [0, 2^53); name is any string (e.g. "arrivals").
   */
  static stream(seed: number, replication: number, name: string): Rng {
    checkSeed('seed', seed);
    checkSeed('replication', replication);
    if (typeof name !== 'string' || name.length === 0) {
      throw new ParameterError('name', name, 'a non-empty string', '非空字符串');
    }
    let key = mix64((BigInt(seed) + GOLDEN) & MASK64);
    key = mix64(((key ^ BigInt(replication)) + GOLDEN) & MASK64);
    key = mix64(((key ^ hashName(name)) + GOLDEN) & MASK64);
    // SplitMix64 expansion: two outputs give the four 32-bit words of xoshiro128** state.
    let x = key;
    x = (x + GOLDEN) & MASK64;
    const w0 = mix64(x);
    x = (x + GOLDEN) & MASK64;
    const w1 = mix64(x);
    return new Rng(
      Number(w0 & 0xffffffffn),
      Number(w0 >> 32n),
      Number(w1 & 0xffffffffn),
      Number(w1 >> 32n),
    );
  }

  /** The next 32-bit output as a signed int32 (xoshiro128**). */
  nextInt32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /**
   * A uniform double in [0, 1) with 53 random bits: two xoshiro128** steps, written out in
   * full (rather than two calls to nextInt32) because this sits under every sample, and a flat
   * body lets V8 inline it into its callers, which keeps doubles unboxed.
   */
  next(): number {
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    const hi = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 5; // 27 bits
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    const lo = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 6; // 26 bits
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = rotl(s3, 11);
    return (hi * 67108864 + lo) * 1.1102230246251565e-16; // / 2^53
  }

  /**
   * A uniform number in [0, 1) with 32 random bits (one generator step): enough for a yes/no
   * decision with a given probability, at half the cost of `next()`.
   */
  nextUnit(): number {
    return (this.nextInt32() >>> 0) * 2.3283064365386963e-10; // / 2^32
  }

  /** A uniform double in (0, 1]: safe for Math.log. */
  nextOpen(): number {
    return 1 - this.next();
  }

  /** A uniform integer in [0, n), for n in [1, 2^32]; unbiased (rejection of the short tail). */
  nextBelow(n: number): number {
    if (n <= 0x100000000 && Number.isInteger(n) && n > 0) {
      // Lemire's nearly-divisionless method needs 64-bit products; with doubles we use the
      // classical threshold rejection, which is exact for n <= 2^32.
      const limit = 0x100000000 - (0x100000000 % n);
      for (;;) {
        const x = this.nextInt32() >>> 0;
        if (x < limit) return x % n;
      }
    }
    throw new ParameterError('n', n, 'an integer in [1, 2^32]', '1 到 2^32 之间的整数');
  }

  /** A standard normal deviate (Marsaglia's polar method; the pair's second value is kept). */
  normal(): number {
    const spare = this.spareNormal;
    if (spare === spare) {
      this.spareNormal = NaN;
      return spare;
    }
    for (;;) {
      const u = 2 * this.next() - 1;
      const v = 2 * this.next() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        this.spareNormal = v * f;
        return u * f;
      }
    }
  }

  /** A unit-mean exponential deviate. */
  exponential(): number {
    return -Math.log(this.nextOpen());
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
