import { describe, expect, it } from 'vitest';
import { keyFigures } from './kpis.ts';
import { context } from './testing/fixtures.ts';

describe('key figures', () => {
  it('shows the metrics with their confidence intervals', () => {
    const ctx = context('demo-hall');
    const m = ctx.merged.metrics;
    const k = Object.fromEntries(keyFigures(ctx).map((f) => [f.id, f]));
    expect(k['wait-mean'].raw).toBe(m['wait.all.mean'].mean);
    expect(k['wait-mean'].value).toBe(ctx.fmt.fixed(m['wait.all.mean'].mean, 1));
    // As precise as its ±: a whole number of minutes keeps its tenth ("3.0 ± 0.1", not "3 ± 0.1").
    const whole = {
      ...ctx,
      merged: {
        ...ctx.merged,
        metrics: { ...m, 'wait.all.mean': { ...m['wait.all.mean'], mean: 3.04, halfWidth: 0.1 } },
      },
    };
    expect(keyFigures(whole).find((f) => f.id === 'wait-mean')!.value).toBe('3.0');
    expect(k['wait-mean'].pm).toBe(`± ${ctx.fmt.number(m['wait.all.mean'].halfWidth!, 1)}`);
    expect(k['wait-p90'].raw).toBe(m['wait.all.p90'].mean);
    // The whole period's share and the intervals meeting the target: attainment.ts, as the plan shows them.
    const a = ctx.attainment!;
    expect(k['within-target'].value).toBe(ctx.fmt.percent(a.period.mean, 1));
    expect(k['within-target'].verdict).toBe(a.period.mean >= 0.9 ? 'met' : 'missed');
    expect(k['within-target'].note).toBe(
      `target 90% · ${a.period.mean >= 0.9 ? 'whole period meets it' : 'whole period below it'} · ${a.intervals.met} of ${a.intervals.total} intervals meet the target`,
    );
    // The whole period's share is the same measure as wait.all.withinTarget (all joiners), pooled.
    expect(Math.abs(a.period.mean - m['wait.all.withinTarget'].mean)).toBeLessThan(
      m['wait.all.withinTarget'].halfWidth!,
    );
    expect(k.utilisation.raw).toBe(m['windows.all.utilisation'].mean);
    expect(k.abandoned.note).toBe(
      `${ctx.fmt.percent(m['count.abandoned'].mean / m['count.arrivals'].mean, 1)} of arrivals`,
    );
    expect(k['on-time'].raw).toBe(m['cases.onTimeShare'].mean);
  });

  it('says why a figure is missing', () => {
    const ctx = context('textbook-mmc', 'zh-CN', 2);
    const onTime = keyFigures(ctx).find((f) => f.id === 'on-time')!;
    expect([onTime.value, onTime.raw, onTime.note]).toEqual(['—', null, '本场景未设后台']);
  });

  it('leaves out ± with a single replication', () => {
    const ctx = context('city-deadline-day', 'en', 1);
    expect(keyFigures(ctx).every((f) => f.pm === '')).toBe(true);
  });
});
