import { describe, expect, it } from 'vitest';
import { PROVINCE_COLUMNS, provinceCsv } from './province-columns.ts';
import type { ProvinceResult } from './province.ts';

const province: ProvinceResult = {
  kind: 'hallflow.province',
  version: 1,
  name: { zh: '测试省', en: 'Test' },
  synthetic: true,
  seed: 1,
  replications: 10,
  halls: [
    {
      id: 'ok',
      name: { zh: '甲厅', en: 'Hall A, north' },
      installed: { windows: 5, kiosks: 2 },
      simulate: {
        task: 'simulate',
        replications: 10,
        target: { waitMinutes: 15, share: 0.9 },
        within: { mean: 0.95, halfWidth: 0.01 },
        shortfall: 0,
        meanWait: null,
        p90Wait: null,
        abandoned: null,
        utilisation: null,
        arrivals: null,
      },
      plan: null,
      compare: null,
    },
    {
      id: 'short',
      name: { zh: '乙厅', en: 'Hall B' },
      installed: { windows: 4, kiosks: 0 },
      simulate: {
        task: 'simulate',
        replications: 10,
        target: { waitMinutes: 15, share: 0.9 },
        within: { mean: 0.8, halfWidth: 0.02 },
        shortfall: 0.1,
        meanWait: null,
        p90Wait: null,
        abandoned: null,
        utilisation: null,
        arrivals: null,
      },
      plan: {
        task: 'plan',
        replications: 10,
        windowsNeeded: 7,
        windowsRostered: 7,
        kiosksRecommended: null,
        staffHours: { current: 150.25, recommended: 210 },
        officers: null,
        withinCurrent: { mean: 0.8, halfWidth: 0.02 },
        withinRecommended: { mean: 0.95, halfWidth: 0.01 },
        warnings: 0,
      },
      compare: {
        task: 'compare',
        replications: 10,
        whatIf: { zh: '网上办理', en: 'online' },
        differences: [{ metric: 'wait.all.mean', asIs: 6, whatIf: 4.5, difference: { mean: -1.5, halfWidth: 0.25 } }],
      },
    },
  ],
};

describe('the province table’s columns, shared by the CLI and the app', () => {
  it('writes province.csv: BOM, headers in Chinese with English, halls in rank order', () => {
    const lines = provinceCsv(province).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF排名 rank,办税厅 hall,名称 name,英文名称 name (English),现状达标率 within target now,差距 shortfall,已设窗口 windows,所需窗口 windows needed,需增窗口 more windows,已设终端 kiosks,建议终端 kiosks advised,人时 现状→规划 staff-hours now → plan,"假设：平均等待变化 what-if: Δ mean wait, min"',
    );
    expect(lines[1]).toBe('1,short,乙厅,Hall B,80.0% ± 2.0%,10.0%,4,7,3,0,,150 → 210,-1.50 ± 0.25');
    expect(lines[2]).toBe('2,ok,甲厅,"Hall A, north",95.0% ± 1.0%,0.0%,5,,,2,,,');
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('has twelve columns, rank first', () => {
    expect(PROVINCE_COLUMNS).toHaveLength(12);
    expect(PROVINCE_COLUMNS[0].cell(province.halls[0], 3)).toBe('3');
  });
});
