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
import { FN, KN, WN, ZIG_R } from './ziggurat.ts';

// 64-bit arithmetic on (hi, lo) pairs of unsigned 32-bit numbers. Stream derivation runs a
// few hundred times per replication; BigInt made it slow and allocation-heavy, so the SplitMix64
// finaliser and FNV-1a are written with 32-bit halves (checked against a BigInt reference in
// tests). Results go through two registers, (H, L) below, held in a typed array: two module-level
// `let`s, as before, hold numbers above 2^31 as heap numbers, one allocated on every write.
const R = new Uint32Array(2);
const HI = 0;
const LO = 1;

/** (ah, al) × (bh, bl) mod 2^64 into (H, L). */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const mid = a1 * b0 + a0 * b1; // < 2^33, exact
  // Its low 16 bits by `&` (ToInt32 keeps them), not `%`: a double's % is a call to fmod.
  const midLow = mid & 0xffff;
  const low = a0 * b0 + midLow * 65536; // < 2^33, exact
  const hi = a1 * b1 + (mid - midLow) / 65536 + (low >= 4294967296 ? 1 : 0);
  R[LO] = low >>> 0;
  R[HI] = (hi + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** (ah, al) + (bh, bl) mod 2^64 into (H, L). */
function add64(ah: number, al: number, bh: number, bl: number): void {
  const low = al + bl;
  R[LO] = low >>> 0;
  R[HI] = (ah + bh + (low > 0xffffffff ? 1 : 0)) >>> 0;
}

/** The SplitMix64 finaliser (Stafford's mix 13), a bijection on 64-bit words, into (H, L). */
function mix(h: number, l: number): void {
  // z ^= z >>> 30
  l = (l ^ ((l >>> 30) | (h << 2))) >>> 0;
  h = (h ^ (h >>> 30)) >>> 0;
  mul64(h, l, 0xbf58476d, 0x1ce4e5b9);
  // z ^= z >>> 27
  l = (R[LO] ^ ((R[LO] >>> 27) | (R[HI] << 5))) >>> 0;
  h = (R[HI] ^ (R[HI] >>> 27)) >>> 0;
  mul64(h, l, 0x94d049bb, 0x133111eb);
  // z ^= z >>> 31
  R[LO] = (R[LO] ^ ((R[LO] >>> 31) | (R[HI] << 1))) >>> 0;
  R[HI] = (R[HI] ^ (R[HI] >>> 31)) >>> 0;
}

const GOLDEN_HI = 0x9e3779b9;
const GOLDEN_LO = 0x7f4a7c15;

/** mix(z + golden ratio), the step SplitMix64 takes, into (H, L). */
function step(h: number, l: number): void {
  add64(h, l, GOLDEN_HI, GOLDEN_LO);
  mix(R[HI], R[LO]);
}

/**
 * FNV-1a (64-bit) of the UTF-16 code units of a name, into (H, L). The multiplication by the FNV
 * prime 2^40 + 0x1b3 is written out (x·0x1b3 + x·2^40) rather than through mul64: a name costs
 * one product per character, and this is most of what deriving a stream costs.
 */
function hashName(name: string): void {
  let h = 0xcbf29ce4;
  let l = 0x84222325;
  for (let i = 0; i < name.length; i++) {
    l = (l ^ name.charCodeAt(i)) >>> 0;
    const low = l * 0x1b3; // < 2^41, exact
    const lowWord = low >>> 0;
    // high word: h·0x1b3 + the carry out of the low word + (x·2^40's share: l·2^8), mod 2^32
    h = (Math.imul(h, 0x1b3) + (low - lowWord) / 4294967296 + (l << 8)) >>> 0;
    l = lowWord;
  }
  R[HI] = h;
  R[LO] = l;
}

// The key of (seed, replication), the first two steps of every stream's derivation, kept for
// the last pair asked: a replication derives all its streams (over a hundred) with the same pair.
let keySeed = -1;
let keyReplication = -1;
let keyHi = 0;
let keyLo = 0;

/**
 * The four 32-bit state words of the stream (seed, replication, name), in the order
 * [w0 low, w0 high, w1 low, w1 high] of the two SplitMix64 outputs. Exported for tests.
 */
export function streamWords(seed: number, replication: number, name: string): [number, number, number, number] {
  // key = mix(seed + γ); key = mix((key ^ rep) + γ); key = mix((key ^ hash(name)) + γ)
  if (seed !== keySeed || replication !== keyReplication) {
    step(Math.floor(seed / 4294967296), seed >>> 0);
    step(R[HI] ^ Math.floor(replication / 4294967296), (R[LO] ^ replication) >>> 0);
    keySeed = seed;
    keyReplication = replication;
    keyHi = R[HI];
    keyLo = R[LO];
  }
  const kh = keyHi;
  const kl = keyLo;
  hashName(name);
  step((kh ^ R[HI]) >>> 0, (kl ^ R[LO]) >>> 0);
  // SplitMix64 expansion: x += γ, output mix(x), twice.
  add64(R[HI], R[LO], GOLDEN_HI, GOLDEN_LO);
  const xh = R[HI];
  const xl = R[LO];
  mix(xh, xl);
  const w0h = R[HI];
  const w0l = R[LO];
  add64(xh, xl, GOLDEN_HI, GOLDEN_LO);
  mix(R[HI], R[LO]);
  return [w0l, w0h, R[LO], R[HI]];
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
    const [a, b, c, d] = streamWords(seed, replication, name);
    return new Rng(a, b, c, d);
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
    // rotl written out (x << k | x >>> 32 − k): every byte of bytecode here counts against V8's
    // inlining budget of the handler that draws, and a call to rotl is counted whole.
    let x = Math.imul(s1, 5);
    const hi = Math.imul((x << 7) | (x >>> 25), 9) >>> 5; // 27 bits
    let t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    x = Math.imul(s1, 5);
    const lo = Math.imul((x << 7) | (x >>> 25), 9) >>> 6; // 26 bits
    t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = (s3 << 11) | (s3 >>> 21);
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

  /**
   * A standard normal deviate by the ziggurat method (see ziggurat.ts): usually one generator
   * step and a multiplication, several times cheaper than the polar method.
   */
  normal(): number {
    const j = this.nextInt32();
    const i = j & 127;
    const v = j >> 7; // signed 25 bits, independent of the layer bits
    if ((v < 0 ? -v : v) < KN[i]) return v * WN[i];
    return this.normalTail(v, i);
  }

  /** The rare cases of the ziggurat: the base strip's tail and the wedges. */
  private normalTail(v: number, i: number): number {
    for (;;) {
      if (i === 0) {
        // Tail beyond R (Marsaglia, 1964).
        let x: number;
        let y: number;
        do {
          x = -Math.log(this.nextOpen()) / ZIG_R;
          y = -Math.log(this.nextOpen());
        } while (y + y < x * x);
        return v > 0 ? ZIG_R + x : -ZIG_R - x;
      }
      const x = v * WN[i];
      if (FN[i] + this.next() * (FN[i - 1] - FN[i]) < Math.exp(-0.5 * x * x)) return x;
      const j = this.nextInt32();
      i = j & 127;
      v = j >> 7;
      if ((v < 0 ? -v : v) < KN[i]) return v * WN[i];
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
