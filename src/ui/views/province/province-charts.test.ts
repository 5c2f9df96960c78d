import { describe, expect, it } from 'vitest';
import { rankHalls } from '../../../sim/batch/province.ts';
import { formatters } from '../../charts/format.ts';
import { chartsEn } from '../../i18n/charts.en.ts';
import { chartsZh } from '../../i18n/charts.zh-CN.ts';
import { provinceEn } from '../../i18n/province.en.ts';
import { provinceZh } from '../../i18n/province.zh-CN.ts';
import { windowCsv, windowRows, windowSummary, withinCsv, withinRows, withinSummary } from './province-charts.ts';
import type { Say } from './province-words.ts';
import { sortHalls } from './province-sort.ts';
import { hall, plan, province, sim } from './testing/halls.ts';

const zh: Say = { t: provinceZh, charts: chartsZh, fmt: formatters('zh-CN') };
const en: Say = { t: provinceEn, charts: chartsEn, fmt: formatters('en') };

const ranked = rankHalls(
  province([
    hall('c', sim(0.95, 0.01), plan(6), 6),
    hall('b', sim(0.88, 0.03), plan(7), 4),
    hall('a', sim(0.78, 0.03), plan(8), 5),
    hall('d', null, null, 3),
  ]).halls,
);

describe('the within-target chart', () => {
  it('draws the simulated halls in rank order with their ranges and the shortfall in words', () => {
    const rows = withinRows(zh, ranked);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toMatchObject({
      low: 0.75,
      high: 0.81,
      target: 0.9,
      chance: false,
      note: '78% · 差 12.0 个百分点',
    });
    expect(rows[0].shortfall).toBeCloseTo(0.12, 12);
    expect(rows[1].chance).toBe(true);
    expect(rows[2].note).toBe('95%');
  });

  it('says in a sentence how many halls are below the target and which is furthest', () => {
    expect(withinSummary(zh, ranked)).toBe(
      '2 个办税厅的达标率低于目标（虚线，90%），差距最大的是a厅，低 12.0 个百分点。每根横条上的细线为有 95% 把握的范围。',
    );
    expect(withinSummary(en, ranked.slice(2))).toBe(
      'Every hall is at or above the target (dotted line, 90%). The thin line on each bar is its 95% range.',
    );
  });

  it('exports the figures it draws', () => {
    const csv = withinCsv(en, ranked);
    expect(csv.header).toEqual(provinceEn.charts.within.csvHeader);
    expect(csv.rows[0]).toEqual([1, 'a', 'Hall a', 0.78, 0.75, 0.81, 0.9, 0.12]);
    expect(csv.rows).toHaveLength(3);
  });
});

describe('the windows chart', () => {
  it('sets windows installed beside those needed, and says which hall needs the most more', () => {
    expect(windowRows(zh, ranked).map((r) => [r.id, r.installed, r.needed, r.note])).toEqual([
      ['a', 5, 8, '5 → 8（+3）'],
      ['b', 4, 7, '4 → 7（+3）'],
      ['c', 6, 6, '6 → 6'],
      ['d', 3, null, '已设 3 · 未做规划'],
    ]);
    expect(windowSummary(zh, ranked)).toBe(
      '2 个办税厅高峰时段所需窗口多于已设窗口，最多的是a厅：已设 5 个，需要 8 个。',
    );
    expect(windowSummary(en, ranked.slice(2, 3))).toBe(
      'Every planned hall has the windows its plan needs at the peak.',
    );
    expect(windowCsv(en, ranked).rows[3]).toEqual([4, 'd', 'Hall d', 3, null, null]);
  });
});

describe('sorting the table', () => {
  it('sorts by a column either way, unknowns last, ties in rank order', () => {
    const ids = (key: Parameters<typeof sortHalls>[1], up: boolean) =>
      sortHalls(ranked, key, up, 'en').map((h) => h.id);
    expect(ids('rank', true)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('rank', false)).toEqual(['d', 'c', 'b', 'a']);
    expect(ids('within', false)).toEqual(['c', 'b', 'a', 'd']);
    expect(ids('more', false)).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('more', true)).toEqual(['c', 'a', 'b', 'd']);
    expect(ids('hall', false)).toEqual(['d', 'c', 'b', 'a']);
  });
});
