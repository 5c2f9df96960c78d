/**
 * A finished run kept for the next visit (issue 11, item 10: the first chart without waiting for
 * a cold worker). A run is a pure function of the scenario's text, the seed, the number of
 * replications, the model's code and the JavaScript engine, so its result may be shown again
 * whenever all are the same: it is the result a new run would give, bit for bit (determinism,
 * whatever the number of workers).
 *
 * Two places keep one:
 *  - the browser's IndexedDB keeps the last complete run (so a reload shows the planner's own
 *    scenario's result at once): the same engine, so the very result a new run gives;
 *  - the build runs the demo scenario at the page's default seed and replications and ships it
 *    as an asset (so the first visit shows the demo's chart at once). It is made by Node's
 *    engine, whose Math.log, Math.exp and Math.cos round a few arguments differently from the
 *    browser's in the last binary digit (measured: Node 20 against Chromium 156), so a run in the
 *    browser agrees with it to about 14 significant digits, not bit for bit; the run bar says
 *    "the same figures" for it, not "exactly the same". The asset is JSON with the typed arrays
 *    as base64 of their bytes and non-finite numbers and -0 spelled out, so that decoding gives
 *    the very numbers the build's run gave.
 *
 * `model` names the model's code (a hash of `src/sim` made by the build): a result kept by an
 * older build is never shown by a newer one. Without it (dev server, tests) nothing is kept.
 */
import type { MergedResult } from '../../sim/results/merge.ts';
import { hashText } from './plan-keep.ts';
import type { RunValues } from './run-values.ts';

export interface KeptResult {
  version: 1;
  /** Made by the build (Node's engine: the same figures as a run here) or in this browser (the very same result). */
  origin: 'build' | 'browser';
  /** `resultKey` of the run. */
  key: string;
  merged: MergedResult;
  /** The key figures per replication (run-values.ts), for the next change's was → now. */
  values: RunValues;
}

/**
 * What identifies a run's result: the scenario's text, seed, replications and the model's code
 * (for a result kept in the browser, `model` holds the engine too: kept-results.ts).
 */
export function resultKey(scenarioText: string, seed: number, replications: number, model: string): string {
  return `${model}:${seed}:${replications}:${hashText(scenarioText)}:${scenarioText.length}`;
}

export function keptResult(
  key: string,
  origin: KeptResult['origin'],
  merged: MergedResult,
  values: RunValues,
): KeptResult {
  return { version: 1, origin, key, merged, values };
}

/** A kept result read back (from IndexedDB or the asset) that is the one for `key`, else null. */
export function keptFor(x: unknown, key: string): KeptResult | null {
  if (typeof x !== 'object' || x === null) return null;
  const k = x as Partial<KeptResult>;
  if (
    k.version !== 1 ||
    k.key !== key ||
    (k.origin !== 'build' && k.origin !== 'browser') ||
    typeof k.merged !== 'object' ||
    k.merged === null ||
    typeof k.values !== 'object' ||
    k.values === null
  )
    return null;
  if (k.merged.kind !== 'hallflow.merged' || k.merged.version !== 1) return null;
  return k as KeptResult;
}

const TYPED = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
} as const;
type TypedName = keyof typeof TYPED;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) s += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(new ArrayBuffer(s.length));
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** JSON of a kept result that decodes to the same numbers (typed arrays, NaN, ±Infinity, -0). */
export function encodeKept(k: KeptResult): string {
  return JSON.stringify(k, (_key, v: unknown) => {
    if (typeof v === 'number') {
      if (Number.isNaN(v)) return { $n: 'NaN' };
      if (v === Infinity) return { $n: 'Infinity' };
      if (v === -Infinity) return { $n: '-Infinity' };
      if (Object.is(v, -0)) return { $n: '-0' };
      return v;
    }
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const name = v.constructor.name;
      if (!Object.hasOwn(TYPED, name)) throw new TypeError(`cannot keep a ${name}`);
      return { $t: name, b64: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    }
    return v;
  });
}

const NUMBERS: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };

export function decodeKept(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    if (typeof o.$n === 'string' && Object.hasOwn(NUMBERS, o.$n) && Object.keys(o).length === 1) return NUMBERS[o.$n];
    if (
      typeof o.$t === 'string' &&
      typeof o.b64 === 'string' &&
      Object.hasOwn(TYPED, o.$t) &&
      Object.keys(o).length === 2
    ) {
      const bytes = fromBase64(o.b64);
      const Ctor = TYPED[o.$t as TypedName];
      // A fresh, aligned buffer of the typed array's own.
      return new Ctor(bytes.buffer, 0, bytes.byteLength / Ctor.BYTES_PER_ELEMENT);
    }
    return v;
  });
}
