import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupQuantiles, sortOrder } from './order.ts';
import { quantileSorted } from './quantile.ts';

describe('sortOrder and groupQuantiles', () => {
  it('order non-negative doubles like a comparison sort, ties by index (property)', () => {
    const value = fc.oneof(
      fc.constant(0),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 5 }).map((x) => x / 4),
      fc.constant(Number.MIN_VALUE),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (xs) => {
        const v = Float64Array.from(xs);
        const want = xs.map((x, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
        expect(Array.from(sortOrder(v))).toEqual(want);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('give every group the type-7 quantiles a per-group sort gives (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 4 })), {
          maxLength: 200,
        }),
        (pairs) => {
          const v = Float64Array.from(pairs, (p) => p[0]);
          const g = Int32Array.from(pairs, (p) => p[1]);
          const ps = [0, 0.5, 0.9, 0.95, 1];
          const q = groupQuantiles(v, sortOrder(v), g, 5, ps);
          for (let k = 0; k < 5; k++) {
            const mine = pairs
              .filter((p) => p[1] === k)
              .map((p) => p[0])
              .sort((a, b) => a - b);
            ps.forEach((p, j) => expect(q[k * ps.length + j]).toBe(mine.length ? quantileSorted(mine, p) : 0));
          }
        },
      ),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('rejects negative, NaN and infinite values', () => {
    expect(() => sortOrder(Float64Array.of(1, -1))).toThrow(/values\[1\]/);
    expect(() => sortOrder(Float64Array.of(NaN))).toThrow(/values\[0\]/);
    expect(() => sortOrder(Float64Array.of(Infinity))).toThrow(/values\[0\]/);
    expect(sortOrder(new Float64Array(0)).length).toBe(0);
  });
});
