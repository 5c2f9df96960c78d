/**
 * The backtest verdict names the intervals where simulation and log disagree: worst first (by how
 * far outside the prediction interval), each with its figures, tickets per day when they differ
 * too, and what may cause them by the direction of the misses. On the demo month (which meets the
 * criterion) the list agrees with the summary's coverage.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BacktestCell, BacktestResult } from '../../../sim/history/backtest.ts';
import { formatters } from '../../charts/format.ts';
import { historyEn } from '../../i18n/history.en.ts';
import { historyZh } from '../../i18n/history.zh-CN.ts';
import { divergences, divergenceText, leaning } from './backtest-diverge.ts';
import { backtestZh } from './test-fixtures.ts';

/** A counted cell: observed against simulated mean wait (band ± pi) and share within target. */
function cell(
  dayType: BacktestCell['dayType'],
  interval: number,
  obs: number,
  sim: number,
  pi: number,
  within: [number, number, number] = [0.9, 0.9, 0.1],
  tickets: [number, number] = [20, 20],
): BacktestCell {
  return {
    dayType,
    interval,
    start: 9 * 60 + interval * 30,
    observed: { ticketsPerDay: tickets[0], joined: 100, served: 100, meanWait: obs, withinShare: within[0] },
    simulated: {
      ticketsPerDay: tickets[1],
      meanWait: sim,
      meanWaitCi: pi / 4,
      meanWaitPi: pi,
      withinShare: within[1],
      withinCi: within[2] / 4,
      withinPi: within[2],
    },
    counted: true,
    waitInside: Math.abs(obs - sim) <= pi,
    withinInside: Math.abs(within[0] - within[1]) <= within[2],
  };
}

const zhWords = { diverge: historyZh.decisions.diverge, dayTypes: historyZh.dayTypes, minutes: historyZh.minutes };
const enWords = { diverge: historyEn.decisions.diverge, dayTypes: historyEn.dayTypes, minutes: historyEn.minutes };

describe('the intervals that diverge', () => {
  const cells = [
    cell('filing', 0, 4, 4.5, 2),
    cell('filing', 2, 6.3, 12.1, 3), // 10:00–10:30, 1.9 half-widths out
    cell('deadline', 5, 8, 20, 4, [0.9, 0.6, 0.1], [30, 45]), // 11:30–12:00, 3 half-widths out, share and tickets too
    cell('ordinary', 3, 2, 2.2, 1, [0.95, 0.8, 0.05]), // only the share within target is out
    { ...cell('filing', 9, 1, 30, 1), counted: false }, // too few served: never named
  ];
  const bt = { cells, targetMinutes: 15 } as Pick<BacktestResult, 'cells' | 'targetMinutes'>;

  it('lists the counted intervals outside, worst first, with their figures (zh)', () => {
    expect(divergences(bt).map((d) => [d.cell.dayType, d.cell.interval])).toEqual([
      ['deadline', 5],
      ['ordinary', 3],
      ['filing', 2],
    ]);
    const text = divergenceText(bt, zhWords, formatters('zh-CN'));
    expect(text.items).toEqual([
      '申报截止日 11:30–12:00（模拟平均等候 20 分钟，记录 8 分钟，超出区间；15 分钟内办理：模拟 60%，记录 90%，超出区间；日均取号：模拟 45 张，记录 30 张）',
      '平日 10:30–11:00（15 分钟内办理：模拟 80%，记录 95%，超出区间）',
      '申报期 10:00–10:30（模拟平均等候 12.1 分钟，记录 6.3 分钟，超出区间）',
    ]);
    expect(text.cause).toBe(historyZh.decisions.diverge.longer);
    expect(text.cause).toMatch(/窗口数.*办理时长.*到达/);
    expect(text.arrivals).toBe(historyZh.decisions.diverge.arrivals);
    expect(text.more).toBeNull();
  });

  it('…in English, and counts those not listed', () => {
    const text = divergenceText(bt, enWords, formatters('en'), 2);
    expect(text.items[1]).toBe(
      'Ordinary days 10:30–11:00 (served within 15 min: simulated 80%, observed 95%, outside the interval)',
    );
    expect(text.more).toBe('1 more interval(s) outside: see the rows marked “no” in the tables below.');
  });

  it('says which way the misses lean', () => {
    const shorter = { cells: [cell('filing', 2, 12, 4, 2), cell('filing', 3, 10, 5, 2)], targetMinutes: 15 };
    expect(leaning(divergences(shorter))).toBe('shorter');
    expect(leaning(divergences({ cells: [cell('filing', 2, 12, 4, 2), cell('filing', 3, 4, 12, 2)] }))).toBe('mixed');
    expect(
      divergenceText({ cells: [cell('filing', 0, 4, 4.5, 2)], targetMinutes: 15 }, zhWords, formatters('zh-CN')),
    ).toEqual({ items: [], more: null, cause: null, arrivals: null });
  });
});

describe('on the demo month', () => {
  let bt: BacktestResult;
  beforeAll(async () => {
    bt = await backtestZh(3);
  }, 60_000);

  it('names exactly the counted intervals the coverage counts as outside', () => {
    const counted = bt.cells.filter((c) => c.counted && c.observed.meanWait !== null);
    const outsideWait = counted.filter((c) => !c.waitInside).length;
    expect(outsideWait / counted.length).toBeCloseTo(1 - bt.summary.waitCoverage, 12);
    expect(divergences(bt).filter((d) => d.wait)).toHaveLength(outsideWait);
  });
});
