import { beforeAll, describe, expect, it } from 'vitest';
import { expectedLoads } from '../../../sim/hall/expected-load.ts';
import { resolveScenario } from '../../../sim/hall/resolve.ts';
import { DAY_TYPES, type Scenario } from '../../../sim/scenario/index.ts';
import type { Plan } from '../../../sim/plan/recommendation.ts';
import { staffingOf } from '../../../sim/plan/staffing.ts';
import { cellInfo } from '../../editor/arrivals.ts';
import {
  cautions,
  changedRanges,
  composeScenario,
  defaultSelection,
  markedIntervals,
  predictedMarks,
  reviewParts,
} from './review.ts';
import { demoAroundDeadline, demoPlan } from './test-fixtures.ts';
import { formatters } from '../../charts/format.ts';
import { planZh } from '../../i18n/plan.zh-CN.ts';
import { planPathZh } from '../../i18n/plan-path.zh-CN.ts';
import { cautionText, partText } from './review-text.ts';

let plan: Plan;
let base: Scenario;
beforeAll(async () => {
  plan = await demoPlan();
  base = demoAroundDeadline();
}, 120_000);

/** The intervals the staffing grid itself marks "!" (any group's cell), computed as the grid does (arrivals.ts). */
function gridMarks(s: Scenario): string[] {
  const r = resolveScenario(s);
  const schedules = staffingOf(s);
  const out = new Set<string>();
  r.groups.forEach((_, g) => {
    const loads = { ok: true as const, ...expectedLoads(r, g) };
    for (const d of DAY_TYPES) {
      if (!loads.byDayType[d]) continue;
      schedules[g][d].forEach((open, k) => {
        if (cellInfo(loads, d, k, open)?.short) out.add(`${d}:${k}`);
      });
    }
  });
  return [...out].sort();
}

describe('the review before applying a plan', () => {
  it('joins the intervals that change the same way', () => {
    const r = changedRanges(plan, [12, 12, 12, 10, 10, 8], [9, 9, 12, 11, 11, 11]);
    expect(r.map((x) => `${x.start}–${x.end} ${x.before}→${x.after}`)).toEqual([
      '09:00–10:00 12→9',
      '10:30–11:30 10→11',
      '11:30–12:00 8→11',
    ]);
  });

  it('lists each change: windows per group and kind of day, installed windows, kiosks, back office', () => {
    const parts = reviewParts(plan, base, 'required');
    expect(parts.filter((p) => p.kind === 'windows').map((p) => p.id)).toEqual([
      'windows:0:ordinary',
      'windows:0:filing',
      'windows:0:deadline',
      'windows:1:ordinary',
      'windows:1:filing',
      'windows:1:deadline',
      'windows:2:filing',
      'windows:3:ordinary',
      'windows:3:filing',
      'windows:3:deadline',
    ]);
    const filing = parts.find((p) => p.id === 'windows:0:filing');
    expect(filing?.kind === 'windows' && [filing.hoursBefore, filing.hoursAfter]).toEqual([70, 71.5]);
    expect(
      parts.filter((p) => p.kind === 'installed').map((p) => p.kind === 'installed' && [p.group, p.from, p.to]),
    ).toEqual([
      [0, 12, 19],
      [1, 2, 6],
      [2, 1, 6],
      [3, 1, 4],
    ]);
    const kiosk = parts.find((p) => p.kind === 'kiosk');
    expect(kiosk?.kind === 'kiosk' && [kiosk.from, kiosk.to, kiosk.allDay]).toEqual([10, 2, true]);
    expect(kiosk?.kind === 'kiosk' && kiosk.p90 !== null).toBe(true);
    const bo = parts.find((p) => p.kind === 'backOffice');
    expect(bo?.kind === 'backOffice' && [bo.from, bo.to]).toEqual([2, 1]);
    // Raising the installed windows is a choice made explicitly.
    expect(defaultSelection(parts)).not.toContain('installed:0');
    expect(defaultSelection(parts)).toContain('kiosk:0');
  });

  it('cautions the large and risky changes: kiosks 10 → 2 in a 24-hour room, green windows 1 → 6, more than installed', () => {
    const parts = reviewParts(plan, base, 'required');
    const c = cautions(plan, base, parts, 'required');
    expect(c.filter((x) => x.kind === 'bigCut').map((x) => x.kind === 'bigCut' && [x.part, x.from, x.to])).toEqual([
      ['kiosk:0', 10, 2],
    ]);
    expect(c.filter((x) => x.kind === 'allDay').map((x) => x.part)).toEqual(['kiosk:0']);
    expect(c.filter((x) => x.kind === 'bigRise').map((x) => x.kind === 'bigRise' && [x.part, x.from, x.to])).toEqual([
      ['windows:1:deadline', 2, 6],
      ['windows:2:filing', 1, 6],
      ['windows:3:filing', 1, 4],
    ]);
    expect(
      c
        .filter((x) => x.kind === 'aboveInstalled')
        .map((x) => x.kind === 'aboveInstalled' && [x.group, x.most, x.installed]),
    ).toEqual([
      [0, 19, 12],
      [1, 6, 2],
      [2, 6, 1],
      [3, 4, 1],
    ]);
  });

  it('applies only the ticked parts, capping at the installed windows unless raised', () => {
    const parts = reviewParts(plan, base, 'required');
    const chosen = defaultSelection(parts).filter((id) => id !== 'kiosk:0');
    const s = composeScenario(plan, base, 'required', chosen);
    expect(s.kiosks?.sites[0].kiosks).toBe(10); // unticked: kept
    expect(s.backOffice?.officers).toBe(1);
    expect(s.windows.groups.map((g) => g.windows)).toEqual([12, 2, 1, 1]);
    const general = staffingOf(s)[0].deadline;
    expect(Math.max(...general)).toBe(12);
    expect(general).toEqual(plan.staffing.required[0].deadline.map((n) => Math.min(n, 12)));
    const raised = composeScenario(plan, base, 'required', [...chosen, 'installed:0']);
    expect(raised.windows.groups[0].windows).toBe(19);
    expect(staffingOf(raised)[0].deadline).toEqual(plan.staffing.required[0].deadline);
    // The base is untouched.
    expect(base.windows.groups[0].windows).toBe(12);
  });

  it('says before applying where the grid will mark "!", and the grid agrees after', () => {
    const parts = reviewParts(plan, base, 'required');
    // The whole plan: no mark, as the plan says (its workload floor leaves none).
    const all = composeScenario(
      plan,
      base,
      'required',
      parts.map((p) => p.id),
    );
    expect(plan.floor.short).toEqual([]);
    expect(predictedMarks(all)).toEqual(plan.floor.short);
    expect(gridMarks(all)).toEqual([]);
    // Capped at the installed windows: the deadline day's peak is short, and the grid marks exactly those intervals.
    const capped = composeScenario(plan, base, 'required', defaultSelection(parts));
    const predicted = markedIntervals(predictedMarks(capped)).sort();
    expect(predicted).toEqual(['deadline:0', 'deadline:2', 'deadline:3']);
    expect(gridMarks(capped)).toEqual(predicted);
    // The roster's windows too.
    const roster = composeScenario(
      plan,
      base,
      'recommended',
      reviewParts(plan, base, 'recommended').map((p) => p.id),
    );
    expect(gridMarks(roster)).toEqual(markedIntervals(predictedMarks(roster)).sort());
    // And the scenario as it was: the grid's marks are the review's rule, not another.
    expect(gridMarks(base)).toEqual(markedIntervals(predictedMarks(base)).sort());
  });

  it('words each part and caution for the director', () => {
    const fmt = formatters('zh-CN');
    const r = planPathZh.review;
    const parts = reviewParts(plan, base, 'required');
    const general = partText(
      plan,
      parts.find((p) => p.id === 'windows:0:filing')!,
      'required',
      r,
      planZh,
      fmt,
      'zh-CN',
    );
    expect(general.what).toBe('综合窗口 · 申报期');
    expect(general.reason).toBe('仿真得出的达标所需窗口数');
    expect(general.effect).toBe('每天窗口小时 70 → 71.5');
    expect(general.ranges.length).toBeLessThanOrEqual(5);
    const kiosk = partText(
      plan,
      parts.find((p) => p.kind === 'kiosk')!,
      'required',
      r,
      planZh,
      fmt,
      'zh-CN',
    );
    expect(kiosk.what).toBe('大厅自助办税区（24 小时自助办税厅）：自助终端 10 → 2 台');
    expect(kiosk.effect).toMatch(/^90% 的自助终端使用者等候不超过 [\d.]+ 分钟；至少一台可用的时间占 [\d.]+%$/);
    // Inviting to off-peak days can cost hours over the horizon while it lowers the peak: said so, not "−40 fewer".
    const more = partText(
      plan,
      { id: 'staggered', kind: 'staggered', share: 0.4, saved: 3, hoursSaved: -40 },
      'required',
      r,
      planZh,
      fmt,
      'zh-CN',
    );
    expect([more.what, more.reason, more.effect]).toEqual([
      '邀请高峰日需求的 40% 改为错峰预约',
      '高峰时可少开 3 个窗口',
      '全期多用 40 窗口小时（按各方案的估算公式）：高峰降低，其他日子更忙',
    ]);
    const c = cautions(plan, base, parts, 'required');
    expect(
      cautionText(
        plan,
        c.find((x) => x.kind === 'bigRise' && x.group === 2)!,
        r,
        'zh-CN',
      ),
    ).toBe('绿色通道：大幅增加（现在最多开 1 个，计划 6 个），请确认柜台和人员到位。');
  });
});
