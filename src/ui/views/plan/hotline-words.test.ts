import { describe, expect, it } from 'vitest';
import { makePlan } from '../../../sim/plan/recommendation.ts';
import { parseTarget } from '../../../sim/plan/target.ts';
import { simulateInThread } from '../../../sim/results/simulate.ts';
import { type Scenario, validateScenario } from '../../../sim/scenario/index.ts';
import { demo } from '../../../sim/scenario/validate-fixtures.ts';
import { formatters } from '../../charts/format.ts';
import { planEn } from '../../i18n/plan.en.ts';
import { planZh } from '../../i18n/plan.zh-CN.ts';
import { hotlineMethod, hotlinePool } from './hotline-words.ts';

/** The demo hall with phones 08:00–20:00 (pooling is offered) or around the clock (it is not). */
function scenario(allDay: boolean): Scenario {
  const s = demo() as unknown as Scenario;
  s.calendar.days = 3;
  const day = Array<number>(allDay ? 48 : 24).fill(12);
  s.hotline = {
    callsPerDay: { ordinary: 1500, filing: 1500, deadline: 1500, closed: 1500 },
    profile: allDay ? [{ start: '00:00', end: '24:00', share: 1 }] : [{ start: '08:00', end: '20:00', share: 1 }],
    agents: {
      hours: allDay ? '24h' : { start: '08:00', end: '20:00' },
      seats: 30,
      schedule: { ordinary: day, filing: day, deadline: day, closed: day },
    },
    handling: { kind: 'exponential', mean: 4 },
    patience: { kind: 'exponential', mean: 2 },
  };
  expect(validateScenario(s)).toEqual([]);
  return s;
}

const plan = (s: Scenario) =>
  makePlan(s, simulateInThread, {
    targets: parseTarget('wait<=15min@80%'),
    replications: 2,
    seed: 3,
    kiosks: false,
    staggered: false,
    backOffice: false,
    frontier: false,
  });

describe('the plan page’s words for the 12366 agents', () => {
  it('say how the agents were planned, and what one roster over windows and phones saves', async () => {
    const p = await plan(scenario(false));
    const advice = p.hotline!;
    const en = formatters('en');
    const zh = formatters('zh-CN');
    const n = advice.isa!.iterations.length;
    expect(hotlineMethod(advice, planEn.hotline, en)).toMatch(
      new RegExp(`Iterative Staffing Algorithm, which simulated the hotline ${n} times`),
    );
    expect(hotlineMethod(advice, planZh.hotline, zh)).toMatch(new RegExp(`仿真热线 ${n} 轮`));
    expect(hotlineMethod(advice, planEn.hotline, en)).toContain(
      `SIPP ${en.number(advice.agentHours.sipp, 0)} agent-hours`,
    );
    const pool = hotlinePool(advice, planEn.hotline, en)!;
    expect(advice.pooled!.available).toBe(true);
    if (!advice.pooled!.available) return;
    const total = advice.pooled!.roster.total;
    expect(pool.sentence).toContain(`${en.number(total.pooled, 0)} officer-hours over the period`);
    expect(pool.sentence).toContain(`against ${en.number(total.separate, 0)}`);
    expect(pool.rows.map((r) => r.day)).toEqual(advice.pooled!.roster.days.map((d) => d.day));
    for (const r of pool.rows) {
      expect(r.pooled).toBeLessThanOrEqual(r.separate);
      expect(r.hall + r.phones).toBe(r.separate);
    }
    const lagged = { ...advice, method: 'laggedSipp' as const, isa: null };
    expect(hotlineMethod(lagged, planZh.hotline, zh)).toMatch(/^方法：滞后 SIPP/);
  }, 120_000);

  it('say why there is no pooled roster when the phones work around the clock', async () => {
    const p = await plan(scenario(true));
    const pool = hotlinePool(p.hotline!, planZh.hotline, formatters('zh-CN'))!;
    expect(pool.sentence).toMatch(/^不提供窗口与坐席合并排班：坐席 24 小时在岗/);
    expect(pool.rows).toEqual([]);
  }, 120_000);
});
