import { describe, expect, it } from 'vitest';
import {
  calendarClass,
  calendarCsv,
  calendarGeometry,
  calendarHit,
  calendarLegend,
  calendarMonths,
  calendarScale,
  calendarSummary,
  calendarTooltip,
  dayCells,
  dayValue,
} from './calendar.ts';
import { context } from './testing/fixtures.ts';

describe('calendar of the demo month', () => {
  const ctx = context('demo-hall');
  const months = calendarMonths(ctx.days);

  it('lays March 2026 out Monday first: the 1st is a Sunday, six week rows', () => {
    expect(months).toHaveLength(1);
    const m = months[0];
    expect([m.year, m.month, m.weeks, m.cells.length]).toEqual([2026, 3, 6, 31]);
    expect(m.cells[0]).toMatchObject({ date: 1, row: 0, col: 6 });
    expect(m.cells[1]).toMatchObject({ date: 2, row: 1, col: 0 });
    expect(m.cells[15]).toMatchObject({ date: 16, row: 3, col: 0 });
    expect(m.cells[30]).toMatchObject({ date: 31, row: 5, col: 1 });
    expect(m.cells.every((c) => c.info !== null)).toBe(true);
  });

  it('spans every month the horizon touches, days outside it empty', () => {
    const part = calendarMonths(ctx.days.slice(20).concat());
    expect(part[0].cells.filter((c) => c.info).map((c) => c.date)[0]).toBe(21);
    expect(part[0].cells[0].info).toBeNull();
  });

  it('places months side by side and finds the day under a point', () => {
    const g = calendarGeometry(months, 700);
    expect(g.cw).toBe(84);
    expect(g.height).toBe(g.head + 6 * g.ch);
    const cells = dayCells(months, g, ctx.days.length);
    expect(cells[15]).toEqual({ x: 0, y: g.head + 3 * g.ch });
    expect(calendarHit(months, g, cells[15].x + 5, cells[15].y + 5)).toBe(15);
    expect(calendarHit(months, g, 1, g.head + 1)).toBeNull(); // Monday of the first week: February
    expect(calendarHit(months, g, 6 * g.cw + 2, g.head + 2)).toBe(0);
    const two = calendarGeometry([...months, ...months], 900);
    expect(two.blocks[1]).toEqual({ x: 7 * two.cw + two.gap, y: 0 });
    const narrow = calendarGeometry([...months, ...months], 400);
    expect(narrow.blocks[1].x).toBe(0);
    expect(narrow.blocks[1].y).toBeGreaterThan(0);
  });

  it('colours working days by tickets or mean wait, closed days not at all', () => {
    const s = ctx.merged.days;
    expect(dayValue(ctx, 'tickets', 15)).toBe(s.tickets.mean[15]);
    expect(dayValue(ctx, 'wait', 15)).toBe(s.waitMean.mean[15]);
    expect(dayValue(ctx, 'tickets', 0)).toBeNull();
    const scale = calendarScale(ctx, 'tickets');
    expect(scale.breaks[0]).toBe(0);
    expect(scale.breaks[scale.breaks.length - 1]).toBeGreaterThanOrEqual(s.tickets.mean[15]);
    expect(scale.colours).toHaveLength(scale.breaks.length - 1);
    expect(calendarClass(scale, 0)).toBe(0);
    expect(calendarClass(scale, scale.breaks[1])).toBe(1);
    expect(calendarClass(scale, scale.breaks[scale.breaks.length - 1])).toBe(scale.colours.length - 1);
    expect(
      calendarLegend(ctx, 'tickets', scale)
        .map((l) => l.kind)
        .slice(-3),
    ).toEqual(['topbar', 'border', 'hatch']);
  });

  it('summarises the busiest day and the deadline', () => {
    let best = -1;
    ctx.days.forEach((d, i) => {
      if (d.working && (best < 0 || ctx.merged.days.tickets.mean[i] > ctx.merged.days.tickets.mean[best])) best = i;
    });
    const text = calendarSummary(ctx);
    expect(text).toContain(`Most tickets on ${ctx.fmt.dateLong(ctx.days[best].day)}`);
    expect(text).toContain('22 working day(s), 9 closed day(s); filing deadline Mon, Mar 16.');
    expect(calendarTooltip(ctx, 0)).toEqual(['Sun, Mar 1', 'Hall closed']);
    expect(calendarTooltip(ctx, 15).slice(0, 2)).toEqual(['Mon, Mar 16', 'Deadline day']);
  });

  it('writes a CSV row per day, closed days without waits', () => {
    const csv = calendarCsv(ctx);
    expect(csv.rows).toHaveLength(31);
    expect(csv.rows[0].slice(0, 4)).toEqual(['2026-03-01', 'Sun', 'no', 'Hall closed']);
    expect(csv.rows[0][6]).toBeNull();
    expect(csv.rows[15].slice(0, 4)).toEqual(['2026-03-16', 'Mon', 'yes', 'Deadline day']);
    expect(csv.rows[15][4]).toBeCloseTo(ctx.merged.days.tickets.mean[15], 3);
  });

  it('marks public holidays (June 2026: the Dragon Boat Festival on the 19th)', () => {
    const k = context('kiosk-network', 'zh-CN', 2);
    const d = k.days.find((x) => x.iso === '2026-06-19')!;
    expect([d.working, d.holiday]).toEqual([false, true]);
    expect(calendarLegend(k, 'tickets', calendarScale(k, 'tickets')).at(-1)).toMatchObject({
      kind: 'glyph',
      glyph: '休',
    });
    expect(calendarTooltip(k, d.index)).toEqual(['6月19日 周五', '不办公（法定节假日）']);
  });
});
