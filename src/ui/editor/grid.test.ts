import { describe, expect, it } from 'vitest';
import demoJson from '../../../data/scenarios/demo-hall.json';
import { CHANNEL_DAYS, type Scenario } from '../../sim/scenario/index.ts';
import {
  agentHours,
  agentIntervals,
  capColumn,
  copyColumn,
  columnsEqual,
  fitColumn,
  gridRows,
  hallIntervals,
  isMultiCell,
  joinSchedule,
  moveCell,
  parsePaste,
  planPaste,
  raiseCount,
  raiseWindows,
  realignColumn,
  realignSchedule,
  groupOf,
  resampleColumn,
  resampleSchedule,
  scheduleColumns,
  splitSchedule,
  writeCells,
} from './grid.ts';

const demo = demoJson as unknown as Scenario;

describe('grid rows and columns', () => {
  it('has one row per interval from opening, labelled by its start', () => {
    const iv = hallIntervals(demo.calendar)!;
    expect(iv).toEqual({ open: 540, interval: 30, count: 16, partial: false });
    const rows = gridRows(iv, scheduleColumns(demo.windows.groups[0].schedule));
    expect(rows.length).toBe(16);
    expect(rows[0]).toEqual({ index: 0, label: '09:00', extra: false });
    expect(rows[2].label).toBe('10:00');
    expect(rows[15].label).toBe('16:30');
  });

  it('uses the default interval, notes a partial last interval and shows entries beyond closing', () => {
    expect(hallIntervals({ open: '08:30', close: '17:30' })).toEqual({
      open: 510,
      interval: 30,
      count: 18,
      partial: false,
    });
    expect(hallIntervals({ open: '08:30', close: '17:30', intervalMinutes: 60 })).toEqual({
      open: 510,
      interval: 60,
      count: 9,
      partial: false,
    });
    expect(hallIntervals({ open: '08:30', close: '17:00', intervalMinutes: 60 })).toEqual({
      open: 510,
      interval: 60,
      count: 8,
      partial: true,
    });
    expect(hallIntervals({ open: '9', close: '17:00' })).toBeNull();
    expect(hallIntervals({ open: '17:00', close: '09:00' })).toBeNull();
    const rows = gridRows({ open: 540, interval: 60, count: 2, partial: false }, [
      { key: 'all', sub: [], values: [1, 1, 1] },
    ]);
    expect(rows.map((r) => [r.label, r.extra])).toEqual([
      ['09:00', false],
      ['10:00', false],
      ['11:00', true],
    ]);
    expect(gridRows(null, [{ key: 'all', sub: [], values: [1, 2] }]).map((r) => r.label)).toEqual([null, null]);
  });

  it('reads one schedule for all day types or one per day type', () => {
    expect(scheduleColumns([1, 2]).map((c) => [c.key, c.sub, c.values])).toEqual([['all', [], [1, 2]]]);
    const cols = scheduleColumns(demo.windows.groups[0].schedule);
    expect(cols.map((c) => c.key)).toEqual(['ordinary', 'filing', 'deadline']);
    expect(cols[1].values[2]).toBe(12);
    expect(scheduleColumns('broken').map((c) => c.values)).toEqual([[], [], []]);
  });

  it('splits, joins, fits, caps', () => {
    expect(splitSchedule([1, 2])).toEqual({ ordinary: [1, 2], filing: [1, 2], deadline: [1, 2] });
    expect(joinSchedule({ ordinary: [1], filing: [2], deadline: [3] }, 'filing')).toEqual([2]);
    expect(columnsEqual({ ordinary: [1], filing: [1], deadline: [1] })).toBe(true);
    expect(columnsEqual({ ordinary: [1], filing: [2], deadline: [1] })).toBe(false);
    expect(fitColumn([1, 2, 3], 2)).toEqual([1, 2]);
    expect(fitColumn([1, 2], 4)).toEqual([1, 2, 2, 2]);
    expect(fitColumn([], 2)).toEqual([0, 0]);
    expect(capColumn([3, 12, 'x', 5], 4)).toEqual([3, 4, 'x', 4]);
  });

  it('converts schedules to another interval length', () => {
    expect(resampleColumn([1, 2, 3], 30, 15)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(resampleColumn([1, 4, 3, 2], 30, 60)).toEqual([4, 3]);
    expect(resampleColumn([1, 4, 3], 15, 60)).toEqual([4]);
    expect(resampleColumn([1, 2], 30, 30)).toEqual([1, 2]);
    const g = demo.windows.groups[0].schedule as Record<string, number[]>;
    const hourly = resampleSchedule(g, 30, 60) as Record<string, number[]>;
    expect(hourly.filing).toEqual([12, 12, 9, 4, 6, 11, 11, 7]);
    expect(resampleSchedule(hourly, 60, 30)).toEqual({
      ordinary: [6, 6, 5, 5, 4, 4, 1, 1, 3, 3, 4, 4, 4, 4, 3, 3],
      filing: [12, 12, 12, 12, 9, 9, 4, 4, 6, 6, 11, 11, 11, 11, 7, 7],
      deadline: [12, 12, 12, 12, 12, 12, 7, 7, 10, 10, 12, 12, 12, 12, 12, 12],
    });
  });
});

describe('keyboard moves', () => {
  it('moves like a spreadsheet and stops at the edges', () => {
    expect(moveCell({ row: 0, col: 0 }, 'down', 16, 3)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, 'up', 16, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 4, col: 2 }, 'right', 16, 3)).toEqual({ row: 4, col: 2 });
    expect(moveCell({ row: 4, col: 2 }, 'left', 16, 3)).toEqual({ row: 4, col: 1 });
    expect(moveCell({ row: 4, col: 1 }, 'last', 16, 3)).toEqual({ row: 15, col: 1 });
    expect(moveCell({ row: 4, col: 1 }, 'first', 16, 3)).toEqual({ row: 0, col: 1 });
  });
});

describe('pasting from Excel', () => {
  it('reads a copied column or block', () => {
    expect(parsePaste('3\r\n4\r\n5\r\n')).toEqual([['3'], ['4'], ['5']]);
    expect(parsePaste('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(isMultiCell('7')).toBe(false);
    expect(isMultiCell('7\n')).toBe(false);
    expect(isMultiCell('7\n8')).toBe(true);
    expect(isMultiCell('7\t8')).toBe(true);
  });

  it('fills down from the cell, counting what falls off the end', () => {
    const plan = planPaste(parsePaste('3\n4\n５\n6'), { row: 14, col: 1 }, [16, 16, 16], 12);
    expect(plan).toEqual({
      ok: true,
      writes: [
        { row: 14, col: 1, value: 3 },
        { row: 15, col: 1, value: 4 },
      ],
      dropped: 2,
    });
  });

  it('fills across columns and refuses the whole paste when a value is not allowed', () => {
    const ok = planPaste(parsePaste('1\t2\t3\t4'), { row: 0, col: 1 }, [16, 16, 16], 12);
    expect(ok).toEqual({
      ok: true,
      writes: [
        { row: 0, col: 1, value: 1 },
        { row: 0, col: 2, value: 2 },
      ],
      dropped: 2,
    });
    const bad = planPaste(parsePaste('3\n13\n2.5\n\n4'), { row: 0, col: 0 }, [16], 12);
    expect(bad).toEqual({
      ok: false,
      bad: [
        { row: 1, col: 0, text: '13' },
        { row: 2, col: 0, text: '2.5' },
        { row: 3, col: 0, text: '' },
      ],
    });
  });

  it('writes cells into a copy, leaving everything else as it was', () => {
    const schedule = { ordinary: [1, 1], filing: [2, 'x'], deadline: [3, 3] };
    const next = writeCells(
      schedule,
      ['ordinary', 'filing', 'deadline'],
      [
        { row: 1, col: 1, value: 5 },
        { row: 0, col: 2, value: 0 },
        { row: 7, col: 0, value: 9 },
      ],
    );
    expect(next).toEqual({ ordinary: [1, 1], filing: [2, 5], deadline: [0, 3] });
    expect(schedule.filing[1]).toBe('x');
    expect(writeCells([1, 2, 3], ['all'], [{ row: 2, col: 0, value: 7 }])).toEqual([1, 2, 7]);
  });

  it('raises the group to a typed value and writes the cell, in one draft (one undo step)', () => {
    const draft = JSON.parse(JSON.stringify(demo)) as Scenario;
    const group = groupOf(draft, ['windows', 'groups', 0, 'schedule']);
    expect(group).toBe(draft.windows.groups[0]);
    const before = JSON.stringify((group.schedule as Record<string, number[]>).ordinary);
    raiseWindows(group, ['ordinary', 'filing', 'deadline'], { row: 2, col: 1, value: 16 });
    expect(group.windows).toBe(16);
    expect((group.schedule as Record<string, number[]>).filing[2]).toBe(16);
    expect(JSON.stringify((group.schedule as Record<string, number[]>).ordinary)).toBe(before);
    // Never lowers the count.
    raiseWindows(group, ['ordinary', 'filing', 'deadline'], { row: 0, col: 0, value: 3 });
    expect(group.windows).toBe(16);
    expect((group.schedule as Record<string, number[]>).ordinary[0]).toBe(3);
  });
});

describe('the 12366 agents’ grid', () => {
  const cal = { open: '09:00', close: '17:00', intervalMinutes: 30 };

  it('has one row per interval of the agents’ hours, labelled by its start, and one column per kind of day', () => {
    const iv = agentIntervals({ start: '08:00', end: '20:00' }, cal)!;
    expect(iv).toEqual({ open: 480, interval: 30, count: 24, partial: false });
    expect(agentIntervals('24h', { ...cal, intervalMinutes: 60 })).toEqual({
      open: 0,
      interval: 60,
      count: 24,
      partial: false,
    });
    // The default interval (30 minutes); hours out of order or unreadable give no intervals.
    expect(agentIntervals({ start: '08:00', end: '09:15' }, {})).toEqual({
      open: 480,
      interval: 30,
      count: 2,
      partial: true,
    });
    expect(agentIntervals({ start: '20:00', end: '08:00' }, cal)).toBeNull();
    expect(agentIntervals({ start: '8 点' }, cal)).toBeNull();
    expect(agentHours('24h')).toEqual({ start: 0, end: 1440 });

    const schedule = { ordinary: [1, 2], filing: [3, 4], deadline: [5, 6], closed: [0, 1] };
    const cols = scheduleColumns(schedule, CHANNEL_DAYS);
    expect(cols.map((c) => c.key)).toEqual(['ordinary', 'filing', 'deadline', 'closed']);
    expect(cols[3]).toEqual({ key: 'closed', sub: ['closed'], values: [0, 1] });
    const rows = gridRows(agentIntervals({ start: '08:00', end: '09:00' }, cal), cols);
    expect(rows.map((r) => r.label)).toEqual(['08:00', '08:30']);
  });

  it('writes a closed-day cell, keeping every other kind of day as it was', () => {
    const schedule = { ordinary: [1, 2], filing: [3, 4], deadline: [5, 6], closed: [0, 1] };
    const next = writeCells(schedule, CHANNEL_DAYS, [{ row: 1, col: 3, value: 4 }]);
    expect(next).toEqual({ ordinary: [1, 2], filing: [3, 4], deadline: [5, 6], closed: [0, 4] });
    expect(schedule.closed[1]).toBe(1);
    // A grid of the hall's three day types leaves a fourth key alone.
    expect(writeCells(schedule, ['ordinary', 'filing', 'deadline'], [{ row: 0, col: 0, value: 9 }])).toEqual({
      ...schedule,
      ordinary: [9, 2],
    });
  });

  it('raises the seats to a typed value and writes the cell, in one draft; never lowers them', () => {
    const draft = {
      hotline: {
        agents: { hours: '24h', seats: 40, schedule: { ordinary: [1], filing: [1], deadline: [1], closed: [1] } },
      },
    };
    const agents = groupOf(draft, ['hotline', 'agents', 'schedule']);
    expect(agents).toBe(draft.hotline.agents);
    raiseCount(agents, 'seats', CHANNEL_DAYS, { row: 0, col: 2, value: 45 });
    expect(draft.hotline.agents.seats).toBe(45);
    expect(draft.hotline.agents.schedule.deadline).toEqual([45]);
    raiseCount(agents, 'seats', CHANNEL_DAYS, { row: 0, col: 0, value: 3 });
    expect(draft.hotline.agents.seats).toBe(45);
    expect(draft.hotline.agents.schedule.ordinary).toEqual([3]);
  });

  it('copies one kind of day to another', () => {
    const schedule = { ordinary: [1, 2], filing: [3, 4], deadline: [5, 6], closed: [0, 1] };
    expect(copyColumn(schedule, 'deadline', 'filing')).toEqual({ ...schedule, filing: [5, 6] });
    expect(schedule.filing).toEqual([3, 4]);
    expect(copyColumn([1, 2], 'ordinary', 'filing')).toEqual([1, 2]);
  });

  it('keeps the schedule one entry per interval when the hours move: same time, same agents', () => {
    const day = [1, 2, 3, 4]; // 08:00, 08:30, 09:00, 09:30
    const from = { open: 480 };
    // Later start, same end: the first interval goes.
    expect(realignColumn(day, from, { open: 510, count: 3 }, 30)).toEqual([2, 3, 4]);
    // Earlier start: the new interval takes the first one's agents; a later end, the last one's.
    expect(realignColumn(day, from, { open: 420, count: 6 }, 30)).toEqual([1, 1, 1, 2, 3, 4]);
    expect(realignColumn(day, from, { open: 480, count: 6 }, 30)).toEqual([1, 2, 3, 4, 4, 4]);
    // Shorter at the end.
    expect(realignColumn(day, from, { open: 480, count: 2 }, 30)).toEqual([1, 2]);
    // Around the clock in hours: 08:00 is the ninth of 24 hourly intervals.
    const allDay = realignColumn([7, 8], from, { open: 0, count: 24 }, 60);
    expect(allDay.slice(7, 10)).toEqual([7, 7, 8]);
    expect(allDay).toHaveLength(24);
    expect(realignColumn([], from, { open: 480, count: 2 }, 30)).toEqual([0, 0]);
    const schedule = { ordinary: day, filing: day, deadline: day, closed: [0, 0, 1, 1] };
    expect(realignSchedule(schedule, from, { open: 540, count: 2 }, 30)).toEqual({
      ordinary: [3, 4],
      filing: [3, 4],
      deadline: [3, 4],
      closed: [1, 1],
    });
  });
});
