import { describe, expect, it } from 'vitest';
import { DAY_TYPES, type DayType } from '../scenario/index.ts';
import type { GroupDemand } from './analytic-plan.ts';
import { instructionRuns, intervalWork, oddRows, planDayTypes, type PlanShape } from './instructions.ts';
import type { Staffing } from './staffing.ts';

/** A hall open 15:00–17:00 in four half hours, tickets until 16:30; group 0 carries all the work. */
function shape(): PlanShape {
  const zero = [0, 0, 0, 0];
  const demandOf = (sipp: number[]): GroupDemand => ({
    rate: sipp.map((w) => w / 5),
    load: { sipp, laggedSipp: sipp, mol: sipp },
    meanService: 5,
  });
  const loads: Record<DayType, number[]> = { ordinary: [6, 2, 4, 0.2], filing: [1, 1, 6, 1], deadline: zero };
  const g0: Record<DayType, number[]> = { ordinary: [6, 7, 2, 6], filing: [2, 9, 6, 2], deadline: zero };
  const g1: Record<DayType, number[]> = { ordinary: [1, 1, 0, 1], filing: [0, 0, 0, 0], deadline: zero };
  const required: Staffing = [g0, g1];
  const recommended: Staffing = [{ ...g0, ordinary: [6, 7, 4, 6] }, g1];
  return {
    grid: {
      open: '15:00',
      intervalMinutes: 30,
      intervals: 4,
      labels: ['15:00', '15:30', '16:00', '16:30'],
      ticketEnd: '16:30',
    },
    days: { ordinary: 2, filing: 1, deadline: 0 },
    staffing: { required, recommended, sipp: required, laggedSipp: required, mol: required, scenario: required },
    demand: [
      Object.fromEntries(DAY_TYPES.map((d) => [d, demandOf(loads[d])])) as Record<DayType, GroupDemand>,
      Object.fromEntries(DAY_TYPES.map((d) => [d, demandOf(zero)])) as Record<DayType, GroupDemand>,
    ],
    floor: {
      added: { ordinary: 0, filing: 0, deadline: 0 },
      short: [{ dayType: 'filing', interval: 2, group: 0, load: 6.5, open: 6 }],
    },
  };
}

describe('the plan as instructions', () => {
  it('lists the kinds of day of the horizon only', () => {
    expect(planDayTypes(shape())).toEqual(['ordinary', 'filing']);
  });

  it('joins consecutive intervals where every group opens the same number of windows', () => {
    const runs = instructionRuns(shape(), 'ordinary');
    expect(runs.map((r) => [r.start, r.end, r.from, r.to, r.counts])).toEqual([
      ['15:00', '15:30', 0, 1, [6, 1]],
      ['15:30', '16:00', 1, 2, [7, 1]],
      ['16:00', '16:30', 2, 3, [2, 0]],
      ['16:30', '17:00', 3, 4, [6, 1]],
    ]);
    // Filing days: the second group never opens; equal neighbours join, and the last run ends at closing.
    const filing = instructionRuns(
      {
        ...shape(),
        staffing: {
          ...shape().staffing,
          required: [{ ...shape().staffing.required[0], filing: [2, 2, 6, 6] }, shape().staffing.required[1]],
        },
      },
      'filing',
    );
    expect(filing.map((r) => `${r.start}–${r.end} ${r.counts.join('/')}`)).toEqual([
      '15:00–16:00 2/0',
      '16:00–17:00 6/0',
    ]);
  });

  it('reads another staffing when asked (the roster)', () => {
    expect(instructionRuns(shape(), 'ordinary', 'recommended')[2].counts).toEqual([4, 0]);
  });

  it('counts the arrivals and work of the whole hall in an interval', () => {
    const w = intervalWork(shape(), 'ordinary', 0);
    expect(w.work).toBe(6);
    expect(w.arrivals).toBeCloseTo(36, 10); // 6 windows of work at 5 minutes each: 1.2 a minute for 30 minutes
  });

  it('explains the rows far from their own work', () => {
    const odd = oddRows(shape(), 'ordinary');
    expect(odd.map((o) => [o.interval, o.kind, o.windows])).toEqual([
      [1, 'carryOver', 8],
      [2, 'belowWork', 2],
      [3, 'afterCutoff', 7],
    ]);
    expect(odd[0].from).toEqual({ interval: 0, arrivals: 36, work: 6 });
    expect(odd[2].arrivals).toBeCloseTo(1.2, 10);
    // 7 windows against 6 windows of work at 15:00 is ordinary rounding: not explained.
    expect(odd.some((o) => o.interval === 0)).toBe(false);
  });

  it('says where the grid marks a shortage, and a high row with no busier interval before', () => {
    const odd = oddRows(shape(), 'filing');
    expect(odd.map((o) => [o.interval, o.kind])).toEqual([
      [1, 'aboveWork'],
      [2, 'gridShort'],
    ]);
    expect(odd[1].short).toEqual({ group: 0, load: 6.5, open: 6 });
    // The shortage cells belong to the required windows: the roster's rows are not marked by them.
    expect(oddRows(shape(), 'filing', 'recommended').map((o) => o.kind)).toEqual(['aboveWork']);
  });
});
