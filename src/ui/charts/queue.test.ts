import { describe, expect, it } from 'vitest';
import { queueCsv, queueSpec, queueSummary, queueView, sourceNames } from './queue.ts';
import { context } from './testing/fixtures.ts';

describe('queue and windows over the day', () => {
  const ctx = context('demo-hall');

  it('shows the average day of a type from its profile', () => {
    const v = queueView(ctx, { kind: 'profile', type: 'filing' });
    const p = ctx.merged.profiles.filing;
    const j = 21; // 10:30
    expect(v.queue[j - v.from]).toBe(p.queue.mean[j]);
    expect(v.open[j - v.from]).toBe(p.open.mean[j]);
    expect(v.busy[j - v.from]).toBe(p.busy.mean[j]);
    // Before opening: nobody waits, no window is open: a gap.
    expect(v.queue[0]).toBeNull();
    expect(v.open[0]).toBeNull();
  });

  it('shows one date from the interval series', () => {
    const day = 15; // 2026-03-16, the deadline
    const v = queueView(ctx, { kind: 'date', day });
    const k = day * ctx.perDay + 21;
    expect(v.queue[21 - v.from]).toBe(ctx.merged.intervals.queue.mean[k]);
    expect(v.open[21 - v.from]).toBe(ctx.merged.intervals.open.mean[k]);
    expect(sourceNames(ctx, v.source)).toEqual({ file: '2026-03-16', when: 'on Mon, Mar 16', label: 'Mon, Mar 16' });
  });

  it('draws the queue above the windows', () => {
    const spec = queueSpec(ctx, queueView(ctx, { kind: 'profile', type: 'ordinary' }));
    expect(spec.panels.map((p) => p.series.map((s) => `${s.id}:${s.kind}`))).toEqual([
      ['queue:line'],
      ['busy:area', 'open:step'],
    ]);
  });

  it('summarises the longest queue and the busy share of the day', () => {
    const v = queueView(ctx, { kind: 'profile', type: 'filing' });
    let best = 0;
    let busy = 0;
    let open = 0;
    v.queue.forEach((q, i) => {
      if (q !== null && q > (v.queue[best] ?? -1)) best = i;
      busy += v.busy[i] ?? 0;
      open += v.open[i] ?? 0;
    });
    const text = queueSummary(ctx, v);
    expect(text).toContain(`at ${ctx.fmt.time((v.from + best) * 30)}:`);
    expect(text).toContain(`busy ${ctx.fmt.percent(busy / open, 0)} of the time`);
  });

  it('writes CSV rows with queue, busy and open windows', () => {
    const v = queueView(ctx, { kind: 'profile', type: 'filing' });
    const csv = queueCsv(ctx, v);
    expect(csv.header).toHaveLength(8);
    const r = csv.rows[21 - v.from];
    expect(r[0]).toBe('10:30');
    expect(r[2]).toBeCloseTo(v.queue[21 - v.from]!, 3);
    expect(r[6]).toBeCloseTo(v.open[21 - v.from]!, 3);
  });
});
