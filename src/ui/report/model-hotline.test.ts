/**
 * The report's 12366 section says what the run and the plan say: present only when the scenario
 * has a hotline; the service level within the first threshold, hang-ups, redials and occupancy
 * are the run's estimates, each with its 95% interval in words; the calls about matters moved
 * online are the run's; the plan's advice is in the plan page's words (views/plan/hotline-words.ts),
 * its intervals in words too. The sections present are numbered in turn.
 */
import { describe, expect, it } from 'vitest';
import { planHotline } from '../../sim/plan/hotline-plan.ts';
import type { Plan } from '../../sim/plan/recommendation.ts';
import type { MetricEstimate } from '../../sim/results/merge.ts';
import type { Scenario } from '../../sim/scenario/index.ts';
import { chartContext } from '../charts/context.ts';
import { formatters } from '../charts/format.ts';
import { contextFor, loadScenario } from '../charts/testing/fixtures.ts';
import { chartsZh } from '../i18n/charts.zh-CN.ts';
import { planEn } from '../i18n/plan.en.ts';
import { planZh } from '../i18n/plan.zh-CN.ts';
import { hotlineLine, hotlineMethod, hotlinePool } from '../views/plan/hotline-words.ts';
import { percentEstimate } from '../views/plan/format.ts';
import type { ReportInput } from './input.ts';
import { reportMessages } from './messages.ts';
import { chineseNumber } from './messages.zh-CN.ts';
import { hotlineSection } from './model-hotline.ts';
import { reportModel } from './model.ts';
import { shareInterval } from './words.ts';

/** The city-hotline preset, a week, with a fifth of the filing matters moved online. */
function cityWeek(): Scenario {
  const s = loadScenario('city-hotline');
  s.calendar.days = 7;
  s.online = { ...s.online, shift: { filing: 0.2 }, callShare: 0.25 };
  return s;
}

const scenario = cityWeek();
const ctx = contextFor(scenario, 3);
const merged = ctx.merged;
const made = { at: '2026-12-06T12:00:00.000Z', seed: merged.seed, replications: merged.replications };
const input = (plan: Plan | null): ReportInput => ({ scenario, merged, plan, history: null, made });
const pct = (locale: 'en' | 'zh-CN', v: number) => `${formatters(locale).fixed(100 * v, 1)}%`;

describe('the report’s 12366 section', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`gives the run’s service level, hang-ups, redials and occupancy with their intervals in words (${locale})`, () => {
      const m = reportModel(input(null), locale);
      const h = m.hotline!;
      expect(h).not.toBeNull();
      expect(h.raw.seconds).toBe(20);
      const by = Object.fromEntries(h.figures.map((f) => [f.id, f]));
      const ids: [string, string][] = [
        ['hotline-level', 'hotline.serviceLevel.20s'],
        ['hotline-abandon', 'hotline.abandonShare'],
        ['hotline-redial', 'hotline.redialShare'],
        ['hotline-occupancy', 'hotline.occupancy'],
      ];
      for (const [id, metric] of ids) {
        const e = merged.metrics[metric];
        expect(by[id].raw, id).toBe(e.mean);
        expect(by[id].text).toBe(pct(locale, e.mean));
        expect(by[id].interval).toBe(shareInterval(e, formatters(locale), m.t));
        expect(by[id].interval).toContain(pct(locale, Math.max(0, e.mean - e.halfWidth!)).slice(0, -2));
      }
      // The answer first: the service level and its interval, in words.
      const level = merged.metrics['hotline.serviceLevel.20s'];
      expect(h.lead).toContain(pct(locale, level.mean));
      expect(h.lead).toContain(by['hotline-level'].interval);
      // No plan: the section says the agents were not planned.
      expect(h.advice).toEqual([m.t.hotline.noAdvice]);
      expect(h.raw.hours).toBeNull();
    });

    it(`counts the matters moved online and the calls they brought, as the run has them (${locale})`, () => {
      const h = reportModel(input(null), locale).hotline!;
      const moved = merged.metrics['online.moved'];
      const calls = merged.metrics['hotline.fromOnline'];
      expect(moved.mean).toBeGreaterThan(0);
      expect(h.raw.online).toEqual({ moved: moved.mean, calls: calls.mean });
      const fmt = formatters(locale);
      expect(h.online).toContain(fmt.number(moved.mean, 0));
      expect(h.online).toContain(fmt.number(calls.mean, 0));
      expect(h.figures.find((f) => f.id === 'hotline-from-online')!.raw).toBe(calls.mean);
    });
  }

  it('writes a share’s interval to two decimals when one would give both ends alike', () => {
    const t = reportMessages('zh-CN');
    const fmt = formatters('zh-CN');
    expect(shareInterval({ mean: 0.017, halfWidth: 0.0004, n: 3 }, fmt, t)).toBe('有 95% 的把握在 1.66% 到 1.74% 之间');
    expect(shareInterval({ mean: 0.882, halfWidth: 0.002, n: 3 }, fmt, t)).toBe('有 95% 的把握在 88.0% 到 88.4% 之间');
    expect(shareInterval({ mean: 0.999, halfWidth: 0.004, n: 3 }, fmt, t)).toBe('有 95% 的把握在 99.5% 到 100.0% 之间');
    expect(shareInterval({ mean: 0.5, halfWidth: null, n: 1 }, fmt, t)).toBe(t.figures.single);
  });

  it('numbers the sections present: the hotline takes its place and the rest follow', () => {
    const zh = reportModel(input(null), 'zh-CN');
    expect(Object.keys(zh.headings)).toEqual([
      'answer',
      'figures',
      'waits',
      'hotline',
      'assumptions',
      'method',
      'reproduce',
    ]);
    expect(zh.headings.hotline).toBe('四、12366 纳税服务热线');
    expect(zh.headings.reproduce).toBe('七、复现方式');
    expect(reportModel(input(null), 'en').headings.hotline).toBe('4. The 12366 tax hotline');
    expect([1, 9, 10, 11, 12, 13, 20, 21].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十二',
      '十三',
      '二十',
      '二十一',
    ]);
  });

  it('is left out without a hotline, and the sections after it move up', () => {
    const plain = structuredClone(scenario);
    delete plain.hotline;
    delete plain.online;
    const demo = contextFor(plain, 2);
    const m = reportModel({ ...input(null), scenario: plain, merged: demo.merged }, 'zh-CN');
    expect(m.hotline).toBeNull();
    expect(m.headings.hotline).toBeUndefined();
    expect(m.headings.assumptions).toBe('四、假设与数据来源');
  });

  it('words the plan’s advice as the plan page does, with the simulated levels’ intervals in words', async () => {
    const analytic = await planHotline({ scenario, replications: 2, seed: 3 });
    const est = (mean: number, halfWidth: number): MetricEstimate => ({ mean, halfWidth, n: 3 });
    const advice = {
      ...analytic,
      evaluation: {
        current: {
          serviceLevel: est(0.712, 0.021),
          abandonShare: est(0.05, 0.004),
          occupancy: est(0.9, 0.01),
          agentMinutes: null,
        },
        recommended: {
          serviceLevel: est(0.834, 0.015),
          abandonShare: est(0.021, 0.003),
          occupancy: est(0.85, 0.01),
          agentMinutes: null,
        },
      },
    };
    const plan = { hotline: advice } as unknown as Plan;
    for (const [locale, words] of [
      ['zh-CN', planZh.hotline],
      ['en', planEn.hotline],
    ] as const) {
      const fmt = formatters(locale);
      const c = chartContext(merged, scenario, chartsZh, locale);
      const h = hotlineSection(input(plan), c, reportMessages(locale), fmt, locale)!;
      // The same first sentence as the plan page's.
      expect(h.advice[0]).toBe(hotlineLine(advice, words, fmt));
      expect(h.raw.hours).toEqual({ now: advice.agentHours.current, plan: advice.agentHours.recommended });
      expect(h.raw.level).toEqual({ now: 0.712, plan: 0.834 });
      // Simulated: the same sentence, each figure with its interval in words instead of "±".
      const t = reportMessages(locale);
      expect(h.advice[1]).toBe(
        words.simulatedWords(
          '20',
          `71.2%${t.hotline.paren(t.figures.interval('69.1%', '73.3%'))}`,
          `83.4%${t.hotline.paren(t.figures.interval('81.9%', '84.9%'))}`,
          `2.1%${t.hotline.paren(t.figures.interval('1.8%', '2.4%'))}`,
        ),
      );
      expect(h.advice[1]).not.toContain('±');
      // The plan page's sentence carries the same figures, with "±".
      expect(words.simulated('20', percentEstimate(est(0.712, 0.021), fmt, '—'), '', '')).toContain('71.2%');
      // How the agents were planned, and one roster over windows and phones, as the page says them.
      expect(h.advice).toContain(hotlineMethod(advice, words, fmt));
      const pooled = { ...advice, pooled: { available: false as const, why: { zh: '原因', en: 'the reason' } } };
      const withPool = hotlineSection(input({ hotline: pooled } as unknown as Plan), c, t, fmt, locale)!;
      expect(withPool.advice).toContain(hotlinePool(pooled, words, fmt)!.sentence);
      expect(withPool.advice[withPool.advice.length - 1]).toMatch(locale === 'en' ? /the reason$/ : /原因$/);
    }
  });
});
