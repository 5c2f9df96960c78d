/**
 * The change list in words, from a fit of the synthetic demo history (data/history, GB18030) into
 * the demo scenario (the history's true scenario): the daily volume's 560 → 368.2 said as the
 * ordinary-day base it now is (the scenario's 560 × 0.65 ≈ 364 is the like figure) with the
 * re-estimated factors; the factors against the scenario's own ratios; shares in percent and
 * renormalised around the type with a March share of its own; the handling family chosen by the
 * KS test; patience from censored waits. Human names, no JSON path, no 0.18-style share.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FitResult } from '../../../sim/history/fit.ts';
import { formatters } from '../../charts/format.ts';
import { historyEn } from '../../i18n/history.en.ts';
import { historyZh } from '../../i18n/history.zh-CN.ts';
import { changeRows, type ChangeRow } from './change-why.ts';
import { DEMO, fitZh } from './test-fixtures.ts';

let fit: FitResult;
let zh: ChangeRow[];
let en: ChangeRow[];
beforeAll(async () => {
  fit = await fitZh();
  zh = changeRows(fit, DEMO, 'zh', historyZh.changes, formatters('zh-CN'));
  en = changeRows(fit, DEMO, 'en', historyEn.changes, formatters('en'));
});

const row = (rows: ChangeRow[], path: string) => rows.find((r) => r.path === path)!;
const line = (r: ChangeRow, sep = '：') => `${r.field} ${r.before} → ${r.after}${sep}${r.why}`;
const value = (path: string) => fit.patch.find((o) => o.path.join('.') === path)!.value as Record<string, number>;
const two = (v: number) => String(Number(v.toFixed(2)));

describe('the change list says how the fit got each number', () => {
  it('says the daily volume is now the ordinary-day base, with the re-estimated factors (zh)', () => {
    const f = value('demand.dayTypeFactors');
    const working = fit.report.period.days.filter((d) => d.dayClass !== null).length;
    expect(working).toBe(22);
    expect(line(row(zh, 'demand.dailyVolume'))).toBe(
      `日取号量 560 → ${fit.patch[0].value}：现为平日基数（平日系数为 1；原方案相当于 560 × 0.65 ≈ 364 人）；申报期、截止日按系数 ${two(f.filing)}、${two(f.deadline)} 放大；` +
        `系数由 22 个工作日的记录重新估计，基数随之换算，使基数 × 系数重现记录中各天的人数。`,
    );
    // The like figures agree: the scenario's ordinary day (560 × 0.65) and the fitted base differ by a few percent.
    expect(Math.abs((fit.patch[0].value as number) / (560 * 0.65) - 1)).toBeLessThan(0.05);
    expect(line(row(zh, 'demand.dayTypeFactors'))).toBe(
      `日类型系数 平日 0.65，申报期 1.15，截止日 2 → 平日 1，申报期 ${Number(f.filing.toPrecision(4))}，截止日 ${Number(f.deadline.toPrecision(4))}：` +
        `由 22 个工作日的记录重新估计，以平日为 1：申报期、截止日分别是平日的 ${two(f.filing)}、${two(f.deadline)} 倍（原方案折合 1.77、3.08 倍）。`,
    );
  });

  it('…and in English', () => {
    const f = value('demand.dayTypeFactors');
    expect(line(row(en, 'demand.dailyVolume'), ': ')).toBe(
      `Daily volume 560 → ${fit.patch[0].value}: Now the base of an ordinary day (factor 1; the scenario’s figure amounts to 560 × 0.65 ≈ 364 visitors); ` +
        `filing-period days and deadline days are ${two(f.filing)} and ${two(f.deadline)} times this; the factors were re-estimated from 22 working days of the log and the base rescaled so that base × factor reproduces the days in the log.`,
    );
  });

  it('names every field in words, shares in percent, and gives every change a sentence', () => {
    for (const rows of [zh, en]) {
      expect(rows).toHaveLength(fit.patch.length);
      for (const r of rows) {
        expect(r.field).not.toMatch(/types\[|demand\.|\.share|behaviour|appointments\./);
        // Shares in percent (18%, 12.2%), never 0.18.
        if (/share|noShow|monthShares/.test(r.path))
          expect([r.before, r.after].join(' '), r.path).toMatch(/^\d+(\.\d)?% \d+(\.\d)?%$/);
        expect(r.why, r.path).toBeTruthy();
      }
    }
    expect(line(row(zh, 'types[1].share'))).toMatch(
      /^发票代开 占比 12% → 12\.\d% ?：占记录中其余类型来访人数的 1\d\.\d%，同上按 95% 归一，故为 12\.\d%。$/,
    );
    expect(row(en, 'types[1].share').field).toBe('Proxy invoice issuing: share');
    // The first share says why the shares add up to 95%: individual income tax has its own March share.
    expect(row(zh, 'types[0].share').why).toMatch(
      /^占记录中其余类型来访人数的 [\d.]+%；个人所得税在 3 月另有分月占比，其全年占比 5% 保持不变，其余类型合计按 95% 归一，故为 [\d.]+%。$/,
    );
    expect(line(row(zh, 'types[8].monthShares["3"]'))).toMatch(
      /^个人所得税 3 月占比 15% → 1\d\.\d%：由记录直接计数：3 月个人所得税占当月来访人数的比例；全年占比不受影响。$/,
    );
    expect(row(zh, 'appointments.noShow')).toMatchObject({ field: '预约爽约比例', before: '15%' });
    expect(row(zh, 'demand.weekdayFactors').before).toBe(
      '周一 1.15，周二 1.05，周三 1，周四 0.95，周五 0.9，周六 1，周日 1',
    );
  });

  it('says the handling family was chosen by the KS test, and patience came from censored waits', () => {
    const h = fit.report.handling.find((x) => x.type === 'proxy-invoice')!;
    const pct = (v: number) => `${Number((v * 100).toFixed(1))}%`;
    const ks = h.candidates.find((c) => c.kind === 'lognormal')!.ks;
    expect(row(zh, 'types[1].service').why).toBe(
      `在对数正态和伽马两种分布中，对数正态与 ${h.n.toLocaleString('zh-CN')} 条办理记录最贴近：两者的累计比例最多相差 ${pct(ks)}，低于 5% 检验的临界值 ${pct(h.ksCritical)}（KS 检验），故选用。`,
    );
    const p = fit.report.patience!;
    expect(row(zh, 'behaviour.patience').why).toBe(
      `由 ${p.events} 张弃号被发现离开的时刻和 ${p.censored.toLocaleString('zh-CN')} 张已办理号的等候时间，按 Kaplan–Meier 方法估计：已办理的人只说明其耐心至少有那么长（删失），不能当作耐心直接平均；再选用与曲线更贴近的对数正态分布（AIC 较小）。`,
    );
    expect(row(en, 'behaviour.patience').why).toMatch(
      /^Estimated by Kaplan–Meier from when 314 tickets of taxpayers who left before service were found gone and how long [\d,]+ served tickets waited: .*censored.*smaller AIC\)\.$/,
    );
  });

  it('says a smoothed, pooled profile and a family the director forced', async () => {
    const other = await fitZh({
      smoothing: { kind: 'movingAverage', intervals: 3 },
      profile: 'pooled',
      handling: 'gamma',
    });
    const rows = changeRows(other, DEMO, 'zh', historyZh.changes, formatters('zh-CN'));
    expect(row(rows, 'demand.intraday').why).toMatch(
      /^按 [\d,]+ 张现场和预约号在各时段的取号数计算，所有日期合并为一条，再按 3 个时段移动平均平滑（高峰会略低）；各时段比例经舍入后合计为 100%。$/,
    );
    expect(row(rows, 'types[0].service').why).toMatch(
      /^按您的选择采用伽马分布，由 [\d,]+ 条办理记录拟合（与记录的累计比例最多相差 [\d.]+%）。$/,
    );
  });
});
