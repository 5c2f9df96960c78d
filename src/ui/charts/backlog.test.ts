import { describe, expect, it } from 'vitest';
import { backlogCsv, backlogSpec, backlogSummary, dayTicks, hasBackOffice, onTimeText } from './backlog.ts';
import { context } from './testing/fixtures.ts';

describe('case backlog', () => {
  const ctx = context('demo-hall');
  const s = ctx.merged.days;

  it('draws cases accepted as bars and cases open as a line with its band', () => {
    const spec = backlogSpec(ctx);
    const [accepted, open] = spec.panels[0].series;
    expect(accepted.kind).toBe('bars');
    expect(accepted.values).toEqual(Array.from(s.casesAccepted.mean));
    expect(open.values).toEqual(Array.from(s.casesOpen.mean));
    expect(open.halfWidth).toEqual(Array.from(s.casesOpen.halfWidth));
    expect(spec.cellKey(15)).toBe('2026-03-16');
  });

  it('puts date ticks a week apart on a month', () => {
    expect(dayTicks(ctx).map((t) => t.label)).toEqual(['Mar 1', 'Mar 8', 'Mar 15', 'Mar 22', 'Mar 29']);
    expect(dayTicks(ctx)[1].at).toBe(7.5);
  });

  it('summarises the peak backlog and the on-time share', () => {
    const peak = s.casesOpen.mean.indexOf(Math.max(...s.casesOpen.mean));
    const m = ctx.merged.metrics['cases.onTimeShare'];
    const text = backlogSummary(ctx);
    expect(text).toContain(`on ${ctx.fmt.dateLong(ctx.days[peak].day)}`);
    expect(text).toContain(`${ctx.fmt.pmPercent(m.mean, m.halfWidth, 1)} answered on time`);
    expect(text).toContain(
      `${ctx.fmt.pm(s.casesOpen.mean[30], s.casesOpen.halfWidth[30], 0)} still open at the end of the last day`,
    );
    expect(onTimeText(ctx)).toBe(`Answered on time: ${ctx.fmt.pmPercent(m.mean, m.halfWidth, 1)}`);
  });

  it('knows a scenario without back office', () => {
    expect(hasBackOffice(ctx)).toBe(true);
    expect(hasBackOffice(context('textbook-mmc', 'en', 2))).toBe(false);
  });

  it('writes a CSV row per day', () => {
    const csv = backlogCsv(ctx);
    expect(csv.rows).toHaveLength(31);
    expect(csv.rows[15][0]).toBe('2026-03-16');
    expect(csv.rows[15][3]).toBeCloseTo(s.casesOpen.mean[15], 3);
  });
});
