import { describe, expect, it } from 'vitest';
import { rankHalls } from '../../../sim/batch/province.ts';
import { formatters } from '../../charts/format.ts';
import { chartsEn } from '../../i18n/charts.en.ts';
import { chartsZh } from '../../i18n/charts.zh-CN.ts';
import { provinceEn } from '../../i18n/province.en.ts';
import { provinceZh } from '../../i18n/province.zh-CN.ts';
import {
  headline,
  mayBeChance,
  shareSure,
  staffHoursLine,
  waitChange,
  windowTotals,
  type Say,
} from './province-words.ts';
import { compare, hall, plan, province, sim } from './testing/halls.ts';

const zh: Say = { t: provinceZh, charts: chartsZh, fmt: formatters('zh-CN') };
const en: Say = { t: provinceEn, charts: chartsEn, fmt: formatters('en') };

// a: 78% ± 3% (short by 12 points, surely), b: 88% ± 3% (short, the target inside its range),
// c: meets it, d: not simulated; plans need 5 → 8, 6 → 6, 4 → 7 windows, d has none.
const p = province([
  hall('c', sim(0.95, 0.01), plan(6, [200, 210]), 6),
  hall('b', sim(0.88, 0.03), plan(7, [100, 150]), 4),
  hall('a', sim(0.78, 0.03), plan(8, [120, 160]), 5, compare(-1.5, 0.4)),
  hall('d', null, null, 3),
]);

describe('the province’s first line', () => {
  it('says how many halls fall short, the furthest with its range, chance, and the windows needed (zh)', () => {
    expect(headline(zh, p)).toBe(
      '4 个办税厅中，2 个未达到服务目标（15 分钟内办理的占 90%）。' +
        '差距最大的是a厅：达标率 78%（有 95% 的把握在 75% 到 81% 之间），目标 90%。' +
        '其中b厅的目标在 95% 把握的范围之内，差距可能只是随机波动。' +
        '另有 1 个未仿真。' +
        '按排班规划（每个时段都达到目标），高峰时段共需增加 6 个窗口，涉及 2 个办税厅，最多的是a厅，需增加 3 个。' +
        '（1 个办税厅未做排班规划。）',
    );
  });

  it('says the same in English', () => {
    expect(headline(en, p)).toBe(
      'Of 4 halls, 2 fall short of the service target (90% start within 15 min). ' +
        'Furthest from it: Hall a, where 78% start within the target wait (95% sure it is between 75% and 81%; target 90%). ' +
        'For Hall b, the target lies within the 95% range: the shortfall may be chance. ' +
        '1 not simulated. ' +
        'The staffing plans (every half hour on target) need 6 more windows at the peak, in 2 halls; the most at Hall a: 3 more. ' +
        '(1 hall without a plan.)',
    );
  });

  it('says when every hall meets its target and the plans need no more windows', () => {
    const ok = province([hall('x', sim(0.95, 0.01), plan(4), 5), hall('y', sim(0.92, 0.01), plan(5), 5)]);
    expect(headline(zh, ok)).toBe(
      '2 个办税厅全部达到服务目标（15 分钟内办理的占 90%）。按排班规划，现有窗口已经够用。',
    );
    expect(headline(en, ok)).toBe(
      'All 2 halls meet their service target (90% start within 15 min). The staffing plans need no more windows than are installed.',
    );
  });

  it('leaves the target out of the count when the halls’ targets differ, and says so without plans', () => {
    const mixed = province([hall('x', sim(0.8, 0.02, 0.85), null), hall('y', sim(0.92, 0.01, 0.9), null)]);
    expect(headline(zh, mixed)).toBe(
      '2 个办税厅中，1 个未达到服务目标。差距最大的是x厅：达标率 80%（有 95% 的把握在 78% 到 82% 之间），目标 85%。' +
        '各办税厅都未做排班规划，尚不知道需要多少窗口。',
    );
  });
});

describe('the figures in words', () => {
  it('gives a share’s range to as many digits as it needs', () => {
    expect(shareSure(zh, { mean: 0.9956, halfWidth: 0.0004 })).toBe('有 95% 的把握在 99.5% 到 99.6% 之间');
    expect(shareSure(zh, { mean: 0.9956, halfWidth: 0.0019 })).toBe('有 95% 的把握在 99% 到 100% 之间');
    expect(shareSure(en, { mean: 0.5, halfWidth: null })).toBe('one replication so far, no range yet');
  });

  it('calls a shortfall chance only when the target lies within the range', () => {
    expect(mayBeChance(hall('x', sim(0.88, 0.03), null))).toBe(true);
    expect(mayBeChance(hall('x', sim(0.88, 0.01), null))).toBe(false);
    expect(mayBeChance(hall('x', sim(0.95, 0.1), null))).toBe(false); // not short at all
  });

  it('adds the windows needed over the halls with a plan', () => {
    // b and a both need 3 more: the first in rank order (a, the larger shortfall) is named.
    const w = windowTotals(rankHalls(p.halls));
    expect(w).toMatchObject({ more: 6, halls: 2, planned: 3, unplanned: 1 });
    expect(w.top?.id).toBe('a');
  });

  it('sums the staff-hours of the planned halls', () => {
    expect(staffHoursLine(zh, p)).toBe('做了规划的办税厅，全期窗口人时：现状 420 → 规划 520（+24%）。');
    expect(staffHoursLine(en, province([hall('d', null, null)]))).toBeNull();
  });

  it('says the what-if’s change of the mean wait with its range and whether it is clear', () => {
    expect(waitChange(zh, p.halls[2])).toEqual({ value: '−1.50', range: '−1.90 到 −1.10', unclear: false });
    expect(waitChange(en, hall('x', null, null, 5, compare(0.1, 0.3)))).toEqual({
      value: '+0.10',
      range: '−0.20 to +0.40',
      unclear: true,
    });
    expect(waitChange(zh, p.halls[0])).toBeNull();
  });
});
