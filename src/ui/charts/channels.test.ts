import { describe, expect, it } from 'vitest';
import { channelCell } from '../../sim/hall/group-load.ts';
import { CHANNELS, DAY_TYPES } from '../../sim/scenario/index.ts';
import { channelCsv, channelSpec, channelSummary, channelView } from './channels.ts';
import { channelRows } from './figures-table.ts';
import { context, greenCaseContext } from './testing/fixtures.ts';

describe('waiting time by channel', () => {
  const ctx = greenCaseContext('en');
  const load = ctx.merged.groupLoad!;
  const filing = DAY_TYPES.indexOf('filing');

  it('has a line for each channel used that kind of day, adding up to the hall’s joiners', () => {
    const v = channelView(ctx, 'filing');
    expect(v.lines.map((l) => l.channel)).toEqual(['walkIn', 'appointment', 'staggered']);
    const joined = v.lines.reduce((a, l) => a + l.day.joined, 0);
    expect(joined).toBeCloseTo(load.share.hallDay.joined[filing] / load.days.filing, 9);
    // Staggered bookings come to filing days only.
    expect(channelView(ctx, 'ordinary').lines.map((l) => l.channel)).toEqual(['walkIn', 'appointment']);
  });

  it('gives the staggered bookings’ wait over the day as Σ wait / Σ served over every group and interval', () => {
    const ch = CHANNELS.indexOf('staggered');
    let wait = 0;
    let served = 0;
    for (let g = 0; g < load.groups.length; g++) {
      for (let k = 0; k < load.intervals; k++) {
        wait += load.channelWaitSum[channelCell(load.intervals, g, ch, filing, k)];
        served += load.channelServed[channelCell(load.intervals, g, ch, filing, k)];
      }
    }
    const line = channelView(ctx, 'filing').lines[2];
    expect(line.day.wait).toBeCloseTo(wait / served, 9);
    // Their line is at the green channel, open from 14:00: no one served from a 10:00 ticket.
    const v = channelView(ctx, 'filing');
    expect(line.wait[10 * 2 - v.from]).toBeNull();
    expect(line.wait[15 * 2 - v.from]).toBeGreaterThan(ctx.target.waitMinutes);
  });

  it('says each channel’s wait and share with their ranges in words', () => {
    const v = channelView(ctx, 'filing');
    const text = channelSummary(ctx, v);
    const s = v.lines[2].day;
    const f = ctx.fmt;
    expect(text.startsWith('On filing-period days: Walk-in: mean wait ')).toBe(true);
    expect(text).toContain(
      `Staggered booking: mean wait ${f.number(s.wait, 1)} min (95% sure it is between ${f.number(s.wait - s.waitHw, 1)} and ${f.number(s.wait + s.waitHw, 1)} min), ${f.percent(s.share, 0)} within 15 min (95% sure it is between`,
    );
  });

  it('draws one line per channel with the target, and writes a CSV row per channel and interval', () => {
    const v = channelView(ctx, 'filing');
    const spec = channelSpec(ctx, v);
    expect(spec.panels[0].series.map((x) => [x.id, x.dashed])).toEqual([
      ['walkIn', false],
      ['appointment', true],
      ['staggered', false],
    ]);
    const csv = channelCsv(ctx, v);
    expect(csv.header).toHaveLength(8);
    expect(csv.rows).toHaveLength(3 * (v.to - v.from));
    expect(channelRows(ctx, v).map((r) => r.name)).toEqual(['Walk-in', 'Appointment', 'Staggered booking']);
  });

  it('in a hall of walk-ins only: one line, with the whole period’s share', () => {
    const mmc = context('textbook-mmc');
    const v = channelView(mmc, 'ordinary');
    expect(v.lines.map((l) => l.channel)).toEqual(['walkIn']);
    expect(v.lines[0].day.share).toBeCloseTo(mmc.attainment!.period.mean, 12);
  });
});
