import { beforeAll, describe, expect, it } from 'vitest';
import type { FitResult } from '../../../sim/history/fit.ts';
import { describeValue, fieldName, patchRows, short } from './patch.ts';
import { DEMO, fitZh } from './test-fixtures.ts';

let fit: FitResult;
beforeAll(async () => {
  fit = await fitZh();
});

describe('what the fit would change', () => {
  it('has one row per patch entry, with the value before and after in words', () => {
    const en = patchRows(fit.patch, DEMO, 'en');
    expect(en).toHaveLength(fit.patch.length);
    const daily = en.find((r) => r.key === 'demand.dailyVolume')!;
    const op = fit.patch.find((o) => o.key === 'demand.dailyVolume')!;
    expect(daily).toMatchObject({
      field: 'demand.dailyVolume',
      path: 'demand.dailyVolume',
      before: String(DEMO.demand.dailyVolume),
      after: short(op.value as number),
      changes: true,
    });
    const share = en.find((r) => r.key === 'types.invoice.share')!;
    expect(share.field).toBe(`types[0] (${DEMO.types[0].name.en}).share`);
    const service = en.find((r) => r.key === 'types.invoice.service')!;
    const spec = fit.patch.find((o) => o.key === 'types.invoice.service')!.value as { mean: number; cv: number };
    expect(service.after).toBe(`lognormal (mean ${short(spec.mean)} min, CV ${short(spec.cv)})`);
    expect(service.before).toBe('lognormal (mean 3 min, CV 0.8)');
    expect(en.filter((r) => r.changes)).toHaveLength(
      fit.patch.filter((o) => JSON.stringify(o.before) !== JSON.stringify(o.value)).length,
    );
  });

  it('names fields in Chinese as the validator does', () => {
    const zh = patchRows(fit.patch, DEMO, 'zh');
    expect(zh.find((r) => r.key === 'demand.dailyVolume')!.field).toBe('需求 › 日取号量');
    expect(zh.find((r) => r.key === 'types.invoice.share')!.field).toBe(`业务类型「${DEMO.types[0].name.zh}」 › 占比`);
    expect(zh.find((r) => r.key === 'behaviour.patience')!.after).toMatch(
      /^对数正态（均值 [\d.]+ 分钟，变异系数 [\d.]+）$/,
    );
    expect(fieldName(DEMO, ['types', 8, 'monthShares', '3'], 'zh')).toBe(
      `业务类型「${DEMO.types[8].name.zh}」 › 分月占比 › 3月`,
    );
  });

  it('describes profiles, factor lists and objects briefly', () => {
    const intraday = fit.patch.find((o) => o.key === 'demand.intraday')!;
    expect(describeValue(intraday.value, 'en')).toMatch(
      /^ordinary: 16 pieces 09:00–17:00, peak \d\d:\d\d \([\d.]+%\); filing: 16 pieces/,
    );
    expect(describeValue(intraday.before, 'zh')).toMatch(/^\d+ 个时段 08:30–17:00，高峰 10:00（17%）$/);
    expect(describeValue([1.15, 1.05, 1, 0.95], 'en')).toBe('1.15, 1.05, 1, 0.95');
    expect(describeValue({ ordinary: 0.65, filing: 1.15, deadline: 2 }, 'zh')).toBe('平日 0.65，申报期 1.15，截止日 2');
    expect(describeValue(undefined, 'en')).toBe('(none)');
    expect(short(0.123456)).toBe('0.1235');
    expect(short(361.34)).toBe('361.3');
  });
});

describe('nested values', () => {
  it('names the keys of the filing-position factors in either language', () => {
    const zh = patchRows(fit.patch, DEMO, 'zh').find((r) => r.path === 'demand.filingPositionFactors')!;
    expect(zh.before).toBe('申报期最初几个工作日（天数 2，系数 1.4）；截止前最后几个工作日（天数 3，系数 1.8）');
    const en = patchRows(fit.patch, DEMO, 'en').find((r) => r.path === 'demand.filingPositionFactors')!;
    expect(en.before).toBe('first working days (days 2, factor 1.4); last working days (days 3, factor 1.8)');
    expect(patchRows(fit.patch, DEMO, 'zh').find((r) => r.path === 'demand.dayTypeFactors')!.before).toBe(
      '平日 0.65，申报期 1.15，截止日 2',
    );
  });
});
