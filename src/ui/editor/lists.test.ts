import { describe, expect, it } from 'vitest';
import { addKey, insertDate, moved, nextDate, rebalanced, renameKey, replaceDate } from './lists.ts';

describe('list edits', () => {
  it('moves an item and clamps at the ends', () => {
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });

  it('keeps date lists in order and without duplicates', () => {
    expect(insertDate(['2026-05-01', '2026-05-05'], '2026-05-03')).toEqual(['2026-05-01', '2026-05-03', '2026-05-05']);
    expect(insertDate(['2026-05-01'], '2026-04-30')).toEqual(['2026-04-30', '2026-05-01']);
    expect(insertDate(['2026-05-01'], '2026-05-01')).toBeNull();
    expect(replaceDate(['2026-05-01', '2026-05-05'], 0, '2026-05-09')).toEqual(['2026-05-05', '2026-05-09']);
    expect(replaceDate(['2026-05-01', '2026-05-05'], 0, '2026-05-05')).toBeNull();
    expect(replaceDate(['2026-05-01', '2026-05-05'], 1, '2026-05-05')).toEqual(['2026-05-01', '2026-05-05']);
  });

  it('renames and adds record keys in order', () => {
    expect(renameKey({ '2026-03-02': 5, '2026-03-09': 6 }, '2026-03-02', '2026-03-20')).toEqual({
      '2026-03-09': 6,
      '2026-03-20': 5,
    });
    expect(Object.keys(renameKey({ '2026-03-02': 5, '2026-03-09': 6 }, '2026-03-09', '2026-03-01')!)).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(renameKey({ a: 1, b: 2 }, 'a', 'b')).toBeNull();
    expect(Object.keys(addKey({ '3': 0.15, '12': 0.1 }, '4', 0.2)!)).toEqual(['3', '4', '12']);
    expect(addKey({ '3': 1 }, '3', 2)).toBeNull();
  });

  it('proposes the day after the last date', () => {
    expect(nextDate([], '2026-03-01')).toBe('2026-03-01');
    expect(nextDate(['2026-02-28', '2026-01-01'], 'x')).toBe('2026-03-01');
    expect(nextDate(['2026-12-31'], 'x')).toBe('2027-01-01');
  });
});

describe('rebalancing shares', () => {
  it('scales shares to exactly 100 % at 0.01 %', () => {
    const out = rebalanced([0.18, 0.12, 0.2, 0.1, 0.1, 0.08, 0.08, 0.05, 0.05, 0.09]);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(out[0]).toBe(0.1714); // 0.18 / 1.05
    expect(rebalanced([1, 1, 1])).toEqual([0.3334, 0.3333, 0.3333]);
    expect(rebalanced([0, 0])).toEqual([0.5, 0.5]);
    expect(rebalanced([0.5, 0.5])).toEqual([0.5, 0.5]);
  });
});
