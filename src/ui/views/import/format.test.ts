import { beforeAll, describe, expect, it } from 'vitest';
import type { FitParameter } from '../../../sim/history/fit-report.ts';
import { formatters } from '../../charts/format.ts';
import {
  delimiterKey,
  duration,
  encodingName,
  fileSize,
  langOf,
  paramEstimate,
  paramInterval,
  unitKind,
} from './format.ts';
import { fitZh } from './test-fixtures.ts';

let params: Map<string, FitParameter>;
beforeAll(async () => {
  params = new Map((await fitZh()).report.parameters.map((p) => [p.key, p]));
});
const en = formatters('en');
const zh = formatters('zh-CN');

describe('numbers of the import view', () => {
  it('shows each parameter by its unit', () => {
    const share = params.get('appointments.share')!;
    expect(unitKind(share)).toBe('share');
    expect(paramEstimate(share, en, 'en')).toBe(en.percent(share.estimate, 1));
    expect(paramInterval(share, en)).toBe(`${en.percent(share.ci!.lower, 1)} – ${en.percent(share.ci!.upper, 1)}`);
    const mean = params.get('types.invoice.service.mean')!;
    expect(unitKind(mean)).toBe('minutes');
    expect(paramEstimate(mean, zh, 'zh')).toBe(`${zh.number(mean.estimate, 2)} 分钟`);
    expect(paramEstimate(mean, en, 'en')).toBe(`${en.number(mean.estimate, 2)} minutes`);
    const daily = params.get('demand.dailyVolume')!;
    expect(paramEstimate(daily, en, 'en')).toBe(`${en.number(daily.estimate, 1)} visitors per day`);
    expect(paramEstimate(params.get('demand.class.filing')!, en, 'en')).toMatch(/^\d\.\d{1,3}$/);
    const rows = params.get('staggered.rows')!;
    expect(unitKind(rows)).toBe('count');
    expect(paramInterval(rows, en)).toBeNull();
  });

  it('sizes, durations, encodings and delimiters', () => {
    expect(fileSize(1306853, en)).toBe('1.3 MB');
    expect(fileSize(70080, en)).toBe('70 KB');
    expect(fileSize(512, en)).toBe('512 B');
    expect(fileSize(2.5e9, en)).toBe('2.5 GB');
    expect(duration(244.4, en)).toBe('244 ms');
    expect(duration(1530, en)).toBe('1.5 s');
    expect(encodingName('gb18030')).toBe('GB18030 (GBK)');
    expect(encodingName('utf-8-bom')).toBe('UTF-8 (BOM)');
    expect([',', ';', '\t'].map((d) => delimiterKey(d as ',' | ';' | '\t'))).toEqual(['comma', 'semicolon', 'tab']);
    expect(langOf('en')).toBe('en');
    expect(langOf('zh-CN')).toBe('zh');
  });
});
