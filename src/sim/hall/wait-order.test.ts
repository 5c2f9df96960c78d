import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupQuantiles, sortOrder } from '../engine/stats/order.ts';
import { quantileSorted } from '../engine/stats/quantile.ts';
import { WaitOrder, selectKth } from './wait-order.ts';

const value = fc.oneof(
  fc.constant(0),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 5 }).map((x) => x / 4),
  fc.constant(Number.MIN_VALUE),
  fc.double({ min: 0, max: 1e-300, noNaN: true }),
);

describe('WaitOrder', () => {
  // One instance for every case: its buffers are reused, larger and smaller inputs in turn,
  // as the hall reuses them replication after replication.
  const order = new WaitOrder();

  it('orders waits as the kernel and a comparison sort do, ties by index, reusing its buffers (property)', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.integer({ min: 0, max: 50 }), (xs, spare) => {
        // The values sit at the start of a longer array, as the hall's columns do.
        const v = new Float64Array(xs.length + spare).fill(7);
        v.set(xs);
        const want = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
        expect(Array.from(order.sort(v, xs.length).subarray(0, xs.length))).toEqual(want);
        expect(Array.from(sortOrder(v.subarray(0, xs.length)))).toEqual(want);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('gives every cell the type-7 quantiles of a per-cell sort, bit for bit as the kernel (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: -1, max: 5 })), {
          maxLength: 250,
        }),
        (pairs) => {
          const n = pairs.length;
          const v = Float64Array.from(pairs, (p) => p[0]);
          const cell = Int32Array.from(pairs, (p) => p[1]);
          const cells = 6;
          const size = new Float64Array(cells);
          for (const c of cell) if (c >= 0) size[c]++;
          const ps = [0, 0.5, 0.9, 0.95, 1];
          const out = new Float64Array(cells * ps.length).fill(-1);
          order.sort(v, n);
          order.quantiles(v, n, cell, size, cells, ps, out);
          // The kernel's, with the records of no cell in a seventh group.
          const kernel = groupQuantiles(
            v,
            sortOrder(v),
            Int32Array.from(cell, (c) => (c < 0 ? cells : c)),
            7,
            ps,
          );
          for (let c = 0; c < cells; c++) {
            const mine = pairs
              .filter((p) => p[1] === c)
              .map((p) => p[0])
              .sort((a, b) => a - b);
            ps.forEach((p, j) => {
              expect(out[c * ps.length + j]).toBe(mine.length ? quantileSorted(mine, p) : 0);
              expect(out[c * ps.length + j]).toBe(kernel[c * ps.length + j]);
            });
          }
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('forgets the last input: a small sort after a large one sees only its own values', () => {
    const big = Float64Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
    order.sort(big, big.length);
    const small = Float64Array.of(3, 0, 2, 0, 1);
    expect(Array.from(order.sort(small, 5).subarray(0, 5))).toEqual([1, 3, 4, 2, 0]);
    const out = new Float64Array(2);
    order.quantiles(small, 5, Int32Array.of(0, 0, 0, 1, 1), Float64Array.of(3, 2), 2, [0.5], out);
    expect(Array.from(out)).toEqual([2, 0.5]);
  });

  it('rejects negative, NaN and infinite waits', () => {
    expect(() => order.sort(Float64Array.of(1, -1), 2)).toThrow(/waits\[1\]/);
    expect(() => order.sort(Float64Array.of(NaN), 1)).toThrow(/waits\[0\]/);
    expect(() => order.sort(Float64Array.of(Infinity), 1)).toThrow(/waits\[0\]/);
    const none = new Float64Array(0);
    order.sort(none, 0);
    const out = Float64Array.of(9);
    order.quantiles(none, 0, new Int32Array(0), Float64Array.of(0), 1, [0.5], out);
    expect(out[0]).toBe(0);
  });

  it('selectKth finds the value a sort puts at k, with many ties and in any order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), value), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (xs, at) => {
          const k = at % xs.length;
          const sorted = Float64Array.from(xs).sort();
          expect(selectKth(Float64Array.from(xs), xs.length, k)).toBe(sorted[k]);
        },
      ),
      { numRuns: 500, seed: 20261206 },
    );
    expect(selectKth(new Float64Array(4000), 4000, 3599)).toBe(0);
  });
});
