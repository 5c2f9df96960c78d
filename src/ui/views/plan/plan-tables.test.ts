import { beforeAll, describe, expect, it } from 'vitest';
import { DAY_TYPES } from '../../../sim/scenario/index.ts';
import { METHODS, STAFFING_KEYS, type Plan } from '../../../sim/plan/recommendation.ts';
import { parseTarget } from '../../../sim/plan/target.ts';
import { formatters } from '../../charts/format.ts';
import { planEn } from '../../i18n/plan.en.ts';
import { planZh } from '../../i18n/plan.zh-CN.ts';
import { dayChart, dayChartCsv, dayChartSummary, dayChartTooltip, hourTicks, LINE_ORDER } from './day-chart.ts';
import { belowTarget, defaultDayType, intervalCsv, intervalRows, presentDayTypes, windowHours } from './intervals.ts';
import { methodRows } from './methods.ts';
import { hoursFigures, meetsFigures, targetLines, workingDays } from './summary.ts';
import { demoPlan, smallPlan } from './test-fixtures.ts';

let small: Plan;
let demo: Plan;
beforeAll(async () => {
  small = await smallPlan();
  demo = await demoPlan();
}, 60_000);

describe('the interval table', () => {
  it('sums the plan’s own arrays on the M/M/10 check (one ordinary day, one group, 24 hours)', () => {
    expect(presentDayTypes(small)).toEqual(['ordinary']);
    expect(defaultDayType(small, null)).toBe('ordinary');
    expect(defaultDayType(small, 'filing')).toBe('ordinary');
    const rows = intervalRows(small, 'ordinary');
    expect(rows).toHaveLength(24);
    expect(rows[0]).toMatchObject({ start: '00:00', end: '01:00', installed: 10 });
    expect(rows[23].end).toBe('24:00');
    rows.forEach((r, k) => {
      expect(r.arrivals).toBeCloseTo(small.demand[0].ordinary.rate[k] * 60, 9);
      for (const key of STAFFING_KEYS) expect(r.windows[key]).toBe(small.staffing[key][0].ordinary[k]);
      expect(r.windows.scenario).toBe(10);
      expect(r.plan).toEqual(small.evaluation.recommended.hallIntervals.ordinary[k]);
      expect(r.now).toEqual(small.evaluation.scenario.hallIntervals.ordinary[k]);
    });
    // About 8 taxpayers a minute join: 480 an hour.
    const mean = rows.reduce((a, r) => a + r.arrivals, 0) / rows.length;
    expect(mean).toBeGreaterThan(440);
    expect(mean).toBeLessThan(520);
    // One group: the group's rows are the hall's.
    expect(intervalRows(small, 'ordinary', 0)).toEqual(rows);
    const hours = windowHours(rows, 60);
    for (const key of STAFFING_KEYS) expect(hours[key]).toBeCloseTo(small.staffHours[key].perDay.ordinary, 9);
    expect(hours.installed).toBe(240);
  });

  it('adds the window groups up to the hall on the demo hall, for every kind of day', () => {
    expect(presentDayTypes(demo)).toEqual(['ordinary', 'filing', 'deadline']);
    expect(defaultDayType(demo, null)).toBe('filing');
    expect(defaultDayType(demo, 'deadline')).toBe('deadline');
    for (const type of presentDayTypes(demo)) {
      const hall = intervalRows(demo, type);
      const groups = demo.groups.map((_, g) => intervalRows(demo, type, g));
      expect(hall).toHaveLength(16);
      hall.forEach((r, k) => {
        expect(r.arrivals).toBeCloseTo(
          groups.reduce((a, rows) => a + rows[k].arrivals, 0),
          9,
        );
        expect(r.windows.required).toBe(groups.reduce((a, rows) => a + rows[k].windows.required, 0));
        expect(r.windows.recommended).toBe(demo.staffing.recommended.reduce((a, g) => a + g[type][k], 0));
        expect(r.installed).toBe(16);
        expect(groups[1][k].plan).toEqual(
          demo.evaluation.recommended.cells[1][type][k].joined > 0
            ? demo.evaluation.recommended.cells[1][type][k]
            : null,
        );
      });
      const hours = windowHours(hall, 30);
      for (const key of STAFFING_KEYS) expect(hours[key]).toBeCloseTo(demo.staffHours[key].perDay[type], 9);
    }
    expect(intervalRows(demo, 'filing')[0]).toMatchObject({ start: '09:00', end: '09:30' });
  });

  it('marks intervals below a per-interval target only', () => {
    const cell = { mean: 0.85, halfWidth: 0.02, joined: 40 };
    expect(belowTarget(small, 'ordinary', cell)).toBe(true);
    expect(belowTarget(small, 'ordinary', { ...cell, mean: 0.9 })).toBe(false);
    expect(belowTarget(small, 'ordinary', null)).toBe(false);
    const daily = { ...small, target: { text: '', perDayType: parseTarget('wait<=15min@90%/day') } };
    expect(belowTarget(daily, 'ordinary', cell)).toBe(false);
  });

  it('writes every kind of day, the hall and each group, as CSV rows', () => {
    const csv = intervalCsv(demo, planZh, 'zh-CN');
    expect(csv.header).toHaveLength(18);
    expect(csv.header[0]).toBe('办税服务厅');
    expect(csv.rows).toHaveLength(3 * (1 + 4) * 16);
    expect(csv.rows.every((r) => r.length === 18)).toBe(true);
    // Every row names the hall; the rest as before.
    expect(new Set(csv.rows.map((r) => r[0]))).toEqual(new Set([demo.scenario.name.zh]));
    const first = csv.rows[0].slice(1);
    const hall = intervalRows(demo, 'ordinary')[0];
    expect(first.slice(0, 4)).toEqual(['平日', '全部窗口组', '09:00', '09:30']);
    expect(first[4]).toBeCloseTo(hall.arrivals, 2);
    expect(first.slice(5, 12)).toEqual([
      hall.windows.sipp,
      hall.windows.laggedSipp,
      hall.windows.mol,
      hall.windows.required,
      hall.windows.recommended,
      16,
      hall.windows.scenario,
    ]);
    expect(first[16]).toBe(0.9);
    expect(csv.rows[16][2]).toBe('综合窗口');
    expect(intervalCsv(demo, planEn, 'en').rows[16][2]).toBe('General windows');
    expect(intervalCsv(demo, planEn, 'en').rows[16][0]).toBe(demo.scenario.name.en);
    const deadlineGreen = csv.rows.find((r) => r[1] === '申报截止日' && r[2] === '绿色通道' && r[3] === '10:00')!;
    expect(deadlineGreen[9]).toBe(demo.staffing.required[2].deadline[2]);
  });
});

describe('the chart of a kind of day', () => {
  it('draws the arrivals and the windows of each method from the table', () => {
    const c = dayChart(demo, 'filing', planEn);
    const rows = intervalRows(demo, 'filing');
    expect(c.count).toBe(16);
    expect(c.arrivals).toEqual(rows.map((r) => r.arrivals));
    expect(c.lines.map((l) => l.key)).toEqual([...LINE_ORDER]);
    for (const l of c.lines) expect(l.values).toEqual(rows.map((r) => r.windows[l.key]));
    expect(c.installed).toBe(16);
    const most = Math.max(16, ...c.lines.flatMap((l) => l.values));
    expect(c.windowsTop).toBeGreaterThanOrEqual(most);
    expect(c.arrivalsTop).toBeGreaterThanOrEqual(Math.max(...c.arrivals));
    expect(c.ticks.map((t) => t.label)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ]);
    expect(c.ticks.map((t) => t.at)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16]);
    expect(hourTicks(intervalRows(small, 'ordinary'), 60).map((t) => t.label)).toEqual([
      '00:00',
      '03:00',
      '06:00',
      '09:00',
      '12:00',
      '15:00',
      '18:00',
      '21:00',
      '24:00',
    ]);
  });

  it('says the same in its tooltip, summary and CSV', () => {
    const c = dayChart(demo, 'filing', planEn);
    const fmt = formatters('en');
    const tip = dayChartTooltip(c, 2, planEn, fmt);
    expect(tip[0]).toBe('10:00–10:30');
    expect(tip).toContain(`Required (simulation): ${c.rows[2].windows.required} window(s)`);
    expect(tip[tip.length - 1]).toBe('Installed windows: 16 window(s)');
    const peak = c.arrivals.indexOf(Math.max(...c.arrivals));
    const required = c.lines.find((l) => l.key === 'required')!.values;
    const summary = dayChartSummary(demo, c, planEn, fmt);
    expect(summary).toContain(`most arrivals at ${c.rows[peak].start}`);
    expect(summary).toContain(`needs at most ${Math.max(...required)} windows`);
    expect(summary).toContain(`${fmt.number(demo.staffHours.required.perDay.filing, 1)} needed`);
    const zh = dayChartSummary(demo, dayChart(demo, 'filing', planZh), planZh, formatters('zh-CN'));
    expect(zh).toContain(`申报期：到达高峰在 ${c.rows[peak].start}`);
    const csv = dayChartCsv(c, planEn);
    expect(csv.rows).toHaveLength(16);
    expect(csv.rows[2]).toEqual([
      '10:00',
      '10:30',
      Math.round(c.arrivals[2] * 100) / 100,
      c.rows[2].windows.required,
      c.rows[2].windows.recommended,
      c.rows[2].windows.sipp,
      c.rows[2].windows.laggedSipp,
      c.rows[2].windows.mol,
      c.rows[2].windows.scenario,
      16,
    ]);
    expect(csv.header).toHaveLength(csv.rows[0].length);
  });
});

describe('the summary and the methods', () => {
  it('gives window-hours against now and the intervals meeting the target, from the plan', () => {
    const hours = hoursFigures(demo);
    expect(hours.map((h) => h.key)).toEqual(['required', 'recommended', 'scenario']);
    expect(hours[0].total).toBe(demo.staffHours.required.total);
    expect(hours[1].versusNow).toBeCloseTo(demo.staffHours.recommended.total - demo.staffHours.scenario.total, 9);
    expect(hours[2].versusNow).toBe(null);
    expect(hours[0].perDay).toEqual(
      presentDayTypes(demo).map((type) => ({ type, hours: demo.staffHours.required.perDay[type] })),
    );
    // Required window-hours over the horizon: per day × days of each kind.
    expect(hours[0].total).toBeCloseTo(
      DAY_TYPES.reduce((a, d) => a + demo.staffHours.required.perDay[d] * demo.days[d], 0),
      9,
    );
    expect(workingDays(demo)).toBe(6);
    const meets = meetsFigures(demo);
    expect(meets.map((m) => m.key)).toEqual(['required', 'recommended', 'sipp', 'scenario']);
    for (const m of meets) {
      // One meaning of "meets the target" (attainment.ts): the whole period, and the hall's intervals.
      const a = demo.evaluation[m.key].attainment;
      expect([m.met, m.total]).toEqual([a.intervals.met, a.intervals.total]);
      expect(m.within!.mean).toBe(a.period.mean);
      expect(m.within!.halfWidth).toBe(a.period.halfWidth);
      expect(m.met).toBeLessThanOrEqual(m.total);
    }
    // The intervals: every kind of day × interval of the whole hall with joiners counts.
    const hall = presentDayTypes(demo)
      .flatMap((d) => demo.evaluation.recommended.hallIntervals[d])
      .filter((c) => c.joined > 0);
    expect(meets[1].total).toBe(hall.length);
    expect(meets[1].met).toBe(hall.filter((c) => c.mean >= 0.9).length);
  });

  it('puts the target in words, grouping the kinds of day that share one', () => {
    expect(targetLines(parseTarget('wait<=15min@90%'), planEn, formatters('en'))).toEqual([
      'Every kind of day: at least 90% of the taxpayers who join a window line are served within 15 minutes, in every interval.',
    ]);
    expect(
      targetLines(
        parseTarget('filing:wait<=20min@85%/day;wait<=15min@90%,mean<=8min,abandon<=5%'),
        planZh,
        formatters('zh-CN'),
      ),
    ).toEqual([
      '平日、申报截止日：进入窗口排队的纳税人中，至少 90% 在 15 分钟内开始办理，逐时段考核；平均等候不超过 8 分钟；中途离开不超过 5%。',
      '申报期：进入窗口排队的纳税人中，至少 85% 在 20 分钟内开始办理，按全天合计考核。',
    ]);
  });

  it('lists every staffing with its hours, its evaluation and the method that made it', () => {
    const rows = methodRows(demo);
    expect(rows.map((r) => r.key)).toEqual([...STAFFING_KEYS]);
    for (const r of rows) {
      expect(r.total).toBe(demo.staffHours[r.key].total);
      expect(r.how).toBe(METHODS[r.key]);
      expect(r.perDay.map((p) => p.type)).toEqual(['ordinary', 'filing', 'deadline']);
    }
    expect(rows.find((r) => r.key === 'mol')!.meets).toBe(null);
    expect(rows.find((r) => r.key === 'laggedSipp')!.meets).toBe(null);
    expect(rows.find((r) => r.key === 'sipp')!.meets).toEqual({
      met: demo.evaluation.sipp.met,
      total: demo.evaluation.sipp.total,
    });
  });
});
