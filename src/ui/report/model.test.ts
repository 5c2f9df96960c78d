/**
 * The report says what the result and the plan it was built from say: every key figure, its
 * interval, the answer's three numbers, each row of recommended windows, the cost rows and the
 * charts' points come from the same numbers, in both languages. And the document the command line
 * writes is self-contained and escapes what the planner typed.
 */
import { describe, expect, it } from 'vitest';
import { DAY_TYPES } from '../../sim/scenario/index.ts';
import type { Plan } from '../../sim/plan/recommendation.ts';
import { contextFor } from '../charts/testing/fixtures.ts';
import { demoAroundDeadline, demoPlan, SEED } from '../views/plan/test-fixtures.ts';
import type { ReportInput } from './input.ts';
import { reportModel } from './model.ts';
import { cssString } from './running-head.ts';
import { reportDocument } from './ssr.ts';

const scenario = demoAroundDeadline();
const ctx = contextFor(scenario, 3);
const merged = ctx.merged;
const made = { at: '2026-12-06T12:00:00.000Z', seed: merged.seed, replications: merged.replications };

let plan: Plan;
const input = (p: Plan | null): ReportInput => ({ scenario, merged, plan: p, history: null, made });

describe('the report', () => {
  it('is built from the plan and the run (the plan takes a while to make)', async () => {
    plan = await demoPlan();
    expect(plan.settings.seed).toBe(SEED);
  }, 300_000);

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`gives the run's key figures with their intervals (${locale})`, () => {
      const m = reportModel(input(plan), locale);
      const fig = Object.fromEntries(m.figures.map((f) => [f.id, f]));
      const wait = merged.metrics['wait.all.mean'];
      expect(fig['wait-mean'].raw).toBe(wait.mean);
      expect(fig['wait-mean'].text.startsWith(m.fmt.fixed(wait.mean, 1))).toBe(true);
      expect(fig['wait-mean'].interval).toContain(m.fmt.fixed(wait.mean - wait.halfWidth!, 1));
      expect(fig['wait-mean'].interval).toContain(m.fmt.fixed(wait.mean + wait.halfWidth!, 1));
      expect(fig['wait-p90'].raw).toBe(merged.metrics['wait.all.p90'].mean);
      expect(fig.utilisation.raw).toBe(merged.metrics['windows.all.utilisation'].mean);
      expect(fig['within-target'].raw).toBe(ctx.attainment!.period.mean);
      expect(fig['within-target'].interval).toContain(
        `${m.fmt.fixed(100 * (ctx.attainment!.period.mean - ctx.attainment!.period.halfWidth), 1)}%`,
      );
    });

    it(`answers with the plan's numbers: windows, cost against today, service (${locale})`, () => {
      const m = reportModel(input(plan), locale);
      expect(m.answer.raw).toEqual({
        roster: plan.staffHours.recommended.total,
        now: plan.staffHours.scenario.total,
        required: plan.staffHours.required.total,
        share: plan.evaluation.recommended.attainment.period.mean,
        nowShare: plan.evaluation.scenario.attainment.period.mean,
      });
      const [open, cost, service] = m.answer.sentences;
      expect(cost).toContain(m.fmt.fixed(plan.staffHours.recommended.total, 1));
      expect(cost).toContain(m.fmt.fixed(plan.staffHours.scenario.total, 1));
      expect(service).toContain(`${m.fmt.fixed(100 * plan.evaluation.recommended.attainment.period.mean, 1)}%`);
      expect(service).toContain(`${m.fmt.fixed(100 * plan.evaluation.scenario.attainment.period.mean, 1)}%`);
      // The largest opening of each kind of day, as the plan asks for it.
      for (const w of m.windows) {
        const totals = Array.from({ length: plan.grid.intervals }, (_, k) =>
          plan.staffing.required.reduce((a, g) => a + g[w.day][k], 0),
        );
        const most = Math.max(...totals);
        expect(open).toContain(`${most}`);
        expect(w.most).toContain(`${most}`);
      }
    });

    it(`lists every interval's recommended windows per group as the plan has them (${locale})`, () => {
      const m = reportModel(input(plan), locale);
      expect(m.windows.map((w) => w.day)).toEqual(DAY_TYPES.filter((d) => plan.days[d] > 0));
      for (const w of m.windows) {
        const starts = w.rows.map((row) => plan.grid.labels.indexOf(row.start));
        expect(starts[0]).toBe(0);
        w.rows.forEach((row, i) => {
          const to = starts[i + 1] ?? plan.grid.intervals;
          expect(to).toBeGreaterThan(starts[i]);
          for (let k = starts[i]; k < to; k++)
            expect(row.counts).toEqual(plan.staffing.required.map((g) => g[w.day][k]));
        });
      }
    });

    it(`costs the plan against today in window-hours, kiosks and officers (${locale})`, () => {
      const m = reportModel(input(plan), locale);
      const rows = m.cost;
      expect(rows[0].raw).toEqual({ now: plan.staffHours.scenario.total, plan: plan.staffHours.recommended.total });
      const kiosks = rows.find((r) => r.item === m.t.cost.kiosks)!;
      expect(kiosks.raw).toEqual({
        now: plan.kiosks!.reduce((a, k) => a + k.installed, 0),
        plan: plan.kiosks!.reduce((a, k) => a + (k.recommended ?? k.installed), 0),
      });
      const officers = rows.find((r) => r.item === m.t.cost.officers)!;
      expect(officers.raw).toEqual({
        now: plan.backOffice!.installed,
        plan: plan.backOffice!.recommended ?? plan.backOffice!.installed,
      });
      expect(m.roster!.days.map((d) => d.people)).toEqual(
        m.roster!.days.map((d) => plan.roster.rosters[d.type]!.shifts.reduce((a, s) => a + s.count, 0)),
      );
    });
  }

  it('draws each kind of day’s waits from the run’s profiles', () => {
    const m = reportModel(input(null), 'en');
    expect(m.charts.map((c) => c.day)).toEqual(ctx.dayTypes);
    for (const c of m.charts) {
      const p = merged.profiles[c.day];
      const from = ctx.ticketWindow.from;
      c.mean.forEach((v, i) => expect(v).toBe(p.waitMean.mean[from + i]));
      c.p90.forEach((v, i) => expect(v).toBe(p.waitP90.mean[from + i]));
      c.hi.forEach((v, i) => expect(v).toBe(p.waitMean.mean[from + i] + p.waitMean.halfWidth[from + i]));
      expect(c.target).toBe(ctx.target.waitMinutes);
    }
  });

  it('names the history the scenario was fitted to, with its rows and rejected rows', () => {
    const m = reportModel(
      { ...input(null), history: { file: '2026年3月取号记录.csv', rows: 18240, rejected: 3 } },
      'zh-CN',
    );
    expect(m.assumptions).toContain(
      '按历史数据拟合：2026年3月取号记录.csv，读入 18240 行，拒绝 3 行（导入时已逐行列出行号）。',
    );
    expect(reportModel(input(null), 'en').assumptions).toContain(
      'No history was imported: arrivals and handling times are the scenario’s own settings.',
    );
  });

  it('numbers its sections in turn: with a plan and no hotline, the twelve as before', () => {
    const m = reportModel(input(plan), 'zh-CN');
    expect(m.hotline).toBeNull();
    expect(Object.values(m.headings)).toEqual([
      '一、结论',
      '二、关键指标',
      '三、何时何处等候',
      '四、建议窗口数',
      '五、排班表（整班）',
      '六、自助终端',
      '七、错峰预约邀约',
      '八、后台办理人员',
      '九、成本：与现行对比',
      '十、假设与数据来源',
      '十一、方法',
      '十二、复现方式',
    ]);
    expect(reportModel(input(plan), 'en').headings.reproduce).toBe('12. How to reproduce it');
  });

  it('says so when there is no plan, and leaves the plan’s sections out', () => {
    const m = reportModel(input(null), 'zh-CN');
    expect(m.answer.sentences[0]).toBe(m.t.answer.noPlan);
    expect([m.windows, m.cost, m.roster]).toEqual([[], [], null]);
    expect(m.headings.assumptions).toBe('四、假设与数据来源');
    expect(m.reproduce).toContain(String(merged.seed));
  });

  it('writes a self-contained document with the figures, and escapes what the planner typed', () => {
    const evil = structuredClone(scenario);
    evil.name = { zh: '</style><script>alert(1)</script>"大厅"', en: '</title><img src=x onerror=alert(1)>' };
    const html = reportDocument({ ...input(plan), scenario: evil }, 'zh-CN');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*"(?!#|data:)/i);
    expect(html).toContain(`data-value="${merged.metrics['wait.all.mean'].mean}"`);
    expect(html).toContain('@top-left');
    expect(html).toContain(`counter(page)`);
    // The running head's CSS string cannot close the style element or the string.
    expect(cssString('a"b</style>\\')).toBe('"a\\22 b\\3c /style\\3e \\5c "');
  });
});
