import { describe, expect, it } from 'vitest';
import { groupLoadCell } from '../../sim/hall/group-load.ts';
import { DAY_TYPES } from '../../sim/scenario/index.ts';
import { groupRows } from './figures-table.ts';
import { groupCsv, groupDay, groupSpec, groupSummary, groupView } from './group.ts';
import { context, greenCaseContext } from './testing/fixtures.ts';

describe('one window group over the day', () => {
  const ctx = greenCaseContext('en');
  const load = ctx.merged.groupLoad!;
  const green = load.groups.indexOf('green');
  const filing = DAY_TYPES.indexOf('filing');
  const days = load.days.filing;
  const at = (hhmm: number) => hhmm / 30; // cell of the day from minutes after midnight

  it('shows the group’s line, busy and staffed windows and wait of the average day', () => {
    const v = groupView(ctx, green, 'filing');
    const i = at(15 * 60 + 30) - v.from;
    const c = groupLoadCell(load.intervals, green, filing, 13); // 15:30, the 14th interval from 09:00
    expect(v.queue[i]).toBeCloseTo(load.queue[c] / days, 12);
    expect(v.queueHw[i]).toBeCloseTo(load.queueHalfWidth[c] / days, 12);
    expect(v.busy[i]).toBeCloseTo(load.busy[c] / days, 12);
    expect(v.staffed[i]).toBeCloseTo(1, 12);
    expect(v.wait[i]).toBe(load.wait.cell.mean[c]);
    expect(v.share[i]).toBe(load.share.cell.mean[c]);
    // The green channel opens at 14:00 on filing days: before, nothing to draw (a gap, not 0).
    const ten = at(10 * 60) - v.from;
    expect([v.queue[ten], v.staffed[ten], v.wait[ten]]).toEqual([null, null, null]);
    // Outside the opening hours (the margin before 09:00): a gap.
    expect(v.queue[0]).toBeNull();
  });

  it('gives the group’s figures over the day from the ratio estimates', () => {
    const day = groupDay(ctx, green, 'filing');
    const i = green * DAY_TYPES.length + filing;
    expect(day.wait).toBe(load.wait.groupDay.mean[i]);
    expect(day.share).toBe(load.share.groupDay.mean[i]);
    expect(day.joined).toBeCloseTo(load.share.groupDay.joined[i] / days, 12);
    // Open 4 of the 16 intervals with one window (a quarter of a window over the opening hours),
    // plus the window finishing its last customer after 16:00.
    let staffed = 0;
    for (let k = 0; k < 16; k++) staffed += load.staffed[groupLoadCell(16, green, filing, k)];
    expect(day.staffed).toBeCloseTo(staffed / (days * 16), 12);
    expect(day.staffed).toBeGreaterThanOrEqual(0.25);
    expect(day.staffed).toBeLessThan(0.25 + 1 / 16);
  });

  it('says the wait and the share with their ranges in words, then the longest line', () => {
    const v = groupView(ctx, green, 'filing');
    const day = groupDay(ctx, green, 'filing');
    const f = ctx.fmt;
    const text = groupSummary(ctx, v, 'Green channel');
    expect(text).toContain(
      `Green channel on filing-period days (average of ${days} day(s)): mean wait ${f.number(day.wait, 1)} min (95% sure it is between ${f.number(day.wait - day.waitHw, 1)} and ${f.number(day.wait + day.waitHw, 1)} min); ${f.percent(day.share, 0)} served within 15 min (95% sure it is between `,
    );
    expect(text).toMatch(
      /Longest line at 1[45]:[03]0–1[456]:[03]0: [\d.]+ people waiting on average \(95% sure it is between [\d.]+ and [\d.]+ people\), with 1 windows staffed and [\d.]+ busy\.$/,
    );
  });

  it('says so when nobody joined the group’s line that kind of day', () => {
    expect(groupSummary(ctx, groupView(ctx, green, 'ordinary'), 'Green channel')).toBe(
      'Nobody joined the line for Green channel on ordinary days.',
    );
  });

  it('draws the line above the windows above the wait, with the target', () => {
    const spec = groupSpec(ctx, groupView(ctx, green, 'filing'));
    expect(spec.panels.map((p) => p.series.map((s) => `${s.id}:${s.kind}`))).toEqual([
      ['queue:line'],
      ['busy:area', 'staffed:step'],
      ['wait:line'],
    ]);
    expect(spec.panels[2].refs?.[0].value).toBe(15);
  });

  it('writes a CSV row per interval with every figure and its ±', () => {
    const v = groupView(ctx, green, 'filing');
    const csv = groupCsv(ctx, v);
    expect(csv.header).toHaveLength(13);
    const r = csv.rows[at(15 * 60 + 30) - v.from];
    expect(r[0]).toBe('15:30');
    expect(r[3]).toBeCloseTo(v.queue[at(15 * 60 + 30) - v.from]!, 3);
    expect(r[7]).toBe(1);
  });

  it('tables every group’s figures for the kind of day, a dash where nobody joined', () => {
    const rows = groupRows(ctx, 'ordinary', green);
    expect(rows.map((r) => r.key)).toEqual(['general', 'invoice', 'green', 'appointment']);
    expect(rows[green]).toMatchObject({ shown: true, wait: '—', share: '—', waitRange: '', windows: '0 / 0' });
    const general = groupDay(ctx, 0, 'ordinary');
    expect(rows[0].wait).toBe(ctx.fmt.number(general.wait, 1));
    expect(rows[0].shareRange).toMatch(/^\d+(\.\d)?%–\d+(\.\d)?%$/);
  });
});

describe('a hall of one group', () => {
  it('has the whole period’s share as the group’s', () => {
    const ctx = context('textbook-mmc');
    expect(groupDay(ctx, 0, 'ordinary').share).toBeCloseTo(ctx.attainment!.period.mean, 12);
  });
});
