import { describe, expect, it } from 'vitest';
import { context } from './testing/fixtures.ts';
import { waitByInterval, waitCsv, waitSpec, waitSummary } from './wait-by-interval.ts';

describe('waiting time over the day', () => {
  const ctx = context('demo-hall');
  const p = ctx.merged.profiles.filing;
  const d = waitByInterval(ctx, 'filing');

  it('takes the profile of the day type over the window, with gaps where nobody took a ticket', () => {
    expect(d.mean).toHaveLength(d.to - d.from);
    for (let i = 0; i < d.mean.length; i++) {
      const j = d.from + i;
      if (p.tickets.mean[j] > 0) {
        expect(d.mean[i]).toBe(p.waitMean.mean[j]);
        expect(d.p90[i]).toBe(p.waitP90.mean[j]);
        expect(d.meanHw[i]).toBe(p.waitMean.halfWidth[j]);
      } else {
        expect(d.mean[i]).toBeNull();
        expect(d.p90[i]).toBeNull();
      }
    }
    // 08:30–09:00 is before opening (those taxpayers take their ticket at 09:00): a gap, not a zero.
    expect(d.mean[0]).toBeNull();
    // 10:00–10:30 has a real wait.
    expect(d.mean[20 - d.from]).toBeGreaterThan(0);
  });

  it('puts the mean-wait points at HH:MM keys and the target as a reference line', () => {
    const spec = waitSpec(ctx, d);
    expect(spec.cellKey(20 - d.from)).toBe('10:00');
    const mean = spec.panels[0].series.find((s) => s.id === 'mean')!;
    expect(mean.points).toBe(true);
    expect(mean.values).toBe(d.mean);
    expect(spec.panels[0].refs![0].value).toBe(15);
  });

  it('names the interval with the longest p90 wait in the summary', () => {
    let best = -1;
    for (let j = d.from; j < d.to; j++)
      if (p.tickets.mean[j] > 0 && (best < 0 || p.waitP90.mean[j] > p.waitP90.mean[best])) best = j;
    const hh = `${String(Math.floor(best / 2)).padStart(2, '0')}:${best % 2 ? '30' : '00'}`;
    const text = waitSummary(ctx, d);
    expect(text).toContain(`on filing-period days at ${hh}`);
    expect(text).toContain(`at most ${ctx.fmt.pm(p.waitP90.mean[best], p.waitP90.halfWidth[best])} min`);
    expect(text).toContain('10 day(s)');
  });

  it('says so when a day type has no tickets', () => {
    const one = context('city-deadline-day', 'zh-CN');
    expect(waitSummary(one, waitByInterval(one, 'ordinary'))).toBe('平日无人取号。');
  });

  it('writes one CSV row per interval with empty waits in gaps', () => {
    const csv = waitCsv(ctx, d);
    expect(csv.header[0]).toBe('Interval start');
    expect(csv.rows).toHaveLength(d.to - d.from);
    expect(csv.rows[0].slice(0, 2)).toEqual(['08:30', '09:00']);
    expect(csv.rows[0][4]).toBeNull();
    const r = csv.rows[20 - d.from];
    expect(r[0]).toBe('10:00');
    expect(r[4]).toBeCloseTo(p.waitMean.mean[20], 3);
    expect(r[6]).toBeCloseTo(p.waitP90.mean[20], 3);
  });
});
