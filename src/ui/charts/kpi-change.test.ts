/**
 * The effect of a change in words, in both languages: was → now as the key figures round it, the
 * difference with its 95% interval, the verdict, and how the two runs were compared.
 */
import { describe, expect, it } from 'vitest';
import { chartsEn } from '../i18n/charts.en.ts';
import { chartsZh } from '../i18n/charts.zh-CN.ts';
import type { ChangeEffect } from '../state/change-effect.ts';
import { formatters } from './format.ts';
import { changeText } from './kpi-change.ts';

const d = (was: number, now: number, halfWidth: number | null) => ({ was, now, mean: now - was, halfWidth, n: 20 });

/** Worse waits, a share within target down by a clear margin, utilisation up, the rest no different. */
const EFFECT: ChangeEffect = {
  unpaired: null,
  replications: { was: 20, now: 20 },
  seeds: { was: 20261126, now: 20261126 },
  figures: [
    { id: 'wait-mean', difference: d(4.31, 6.12, 0.42), verdict: 'worse' },
    { id: 'wait-p90', difference: d(11.2, 11.5, 0.6), verdict: 'same' },
    { id: 'within-target', difference: d(0.912, 0.875, 0.008), verdict: 'worse' },
    { id: 'utilisation', difference: d(0.801, 0.823, 0.004), verdict: 'higher' },
    { id: 'abandoned', difference: { was: 3, now: 3, mean: 0, halfWidth: 0, n: 20 }, verdict: 'none' },
    { id: 'on-time', difference: null, verdict: 'unknown' },
  ],
  intervals: { was: { met: 120, total: 145 }, now: { met: 101, total: 145 } },
  targetBefore: null,
};

describe('the effect of a change in words', () => {
  it('in Chinese', () => {
    const c = changeText(EFFECT, formatters('zh-CN'), chartsZh);
    expect(c.basis).toBe(
      '与修改前最近一次完整结果对比。两次运行到达的纳税人完全相同（同一随机种子），20 次重复逐一配对计算差值。',
    );
    expect(c.figures['wait-mean']).toEqual({
      verdict: 'worse',
      tone: 'bad',
      wasNow: '修改前 4.3 → 现在 6.1 分钟',
      difference: '差值 +1.8 分钟，95% 的把握在 +1.4 到 +2.2 分钟之间',
      verdictText: '变差了',
      extra: [],
    });
    expect(c.figures['wait-p90']!.difference).toBe('差值 +0.3 分钟，95% 的把握在 -0.3 到 +0.9 分钟之间');
    expect(c.figures['wait-p90']!.verdictText).toBe('差别不显著（可能只是随机波动）');
    expect(c.figures['within-target']).toMatchObject({
      wasNow: '修改前 91.2% → 现在 87.5%',
      difference: '差值 -3.7 个百分点，95% 的把握在 -4.5 到 -2.9 个百分点之间',
      extra: ['达标时段 120 → 101 个（共 145 个）'],
      verdictText: '变差了',
    });
    expect(c.figures.utilisation).toMatchObject({ verdictText: '升高了', tone: 'neutral' });
    expect(c.figures.abandoned).toMatchObject({
      wasNow: '修改前 3 → 现在 3 人',
      difference: null,
      verdictText: '没有变化',
    });
    expect(c.figures['on-time']).toMatchObject({ wasNow: '两次结果中不都有此项', difference: null, verdictText: '' });
  });

  it('was and now with the same decimals: 3.0 → 3.6, not 3 → 3.6', () => {
    const e: ChangeEffect = {
      ...EFFECT,
      figures: [{ id: 'wait-mean', difference: d(3.04, 3.6, 0.03), verdict: 'worse' }],
    };
    expect(changeText(e, formatters('zh-CN'), chartsZh).figures['wait-mean']!.wasNow).toBe(
      '修改前 3.0 → 现在 3.6 分钟',
    );
  });

  it('differences as precisely as their interval allows (the Compare tab’s rule)', () => {
    const e: ChangeEffect = {
      ...EFFECT,
      figures: [{ id: 'wait-mean', difference: d(4.31, 4.352, 0.012), verdict: 'worse' }],
    };
    expect(changeText(e, formatters('zh-CN'), chartsZh).figures['wait-mean']!.difference).toBe(
      '差值 +0.042 分钟，95% 的把握在 +0.030 到 +0.054 分钟之间',
    );
  });

  it('in English', () => {
    const c = changeText(EFFECT, formatters('en'), chartsEn);
    expect(c.figures['wait-mean']!.wasNow).toBe('was 4.3 → now 6.1 min');
    expect(c.figures['wait-mean']!.difference).toBe('change +1.8 min; 95% sure it is between +1.4 and +2.2 min');
    expect(c.figures['wait-mean']!.verdictText).toBe('worse');
    expect(c.figures['wait-p90']!.verdictText).toBe('no significant difference (may be just chance)');
    expect(c.figures['within-target']!.extra).toEqual(['intervals meeting the target: 120 → 101 of 145']);
  });

  it('unpaired: says why, in one sentence; a changed target and interval count are named', () => {
    const e: ChangeEffect = {
      ...EFFECT,
      unpaired: { seed: true, replications: true },
      replications: { was: 20, now: 40 },
      seeds: { was: 1, now: 2 },
      intervals: { was: { met: 120, total: 145 }, now: { met: 101, total: 140 } },
      targetBefore: { waitMinutes: 15, share: 0.9 },
    };
    expect(changeText(e, formatters('en'), chartsEn).basis).toBe(
      'Compared with the last full result before the change. Because the seed changed (1 → 2) and the number of replications changed (20 → 40), the runs cannot be compared replication by replication: they are compared as two independent results (wider intervals).',
    );
    const zh = changeText(e, formatters('zh-CN'), chartsZh);
    expect(zh.basis).toBe(
      '与修改前最近一次完整结果对比。随机种子已改（1 → 2），且重复次数已改（20 → 40），两次运行无法逐一配对，按两组独立结果比较（区间更宽）。',
    );
    expect(zh.figures['within-target']!.extra).toEqual([
      '达标时段 145 个中 120 个 → 140 个中 101 个',
      '修改前按原目标（15 分钟内、90%）计算',
    ]);
  });
});
