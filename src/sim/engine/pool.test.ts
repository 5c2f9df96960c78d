import { describe, expect, it } from 'vitest';
import { ParameterError } from '../errors.ts';
import { Outcome, ServerPool, type PoolOptions } from './pool.ts';
import { COMPACT_MIN } from './calendar.ts';
import { Rng } from './rng.ts';
import { Simulator } from './simulator.ts';
import { IntervalGrid } from './stats/intervals.ts';

/** A scripted pool: customers arrive at given times with given class, service and patience. */
function script(
  options: Omit<PoolOptions, 'onStart' | 'onLeave'>,
  arrivals: { t: number; cls?: number; s: number; p?: number }[],
  until = Infinity,
) {
  const sim = new Simulator();
  const starts: [number, number, number][] = []; // [customer, time, server]
  const leaves: [number, number, Outcome][] = []; // [customer, time, outcome]
  const pool = new ServerPool(sim, {
    ...options,
    onStart: (c, server) => starts.push([c, sim.now, server]),
    onLeave: (c, o) => leaves.push([c, sim.now, o]),
  });
  const balance = () =>
    pool.presentAtReset +
    pool.arrived -
    (pool.completed + pool.abandoned + pool.balked + pool.blocked + pool.evicted + pool.waiting + pool.busy);
  const imbalances: number[] = [];
  const k = sim.register((i) => {
    const a = arrivals[i];
    pool.arrive(i, a.cls ?? 0, a.s, a.p ?? Infinity);
    imbalances.push(balance());
  });
  arrivals.forEach((a, i) => sim.schedule(a.t, k, i));
  sim.run(until);
  return { sim, pool, starts, leaves, imbalances, balance };
}

describe('ServerPool', () => {
  it('serves class 0 before class 1 and FIFO within a class (non-preemptive)', () => {
    const { starts } = script({ capacity: 1, classes: 2 }, [
      { t: 0, cls: 1, s: 10 },
      { t: 1, cls: 1, s: 10 }, // A
      { t: 2, cls: 0, s: 10 }, // B
      { t: 3, cls: 1, s: 10 }, // C
      { t: 4, cls: 0, s: 10 }, // D
    ]);
    expect(starts.map(([c, t]) => [c, t])).toEqual([
      [0, 0],
      [2, 10],
      [4, 20],
      [1, 30],
      [3, 40],
    ]);
  });

  it('a reneging customer leaves at once and is counted nowhere else', () => {
    const { pool, starts, leaves, sim } = script({ capacity: 1 }, [
      { t: 0, s: 10 },
      { t: 1, s: 5, p: 3 }, // gives up at 4
      { t: 2, s: 5, p: 20 }, // served at 10, its renege at 22 must not fire
    ]);
    expect(leaves).toEqual([
      [1, 4, Outcome.abandoned],
      [0, 10, Outcome.served],
      [2, 15, Outcome.served],
    ]);
    expect(starts.map(([c, t]) => [c, t])).toEqual([
      [0, 0],
      [2, 10],
    ]);
    expect(pool.abandoned).toBe(1);
    expect(pool.abandonWaits.mean).toBe(3);
    expect(pool.waits.mean).toBe((0 + 8) / 2);
    // Queue length: 1 on [1,2), 2 on [2,4), 1 on [4,10): area 1 + 4 + 6 = 11 over 15 minutes.
    expect(pool.queueLength.integral(sim.now)).toBe(11);
    expect(sim.calendar.size).toBe(0);
  });

  it('balks by a rule that sees the state, and blocks when the waiting room is full', () => {
    const seen: number[] = [];
    const sim = new Simulator();
    const pool = new ServerPool(sim, {
      capacity: 1,
      waitingRoom: 3,
      balk: (p, c) => {
        seen.push(p.waiting);
        return c === 2;
      },
    });
    const k = sim.register((i) => pool.arrive(i, 0, 10, Infinity));
    for (let i = 0; i < 6; i++) sim.schedule(i, k, i);
    sim.run(5);
    // 0 served at once; 1 waits; 2 balks (the rule says so); 3, 4 wait; 5 is blocked (room full,
    // and the rule is not asked).
    expect(seen).toEqual([0, 1, 1, 2]);
    expect([pool.balked, pool.blocked, pool.waiting, pool.busy]).toEqual([1, 1, 3, 1]);
  });

  it('follows its schedule: closing servers finish their customer, opening ones take the line at once', () => {
    const { starts, leaves, pool, sim, imbalances, balance } = script(
      {
        capacity: [
          { time: 0, count: 3 },
          { time: 10, count: 1 },
          { time: 20, count: 4 },
        ],
        intervals: new IntervalGrid(0, 10, 4),
      },
      [0, 0, 0, 0, 0].map(() => ({ t: 0, s: 15 })),
    );
    // 3 start at 0; at 10 two servers close but finish at 15; one server goes on at 15;
    // at 20 three servers open and the last customer starts at once.
    expect(starts.map(([c, t]) => [c, t])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 15],
      [4, 20],
    ]);
    expect(leaves.filter(([, , o]) => o === Outcome.served).length).toBe(5);
    expect(leaves.map(([, t]) => t)).toEqual([15, 15, 15, 30, 35]);
    expect(pool.waiting + pool.busy).toBe(0);
    expect(imbalances.every((x) => x === 0)).toBe(true);
    expect(balance()).toBe(0);
    pool.close();
    // Staffed windows per 10-minute interval: 3; then 1 open plus 2 closing ones finishing their
    // customer until 15 (a mean of 2); 4; 4 (the last one observed up to 35).
    expect(Array.from(pool.intervals!.open.means(sim.now))).toEqual([3, 2, 4, 4]);
    // Busy: 3 on [0,15), 1 on [15,20), 2 on [20,30), 1 on [30,35).
    expect(Array.from(pool.intervals!.busy.means(sim.now))).toEqual([3, 2, 2, 1]);
    expect(sim.now).toBe(35);
  });

  it('counts a closing server as staffed until its customer leaves: busy time never exceeds staffed time', () => {
    // Two servers busy for 30 minutes; both close at 5 (the hall's 15-minute day, say).
    const { pool, sim } = script(
      {
        capacity: [
          { time: 0, count: 2 },
          { time: 5, count: 0 },
        ],
        intervals: new IntervalGrid(0, 10, 4),
      },
      [
        { t: 0, s: 30 },
        { t: 1, s: 30 },
      ],
    );
    pool.close();
    expect(pool.busyIntegral()).toBe(60);
    // Staffed: 2 from 0 to 30, 1 from 30 to 31.
    expect(pool.openServers.integral(sim.now)).toBe(61);
    expect(pool.staffed).toBe(0);
    const busy = pool.intervals!.busy.means(sim.now);
    const staffed = pool.intervals!.open.means(sim.now);
    for (let i = 0; i < busy.length; i++) expect(busy[i]).toBeLessThanOrEqual(staffed[i]);
  });

  it('sends the whole line away when told (evicted), keeps those in service, and cancels their patience', () => {
    const sim = new Simulator();
    const leaves: [number, number, Outcome][] = [];
    const pool = new ServerPool(sim, { capacity: 1, onLeave: (c, o) => leaves.push([c, sim.now, o]) });
    const k = sim.register((i) => pool.arrive(i, 0, 10, i === 2 ? 4 : Infinity));
    for (let i = 0; i < 3; i++) sim.schedule(i, k, i);
    sim.schedule(
      3,
      sim.register(() => pool.evictWaiting()),
      0,
    );
    sim.run(Infinity);
    expect(leaves).toEqual([
      [1, 3, Outcome.evicted],
      [2, 3, Outcome.evicted],
      [0, 10, Outcome.served],
    ]);
    expect([pool.evicted, pool.abandoned, pool.completed, pool.waiting]).toEqual([2, 0, 1, 0]);
  });

  it('reneges exactly when patience runs out, with patience events cancelled lazily and memory bounded', () => {
    // M/M/2 with patience long next to the usual wait: most patience events are cancelled at
    // service start (lazily: they stay in the calendar until they reach its top or it is
    // compacted). Checked one customer at a time: whoever reneges leaves at arrival + patience,
    // whoever is served starts before then; and the calendar never holds more than twice its
    // pending events plus COMPACT_MIN.
    const sim = new Simulator();
    const rng = new Rng(1, 2, 3, 4);
    const n = 20000;
    const arrived = new Float64Array(n);
    const patience = new Float64Array(n);
    let late = 0;
    let wrongTime = 0;
    const pool = new ServerPool(sim, {
      capacity: 2,
      onStart: (c) => {
        if (!(sim.now <= arrived[c] + patience[c])) late++;
      },
      onLeave: (c, o) => {
        if (o === Outcome.abandoned && sim.now !== arrived[c] + patience[c]) wrongTime++;
      },
    });
    let spare = Infinity;
    const k = sim.register((i) => {
      arrived[i] = sim.now;
      patience[i] = (i % 2 === 0 ? 3 : 500) * rng.exponential(); // half of them very patient
      pool.arrive(i, 0, rng.exponential() / 0.95, patience[i]);
      if (i + 1 < n) sim.schedule(sim.now + rng.exponential() / 1.8, k, i + 1);
      spare = Math.min(spare, 2 * sim.calendar.size + COMPACT_MIN - sim.calendar.entries);
    });
    sim.schedule(0, k, 0);
    sim.run();
    expect([late, wrongTime]).toEqual([0, 0]);
    expect(pool.completed + pool.abandoned).toBe(n);
    expect(pool.abandoned).toBeGreaterThan(300); // some renege
    expect(pool.abandoned).toBeLessThan(n / 4); // but most patience events are cancelled
    expect(spare).toBeGreaterThanOrEqual(0);
    expect(sim.calendar.size).toBe(0);
  });

  it('a server that closes while idle and reopens is usable again', () => {
    const { starts } = script(
      {
        capacity: [
          { time: 0, count: 2 },
          { time: 5, count: 0 },
          { time: 10, count: 2 },
        ],
      },
      [
        { t: 0, s: 1 },
        { t: 6, s: 1 },
        { t: 6, s: 1 },
      ],
    );
    expect(starts.map(([c, t]) => [c, t])).toEqual([
      [0, 0],
      [1, 10],
      [2, 10],
    ]);
    expect(new Set(starts.slice(1).map(([, , s]) => s)).size).toBe(2);
  });

  it('counts per-interval arrivals and waits by arrival interval', () => {
    const { pool } = script({ capacity: 1, intervals: new IntervalGrid(0, 10, 3), waitThreshold: 4 }, [
      { t: 1, s: 12 },
      { t: 2, s: 1 }, // waits 11
      { t: 15, s: 1 }, // waits 0
    ]);
    const iv = pool.intervals!.counts!;
    expect(Array.from(iv.arrivals.values)).toEqual([2, 1, 0]);
    expect(Array.from(iv.waitSum.values)).toEqual([11, 0, 0]);
    expect(Array.from(iv.waitsOver.values)).toEqual([1, 0, 0]);
    expect(pool.waitsOver).toBe(1);
  });

  it('keeps statistics after a reset consistent with the customers present', () => {
    const { pool, balance, sim } = script(
      { capacity: 1 },
      [
        { t: 0, s: 10 },
        { t: 1, s: 10 },
        { t: 2, s: 10 },
      ],
      5,
    );
    pool.resetStats();
    expect(pool.presentAtReset).toBe(3);
    sim.run();
    expect(pool.completed).toBe(3);
    expect(balance()).toBe(0);
  });

  it('rejects bad arguments with the parameter named', () => {
    const sim = new Simulator();
    expect(() => new ServerPool(sim, { name: 'w', capacity: -1 })).toThrow(/w\.capacity/);
    expect(() => new ServerPool(sim, { name: 'w', capacity: 1.5 })).toThrow(/w\.capacity/);
    expect(() => new ServerPool(sim, { name: 'w', capacity: [] })).toThrow(/w\.capacity/);
    expect(
      () =>
        new ServerPool(sim, {
          name: 'w',
          capacity: [
            { time: 5, count: 1 },
            { time: 5, count: 2 },
          ],
        }),
    ).toThrow(/w\.capacity\[1\]\.time/);
    expect(() => new ServerPool(sim, { name: 'w', capacity: [{ time: 0, count: NaN }] })).toThrow(
      /w\.capacity\[0\]\.count/,
    );
    expect(() => new ServerPool(sim, { name: 'w', capacity: 1, waitingRoom: -1 })).toThrow(/w\.waitingRoom/);
    expect(() => new ServerPool(sim, { name: 'w', capacity: 1, classes: 0 })).toThrow(ParameterError);
    const pool = new ServerPool(sim, { name: 'w', capacity: 1 });
    expect(() => pool.arrive(0, 0, NaN, Infinity)).toThrow(/w\.service: got NaN/);
    expect(() => pool.arrive(0, 0, -1, Infinity)).toThrow(/w\.service/);
    expect(() => pool.arrive(0, 0, Infinity, Infinity)).toThrow(/w\.service/);
    expect(() => pool.arrive(0, 0, 1, -2)).toThrow(/w\.patience/);
    expect(() => pool.arrive(0, 1, 1, Infinity)).toThrow(/w\.class/);
    expect(() => pool.setOpen(-3)).toThrow(/w\.capacity/);
  });
});

describe('ServerPool ordered by key', () => {
  it('serves the smallest key first, FIFO among equal keys, and lets a customer leave from the middle', () => {
    const sim = new Simulator();
    const order: number[] = [];
    const pool = new ServerPool(sim, { capacity: 1, order: 'key', onStart: (c) => order.push(c) });
    const k = sim.register((i) => {
      const keys = [9, 7, 3, 7, 1, 3];
      pool.arrive(i, keys[i], 10, i === 5 ? 2 : Infinity);
    });
    for (let i = 0; i < 6; i++) sim.schedule(i, k, i);
    sim.run();
    // 0 starts at once; then keys 1 (4), 3 (2), 7 (1), 7 (3); 5 (key 3) reneged at time 7.
    expect(order).toEqual([0, 4, 2, 1, 3]);
    expect(pool.abandoned).toBe(1);
    expect(() => pool.arrive(6, -1, 1, Infinity)).toThrow(/class/);
  });
});
