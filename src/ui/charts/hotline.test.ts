import { describe, expect, it } from 'vitest';
import { channelDay } from '../../sim/hall/resolve-hotline.ts';
import {
  defaultKind,
  hotlineCsv,
  hotlineDay,
  hotlineKinds,
  hotlineLegend,
  hotlineSpec,
  hotlineSummary,
} from './hotline.ts';
import { context, contextFor, loadScenario } from './testing/fixtures.ts';

describe('the 12366 hotline chart', () => {
  const ctx = context('city-hotline', 'en', 2);

  it('offers the kinds of day in the horizon, and none without a hotline', () => {
    // March 2026: ordinary, filing and deadline working days, and weekends.
    expect(hotlineKinds(ctx)).toEqual(['ordinary', 'filing', 'deadline', 'closed']);
    expect(hotlineKinds(context('demo-hall', 'en', 2))).toEqual([]);
  });

  it('averages the days of the kind: its offered calls add up to the whole period’s', () => {
    const iv = ctx.merged.intervals.hotline!;
    let total = 0;
    for (const kind of hotlineKinds(ctx)) {
      const d = hotlineDay(ctx, kind);
      const days = Array.from({ length: ctx.merged.intervals.days }, (_, i) => i).filter(
        (i) => channelDay(ctx.resolved.calendar, i) === kind,
      );
      expect(d.days).toBe(days.length);
      total += d.offered.reduce((a, x) => a + x, 0) * d.days;
    }
    const all = iv.offered.mean.reduce((a, x) => a + x, 0);
    expect(total).toBeCloseTo(all, 6);
    // The merged total is the metric's mean (both over the counted callers; no warm-up here).
    expect(all).toBeCloseTo(ctx.merged.metrics['hotline.offered'].mean, 6);
  });

  it('draws no agent and no call outside 08:00–20:00, and the seats as the reference line', () => {
    const d = hotlineDay(ctx, 'ordinary');
    const at = (hhmm: number) => hhmm / ctx.intervalMinutes;
    expect(d.closed[at(7 * 60 + 30)]).toBe(true);
    expect(d.closed[at(8 * 60)]).toBe(false);
    expect(d.closed[at(20 * 60)]).toBe(true);
    expect(d.staffed[at(7 * 60 + 30)]).toBe(0);
    // The scenario's ordinary schedule has 19 agents from 08:00 (closing agents finish their call).
    expect(d.staffed[at(9 * 60)]).toBeCloseTo(19, 6);
    const spec = hotlineSpec(ctx, d);
    expect(spec.panels.map((p) => p.id)).toEqual(['offered', 'level', 'agents']);
    expect(spec.panels[2].refs?.[0].value).toBe(40);
    expect(spec.shades).toEqual([
      { from: 0, to: 16, label: 'No agent (outside the agents’ hours)' },
      { from: 40, to: 48, label: 'No agent (outside the agents’ hours)' },
    ]);
    // Service level per interval is a share, inside [0, 1] wherever calls were offered.
    for (const v of d.level) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
  });

  it('opens on the kind of day answered least often within 20 s', () => {
    const share = (k: ReturnType<typeof hotlineKinds>[number]) => {
      const d = hotlineDay(ctx, k);
      const offered = d.offered.reduce((a, x) => a + x, 0);
      return d.level.reduce<number>((a, x, j) => a + (x ?? 0) * d.offered[j], 0) / offered;
    };
    const worst = hotlineKinds(ctx).reduce((a, k) => (share(k) < share(a) ? k : a));
    expect(defaultKind(ctx)).toBe(worst);
  });

  it('says the whole period’s service level, hang-ups and occupancy with their intervals, in both languages', () => {
    const m = ctx.merged.metrics;
    const pct = (k: string) => ctx.fmt.pmPercent(m[k].mean, m[k].halfWidth, 1);
    const en = hotlineSummary(ctx);
    expect(en).toContain(
      `${pct('hotline.serviceLevel.20s')} of the calls offered to the agents were answered within 20 s`,
    );
    expect(en).toContain(`${pct('hotline.abandonShare')} hung up while holding`);
    expect(en).toContain(pct('hotline.occupancy'));
    const zh = hotlineSummary(context('city-hotline', 'zh-CN', 2));
    expect(zh).toContain('在 20 秒内接通');
    expect(zh).toContain('在等待中挂断');
  });

  it('has no callback sentence without callbacks', () => {
    expect(hotlineSummary(ctx)).not.toContain('callback');
    expect(hotlineSummary(context('city-hotline', 'zh-CN', 2))).not.toContain('回拨');
  });

  it('with callbacks, says the share who took one and the share made within the target, with their intervals', () => {
    const s = loadScenario('city-hotline');
    s.hotline!.callbacks = { offerAboveSeconds: 60, acceptShare: 0.6, reachShare: 0.9, withinMinutes: 45 };
    const en = contextFor(s, 2, 'en');
    const m = en.merged.metrics;
    expect(m['hotline.callbacks.accepted'].mean).toBeGreaterThan(0);
    const pct = (k: string) => en.fmt.pmPercent(m[k].mean, m[k].halfWidth, 1);
    expect(pct('hotline.callbacks.acceptShare')).toMatch(/^[\d.]+% ± [\d.]+%$/);
    const text = hotlineSummary(en);
    // The first sentence as without callbacks, then the callbacks'.
    const withoutCallbacks = {
      ...en,
      resolved: { ...en.resolved, hotline: { ...en.resolved.hotline!, callbacks: null } },
    };
    expect(text).toBe(
      `${hotlineSummary(withoutCallbacks)} Of the callers offered a callback, ${pct('hotline.callbacks.acceptShare')} took it; of the callbacks made, ${pct('hotline.callbacks.withinShare')} were made within 45 min of the request.`,
    );
    const zh = hotlineSummary(contextFor(s, 2, 'zh-CN'));
    expect(zh).toMatch(/^整个模拟期间，.*（± 为 95% 置信区间）。可预约回拨的来电中 /);
    expect(zh).toContain(
      `（± 为 95% 置信区间）。可预约回拨的来电中 ${pct('hotline.callbacks.acceptShare')} 选择了回拨；已完成的回拨中 ${pct('hotline.callbacks.withinShare')} 在预约后 45 分钟内完成。`,
    );
  });

  it('with callbacks nobody takes, says so without a share of callbacks made', () => {
    // A fresh scenario object: a run's resolution is kept per scenario object.
    const s = loadScenario('city-hotline');
    s.hotline!.callbacks = { offerAboveSeconds: 60, acceptShare: 0, reachShare: 0.9 };
    const zh = contextFor(s, 2, 'zh-CN');
    expect(zh.merged.metrics['hotline.callbacks.withinShare']).toBeUndefined();
    expect(hotlineSummary(zh)).toMatch(/。可预约回拨的来电中 0% 选择了回拨，没有完成任何回拨。$/);
  });

  it('exports one CSV row per interval and names every drawn item in the legend', () => {
    const d = hotlineDay(ctx, 'filing');
    const csv = hotlineCsv(ctx, d);
    expect(csv.rows).toHaveLength(ctx.perDay);
    expect(csv.header).toHaveLength(csv.rows[0].length);
    expect(csv.rows[18].slice(0, 3)).toEqual(['Filing days', '09:00', '09:30']);
    expect(hotlineLegend(ctx, d).map((i) => i.label)).toContain('Seats: 40');
  });
});
