import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../sim/scenario/index.ts';
import { context, greenCaseContext } from '../../charts/testing/fixtures.ts';
import { diagnosisOf, diagnosisView, ROWS_PER_DAY, shareText } from './diagnosis-text.ts';

/** The green channel's hours on filing days: 14:00–16:00. */
const GREEN_HOURS = ['14:00–14:30', '14:30–15:00', '15:00–15:30', '15:30–16:00'];

describe('the diagnosis in words: the director’s case', () => {
  const zh = greenCaseContext('zh-CN');
  const en = greenCaseContext('en');
  const d = diagnosisOf(zh)!;
  const top = d.missed[0];
  const time = `${zh.fmt.time(top.start)}–${zh.fmt.time(top.start + 30)}`;

  it('answers in its first line where people wait, with the share’s range in words (zh-CN)', () => {
    const v = diagnosisView(zh, d);
    expect(v.state).toBe('missed');
    expect(GREEN_HOURS).toContain(time);
    const lo = zh.fmt.percent(Math.max(0, top.share.mean - top.share.halfWidth), 0);
    const hi = zh.fmt.percent(Math.min(1, top.share.mean + top.share.halfWidth), 0);
    expect(v.sentences[0]).toBe(
      `等候最集中在申报期内 ${time}：只有 ${zh.fmt.percent(top.share.mean, 0)} 的人在 15 分钟内办理（有 95% 的把握在 ${lo} 到 ${hi} 之间），目标为 90%。`,
    );
    expect(v.sentences[1]).toBe(
      `没能及时办理的主要是错峰预约纳税人，在绿色通道排队（平均 ${zh.fmt.number(top.line.queue, 1)} 人等候，开放 1 个窗口）。`,
    );
    const idle = top.idle.find((x) => x.group === 0)!;
    expect(v.sentences[2]).toBe(
      `同一时段综合窗口平均有 ${zh.fmt.number(idle.idle, 1)} 个窗口空闲，但错峰预约纳税人只能在绿色通道和预约窗口办理，增开综合窗口无济于事。`,
    );
    expect(v.sentences[3]).toBe(`另有 ${d.missed.length - 1} 个时段未达到目标，见下表。`);
  });

  it('says the same in English', () => {
    const v = diagnosisView(en, diagnosisOf(en)!);
    expect(v.sentences[0]).toMatch(
      new RegExp(
        `^People wait most on filing-period days at ${time}: only \\d+% are served within 15 min \\(95% sure it is between \\d+% and \\d+%\\), against a target of 90%\\.$`,
      ),
    );
    expect(v.sentences[1]).toContain(
      'Most of those who wait too long are staggered bookings, in the line for Green channel',
    );
    expect(v.sentences[2]).toMatch(
      /^Meanwhile [\d.]+ windows stand idle at General windows on average, but staggered bookings can only be served at Green channel and Appointment window: more General windows would not help\.$/,
    );
  });

  it('lists the missed intervals per kind of day, the worst kind first, at most a few rows each', () => {
    const v = diagnosisView(zh, d);
    expect(v.sections[0].dayType).toBe('filing');
    expect(v.sections[0].rows[0]).toMatchObject({
      time,
      binds: '绿色通道 · 错峰预约',
      share: zh.fmt.percent(top.share.mean, 0),
    });
    expect(v.sections[0].rows[0].idle).toMatch(/^综合窗口：[\d.]+ 个$/);
    let listed = 0;
    for (const s of v.sections) {
      expect(s.rows.length).toBeLessThanOrEqual(ROWS_PER_DAY);
      listed += s.rows.length + s.more;
    }
    expect(listed).toBe(d.missed.length);
  });

  it('offers the next steps: the green channel’s filing-day schedule, the general windows’ channels, the plan', () => {
    const v = diagnosisView(zh, d);
    expect(v.actions).toEqual([
      { kind: 'schedule', label: '在编辑器中打开绿色通道的申报期排班', group: 2, dayType: 'filing', interval: top.k },
      { kind: 'field', label: '在编辑器中查看综合窗口办理的渠道', path: 'windows.groups[0].channels' },
      { kind: 'plan', label: '去“排班规划”页' },
    ]);
    expect(v.focus).toEqual({ group: 2, dayType: 'filing' });
    expect(CHANNELS[top.groupChannel]).toBe('staggered');
  });
});

describe('a share beside its target', () => {
  it('never reads as the target when it is below it, nor below when it reaches it', () => {
    const ctx = greenCaseContext('en');
    expect(shareText(ctx, 0.896, 0.9)).toBe('89.6%');
    expect(shareText(ctx, 0.9, 0.9)).toBe('90%');
    expect(shareText(ctx, 0.904, 0.9)).toBe('90%');
    expect(shareText(ctx, 0.64, 0.9)).toBe('64%');
  });
});

describe('the diagnosis in words: other halls', () => {
  it('in the demo hall: the green channel takes staggered bookings alone while it is open', () => {
    const ctx = context('demo-hall', 'zh-CN');
    const v = diagnosisView(ctx, diagnosisOf(ctx)!);
    expect(v.sentences[1]).toContain('错峰预约纳税人，在绿色通道排队');
    expect(v.sentences[2]).toMatch(
      /^同一时段综合窗口平均有 [\d.]+ 个窗口空闲，但绿色通道开放时，错峰预约纳税人只在绿色通道排队，增开综合窗口无济于事。$/,
    );
    // Nothing to change in the general windows' channels: the routing prefers the green channel.
    expect(v.actions.map((a) => a.kind)).toEqual(['schedule', 'plan']);
  });

  it('in a hall that meets its target everywhere: says so, and which interval comes closest', () => {
    const ctx = context('textbook-mmc', 'en');
    const d = diagnosisOf(ctx)!;
    const v = diagnosisView(ctx, d);
    expect(v.state).toBe('met');
    expect(v.sentences[0]).toBe(
      `Every one of the ${d.intervals.total} intervals meets the target: at least 90% served within 15 min.`,
    );
    expect(v.sentences[1]).toMatch(
      /^The closest to missing it is on ordinary days at \d\d:00–\d\d:00: \d+(\.\d)?% \(95% sure it is between [\d.]+% and [\d.]+%\), most of the waiting at Servers\.$/,
    );
    expect(v.actions.map((a) => a.kind)).toEqual(['plan']);
  });
});
