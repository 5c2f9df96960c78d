/**
 * A kept result decodes to the very numbers of the run (typed arrays byte for byte, NaN, ±∞, -0),
 * and is only ever taken for the run it belongs to.
 */
import { describe, expect, it } from 'vitest';
import mmc from '../../../data/scenarios/textbook-mmc.json';
import { mergeResults } from '../../sim/results/merge.ts';
import { runReplication } from '../../sim/hall/run.ts';
import { RESULTS_LOAD } from '../../sim/hall/group-load.ts';
import type { Scenario } from '../../sim/scenario/index.ts';
import { decodeKept, encodeKept, keptFor, keptResult, resultKey } from './result-keep.ts';
import { runValues } from './run-values.ts';
import { keptResults } from './kept-results.ts';
import { memoryStore } from './idb.ts';

function run() {
  const s = structuredClone(mmc) as unknown as Scenario;
  s.calendar.days = 2;
  const results = [0, 1, 2].map((r) => runReplication(s, { seed: 7, replication: r, groupLoad: RESULTS_LOAD }));
  const text = JSON.stringify(s);
  return { text, values: runValues(results), merged: mergeResults(results) };
}

/** Every number and typed array of `a` equals `b`'s, bit for bit (Object.is: NaN and -0 too). */
function sameBits(a: unknown, b: unknown, path = '$'): void {
  if (ArrayBuffer.isView(a)) {
    expect(b?.constructor, path).toBe(a.constructor);
    expect(
      Buffer.from((b as Uint8Array).buffer, (b as Uint8Array).byteOffset, (b as Uint8Array).byteLength).equals(
        Buffer.from(a.buffer, a.byteOffset, a.byteLength),
      ),
      path,
    ).toBe(true);
  } else if (typeof a === 'object' && a !== null) {
    expect(typeof b, path).toBe('object');
    expect(Object.keys(b as object).sort(), path).toEqual(Object.keys(a).sort());
    for (const k of Object.keys(a))
      sameBits((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
  } else {
    expect(Object.is(a, b), `${path}: ${String(a)} against ${String(b)}`).toBe(true);
  }
}

describe('a kept result', () => {
  it('decodes to the run it was made from, bit for bit', () => {
    const { text, values, merged } = run();
    const kept = keptResult(resultKey(text, 7, 3, 'm'), 'build', merged, values);
    const back = decodeKept(encodeKept(kept));
    sameBits(kept, back);
    expect(keptFor(back, resultKey(text, 7, 3, 'm'))).not.toBeNull();
  });

  it('spells out what JSON cannot: NaN, ±Infinity, -0, and typed arrays of every kind', () => {
    const odd = {
      a: NaN,
      b: Infinity,
      c: -Infinity,
      d: -0,
      e: [1.5, NaN],
      f: new Float64Array([0.1, -0, NaN, 1e-300]),
      g: new Int32Array([-1, 2 ** 31 - 1]),
      h: new Uint8Array([255]),
      i: new Float64Array(new Float64Array([9, 8, 7]).buffer, 8, 1),
    };
    sameBits(odd, decodeKept(encodeKept(odd as never)));
  });

  it('belongs to one scenario text, seed, number of replications and model', () => {
    const { text, values, merged } = run();
    const key = resultKey(text, 7, 3, 'm');
    const kept = keptResult(key, 'browser', merged, values);
    for (const other of [
      resultKey(text, 8, 3, 'm'),
      resultKey(text, 7, 4, 'm'),
      resultKey(text, 7, 3, 'n'),
      resultKey(text.replace('"days":2', '"days":3'), 7, 3, 'm'),
    ]) {
      expect(other).not.toBe(key);
      expect(keptFor(kept, other)).toBeNull();
    }
    expect(keptFor({ ...kept, version: 2 }, key)).toBeNull();
    expect(keptFor('not a record', key)).toBeNull();
  });

  it('the page looks in its own storage first, then in the build’s demo, and keeps nothing without a model', async () => {
    const { text, values, merged } = run();
    const fetched: string[] = [];
    const demoKey = resultKey(text, 7, 3, 'm');
    const demoBody = encodeKept(keptResult(demoKey, 'build', merged, values));
    const kv = memoryStore();
    let serving = true;
    const src = {
      model: 'm',
      engine: 'Chromium 156',
      demo: { key: demoKey, path: 'assets/demo.json' },
      kv,
      fetchText: async (p: string) => (fetched.push(p), serving ? demoBody : null),
    };
    const kept = keptResults(src);
    sameBits(await kept.find(text, 7, 3), keptResult(demoKey, 'build', merged, values));
    expect(fetched).toEqual(['assets/demo.json']);
    // Another run is not the demo's: no fetch.
    expect(await kept.find(text, 7, 4)).toBeNull();
    expect(fetched).toHaveLength(1);
    // Once kept in the browser, it comes from there (the asset is asked for meanwhile: here it is gone).
    expect(await kept.keep(text, 7, 3, merged, values)).toBe(true);
    serving = false;
    const mine = await kept.find(text, 7, 3);
    expect(mine?.origin).toBe('browser');
    sameBits(mine!.merged, merged);
    // Another engine (the browser was updated) does not take it as its own.
    expect(await keptResults({ ...src, engine: 'Chromium 157' }).find(text, 7, 3)).toBeNull();
    // A broken asset reads as nothing.
    const broken = keptResults({ ...src, kv: memoryStore(), fetchText: async () => '{"version":1,' });
    expect(await broken.find(text, 7, 3)).toBeNull();
    // Outside a build (no model): nothing is looked up or kept.
    const none = keptResults({ ...src, model: null, demo: null, fetchText: async () => demoBody });
    expect([await none.find(text, 7, 3), await none.keep(text, 7, 3, merged, values)]).toEqual([null, false]);
  });
});
