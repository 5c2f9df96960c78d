/**
 * The stream derivation of src/sim/engine/rng.ts written with BigInt, straight from the
 * SplitMix64 and FNV-1a definitions: the reference the fast 32-bit version is checked against.
 */
const MASK64 = (1n << 64n) - 1n;
const GOLDEN = 0x9e3779b97f4a7c15n;

export function mix64(z: bigint): bigint {
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

function fnv1a64(name: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < name.length; i++) {
    h ^= BigInt(name.charCodeAt(i));
    h = (h * 0x100000001b3n) & MASK64;
  }
  return h;
}

export function referenceWords(seed: number, replication: number, name: string): [number, number, number, number] {
  let key = mix64((BigInt(seed) + GOLDEN) & MASK64);
  key = mix64(((key ^ BigInt(replication)) + GOLDEN) & MASK64);
  key = mix64(((key ^ fnv1a64(name)) + GOLDEN) & MASK64);
  let x = (key + GOLDEN) & MASK64;
  const w0 = mix64(x);
  x = (x + GOLDEN) & MASK64;
  const w1 = mix64(x);
  return [Number(w0 & 0xffffffffn), Number(w0 >> 32n), Number(w1 & 0xffffffffn), Number(w1 >> 32n)];
}
