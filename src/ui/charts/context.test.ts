import { describe, expect, it } from 'vitest';
import { argMax, cellRange, hourTicks, openHoursWindow, timeTicks } from './context.ts';
import { context, result } from './testing/fixtures.ts';

describe('chart context of the demo month', () => {
  const ctx = context('demo-hall');

  it('knows the date, weekday, working day and day type of every day', () => {
    expect(ctx.days).toHaveLength(31);
    const d1 = ctx.days[0];
    expect([d1.iso, d1.weekday, d1.working]).toEqual(['2026-03-01', 7, false]);
    // The deadline, the 15th, is a Sunday and moves to Monday the 16th.
    const d16 = ctx.days[15];
    expect([d16.iso, d16.weekday, d16.working, d16.dayType]).toEqual(['2026-03-16', 1, true, 'deadline']);
    expect(ctx.days[1].dayType).toBe('filing');
    expect(ctx.days[16].dayType).toBe('ordinary');
    expect(ctx.days.filter((d) => d.working)).toHaveLength(22);
    expect(ctx.dayTypes).toEqual(['ordinary', 'filing', 'deadline']);
  });

  it('draws the day from one interval before opening to one after the last activity', () => {
    // Open 09:00–17:00 in 30-minute intervals: cells 18..33; one cell of margin before.
    expect(ctx.window.from).toBe(17);
    expect(ctx.ticketWindow).toEqual({ from: 17, to: 35 });
    // Overtime after closing widens the full window: every cell with open windows is inside it.
    const p = ctx.merged.profiles.deadline;
    let lastOpen = 0;
    for (let j = 0; j < ctx.perDay; j++)
      if (p.open.mean[j] > 0 || p.queue.mean[j] > 0) lastOpen = Math.max(lastOpen, j);
    expect(ctx.window.to).toBeGreaterThanOrEqual(lastOpen + 2);
    expect(ctx.window.to).toBeGreaterThan(34);
  });

  it('labels cells and ticks by time of day', () => {
    expect(cellRange(ctx, 20)).toBe('10:00–10:30');
    expect(timeTicks(ctx, 17, 37).map((t) => t.label)).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
      '18:00',
    ]);
    expect(timeTicks(ctx, 17, 37)[0].at).toBe(1);
  });
});

describe('hour ticks and argMax', () => {
  it('thins hour ticks to fit', () => {
    expect(hourTicks(0, 48, 30, 12)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48]);
    expect(hourTicks(0, 24, 60, 10)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
    expect(hourTicks(34, 70, 15, 10)).toEqual([36, 40, 44, 48, 52, 56, 60, 64, 68]);
  });

  it('finds the first largest defined value', () => {
    expect(argMax([null, 2, 5, 5, null])).toBe(2);
    expect(argMax([null, null])).toBe(-1);
  });

  it('widens a round-the-clock hall to the whole day', () => {
    const r = result('textbook-mmc', 2);
    const ctx = context('textbook-mmc', 'en', 2);
    expect(openHoursWindow(r.merged, ctx.resolved)).toEqual({ from: 0, to: 24 });
  });
});
