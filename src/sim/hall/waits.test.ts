import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../engine/stats/quantile.ts';
import { MINUTES_PER_DAY } from '../scenario/index.ts';
import { type TicketCells, WaitRecords, type WaitStats } from './waits.ts';

interface Rec {
  ticket: number;
  wait: number;
  type: number;
  channel: number;
  group: number;
}

/** Stats of the records `rs` (in record order) the way the definitions say, one category at a time. */
function reference(rs: Rec[], abandoned: number, target: number): WaitStats | null {
  if (rs.length === 0) return null;
  let sum = 0;
  let within = 0;
  for (const r of rs) {
    sum += r.wait;
    if (r.wait <= target) within++;
  }
  const sorted = rs.map((r) => r.wait).sort((a, b) => a - b);
  return {
    n: rs.length,
    mean: sum / rs.length,
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    withinTarget: within / (rs.length + abandoned),
  };
}

/** Mean, p90 and count of the records by cell (`cellOf` −1: none). */
function byCell(rs: Rec[], cells: number, cellOf: (t: number) => number) {
  const mean = new Float64Array(cells);
  const p90 = new Float64Array(cells);
  const count = new Float64Array(cells);
  for (let c = 0; c < cells; c++) {
    const mine = rs.filter((r) => cellOf(r.ticket) === c);
    let sum = 0;
    for (const r of mine) sum += r.wait;
    count[c] = mine.length;
    mean[c] = mine.length ? sum / mine.length : 0;
    p90[c] = mine.length
      ? quantileSorted(
          mine.map((r) => r.wait).sort((a, b) => a - b),
          0.9,
        )
      : 0;
  }
  return { mean, p90, count };
}

const days = 4;
const per = 4; // 6-hour intervals
// Day 2 closed; days 0, 1 of type 0, day 3 of type 2.
const cells: TicketCells = {
  interval: 360,
  intervals: days * per,
  days,
  intervalsPerDay: per,
  dayType: Int8Array.of(0, 0, -1, 2),
  dayTypes: 3,
};

const record = fc.record({
  ticket: fc.double({ min: 0, max: (days + 1) * MINUTES_PER_DAY, noNaN: true }),
  wait: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 60, noNaN: true })),
  type: fc.integer({ min: 0, max: 2 }),
  channel: fc.integer({ min: 0, max: 2 }),
  group: fc.integer({ min: 0, max: 3 }),
});

describe('WaitRecords.summary', () => {
  // One store for every case, reset between them, as a worker's replications share one.
  const waits = new WaitRecords(16);

  it('gives every category and cell what a separate computation over its records gives, bit for bit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 150 }),
        fc.array(fc.tuple(record, fc.boolean()), { maxLength: 20 }),
        fc.integer({ min: 3, max: 5 }),
        (served, gaveUp, types) => {
          const groups = 4;
          waits.reset(types, groups);
          for (const r of served) waits.add(r.ticket, r.wait, r.type, r.channel, r.group);
          for (const [r] of gaveUp) waits.abandon(r.ticket, r.type, r.channel, r.group);
          const target = 15;
          const s = waits.summary(target, types, groups, cells);
          expect(s.all).toEqual(reference(served, gaveUp.length, target));
          const field = (k: 'type' | 'channel' | 'group', n: number) =>
            Array.from({ length: n }, (_, i) =>
              reference(
                served.filter((r) => r[k] === i),
                gaveUp.filter(([r]) => r[k] === i).length,
                target,
              ),
            );
          expect(s.type).toEqual(field('type', types));
          expect(s.channel).toEqual(field('channel', 3));
          expect(s.group).toEqual(field('group', groups));
          const day = (t: number) => Math.floor(t / MINUTES_PER_DAY);
          expect(s.interval).toEqual(byCell(served, days * per, (t) => Math.min(days * per - 1, Math.floor(t / 360))));
          expect(s.day).toEqual(byCell(served, days, (t) => Math.min(days - 1, day(t))));
          const profile = (t: number) => {
            const d = day(t);
            const k = d < days ? cells.dayType[d] : -1;
            return k < 0 ? -1 : k * per + Math.floor((t - d * MINUTES_PER_DAY) / 360);
          };
          expect(s.profile).toEqual(byCell(served, 3 * per, profile));
          const abandoned = new Float64Array(days);
          for (const [r] of gaveUp) abandoned[Math.min(days - 1, day(r.ticket))]++;
          expect(s.abandonedByDay).toEqual(abandoned);
        },
      ),
      { numRuns: 200, seed: 20261206 },
    );
  });

  it('starts from nothing after a reset, whatever the replication before recorded', () => {
    waits.reset(5, 4);
    for (let i = 0; i < 3000; i++) waits.add(i, i % 50, i % 5, i % 3, i % 4);
    for (let i = 0; i < 40; i++) waits.abandon(i, 4, 2, 3);
    waits.reset(1, 1);
    waits.add(100, 4, 0, 1, 0);
    waits.abandon(200, 0, 1, 0);
    const s = waits.summary(5, 1, 1, cells);
    expect(s.all).toEqual({ n: 1, mean: 4, p50: 4, p90: 4, p95: 4, withinTarget: 0.5 });
    expect(s.channel).toEqual([null, s.all, null]);
    expect(s.interval.count.reduce((a, b) => a + b, 0)).toBe(1);
    expect(Array.from(s.abandonedByDay)).toEqual([1, 0, 0, 0]);
    expect(waits.distribution(1, 6).shares).toEqual(Float64Array.of(0, 0, 0, 0, 1, 0));
  });
});
