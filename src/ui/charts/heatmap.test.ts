import { describe, expect, it } from 'vitest';
import {
  HEAT_CLASSES,
  heatClass,
  heatCsv,
  heatLegend,
  heatmap,
  heatPaths,
  heatSummary,
  heatTooltip,
} from './heatmap.ts';
import { context, contextFor, loadScenario } from './testing/fixtures.ts';

describe('utilisation heat map', () => {
  const ctx = context('demo-hall');
  const h = heatmap(ctx);
  const iv = ctx.merged.intervals;

  it('has a row per working day and a column per interval of the opening hours', () => {
    expect(h.rows).toHaveLength(22);
    expect(h.rows[0].iso).toBe('2026-03-02');
    expect([h.from, h.to, h.cols]).toEqual([18, 34, 16]);
    expect(h.util).toHaveLength(22 * 16);
  });

  it('takes busy / open from the interval series', () => {
    const r = 10; // 2026-03-16, the deadline day
    expect(h.rows[r].iso).toBe('2026-03-16');
    const c = 4; // 11:00
    const k = h.rows[r].index * ctx.perDay + h.from + c;
    expect(h.busy[r * h.cols + c]).toBe(iv.busy.mean[k]);
    expect(h.open[r * h.cols + c]).toBe(iv.open.mean[k]);
    expect(h.util[r * h.cols + c]).toBeCloseTo(iv.busy.mean[k] / iv.open.mean[k], 12);
  });

  it('puts utilisation in ten classes and cells without windows apart', () => {
    expect(heatClass(0)).toBe(0);
    expect(heatClass(0.0999)).toBe(0);
    expect(heatClass(0.1)).toBe(1);
    expect(heatClass(0.95)).toBe(9);
    expect(heatClass(1)).toBe(9);
    expect(heatClass(NaN)).toBe(-1);
    expect(heatLegend(ctx)).toHaveLength(HEAT_CLASSES + 1);
  });

  it('draws every cell exactly once, in the path of its class', () => {
    const paths = heatPaths(h, 10, 5);
    const cells = paths.reduce((a, p) => a + (p.match(/M/g)?.length ?? 0), 0);
    expect(cells).toBe(h.rows.length * h.cols);
    const counts = new Array<number>(HEAT_CLASSES + 1).fill(0);
    for (const u of h.util) counts[heatClass(u) < 0 ? HEAT_CLASSES : heatClass(u)]++;
    expect(paths.map((p) => p.match(/M/g)?.length ?? 0)).toEqual(counts);
    // The first cell of row 1, column 2 of a 10 × 5 grid starts at (20, 5).
    expect(paths.join('')).toContain('M20,5h10V10h-10Z');
  });

  it('marks cells with no window staffed (every window shut 12:30–14:00 on one day; those busy at 12:30 finish their taxpayer first)', () => {
    const s = loadScenario('demo-hall');
    s.calendar = { ...s.calendar, startDate: '2026-03-02', days: 1 };
    for (const g of s.windows.groups) {
      const shut = (a: number[]) => a.map((n, i) => (i >= 7 && i <= 9 ? 0 : n));
      g.schedule = Array.isArray(g.schedule)
        ? shut(g.schedule)
        : { ordinary: shut(g.schedule.ordinary), filing: shut(g.schedule.filing), deadline: shut(g.schedule.deadline) };
    }
    const lunch = contextFor(s);
    const lh = heatmap(lunch);
    // 12:30–13:00: windows finishing the taxpayer in hand are staffed, and fully busy.
    expect(lh.util[7]).toBeGreaterThan(0);
    expect(lh.util[7]).toBeLessThanOrEqual(1);
    expect(
      Array.from(lh.util)
        .map((u, c) => (Number.isNaN(u) ? c : -1))
        .filter((c) => c >= 0),
    ).toEqual([8, 9]);
    expect(heatSummary(lunch, lh)).toContain('2 interval(s) within opening hours had no window open');
    expect(heatTooltip(lunch, lh, 0, 8)[1]).toBe('No window open');
    expect(heatPaths(lh, 10, 10)[HEAT_CLASSES]).toBe('M80,0h10V10h-10ZM90,0h10V10h-10Z');
  });

  it('summarises the busiest cell and the average utilisation', () => {
    let best = 0;
    let busy = 0;
    let open = 0;
    h.util.forEach((u, i) => {
      if (u > h.util[best]) best = i;
      busy += h.busy[i];
      open += h.open[i];
    });
    const text = heatSummary(ctx, h);
    expect(text).toContain(
      `Busiest: ${ctx.fmt.dateLong(h.rows[Math.floor(best / h.cols)].day)} at ${ctx.fmt.time((h.from + (best % h.cols)) * 30)}`,
    );
    expect(text).toContain(`Average utilisation ${ctx.fmt.percent(busy / open, 0)} over 22 working day(s)`);
    expect(heatTooltip(ctx, h, 10, 4)[0]).toBe('Mon, Mar 16 11:00–11:30');
  });

  it('writes one CSV row per cell', () => {
    const csv = heatCsv(ctx, h);
    expect(csv.rows).toHaveLength(22 * 16);
    const r = csv.rows[10 * 16 + 4];
    expect(r.slice(0, 3)).toEqual(['2026-03-16', '11:00', '11:30']);
    expect(r[5]).toBeCloseTo(h.util[10 * 16 + 4], 4);
  });
});
