import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPACT_MIN, EventCalendar } from './calendar.ts';
import { Simulator } from './simulator.ts';
import { ParameterError } from '../errors.ts';

/** A naive reference: a list scanned for the minimum (time, seq). */
class Reference {
  items: { t: number; seq: number; payload: number; handle: number }[] = [];
  seq = 0;
  push(t: number, payload: number, handle: number) {
    this.items.push({ t, seq: this.seq++, payload, handle });
  }
  peek() {
    let best = 0;
    for (let i = 1; i < this.items.length; i++) {
      const a = this.items[i];
      const b = this.items[best];
      if (a.t < b.t || (a.t === b.t && a.seq < b.seq)) best = i;
    }
    return this.items[best];
  }
  pop() {
    let best = 0;
    for (let i = 1; i < this.items.length; i++) {
      const a = this.items[i];
      const b = this.items[best];
      if (a.t < b.t || (a.t === b.t && a.seq < b.seq)) best = i;
    }
    return this.items.splice(best, 1)[0];
  }
  cancel(handle: number) {
    const i = this.items.findIndex((x) => x.handle === handle);
    if (i < 0) return false;
    this.items.splice(i, 1);
    return true;
  }
}

type Op = { op: 'push'; t: number } | { op: 'pop' } | { op: 'cancel'; k: number };

describe('EventCalendar', () => {
  it('fires in (time, insertion order) and cancels exactly, like a naive reference (property)', () => {
    const op = fc.oneof(
      // Few distinct times, so that ties are common and FIFO tie-breaking is exercised.
      fc.record({ op: fc.constant('push' as const), t: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ op: fc.constant('pop' as const) }),
      fc.record({ op: fc.constant('cancel' as const), k: fc.nat(1000) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops: Op[]) => {
        const cal = new EventCalendar(4); // small, so that growth is exercised
        const ref = new Reference();
        const handles: number[] = [];
        let payload = 0;
        for (const o of ops) {
          if (o.op === 'push') {
            const h = cal.handleOf(cal.push(o.t, 0, payload));
            ref.push(o.t, payload, h);
            handles.push(h);
            payload++;
          } else if (o.op === 'pop') {
            if (ref.items.length === 0) {
              expect(cal.size).toBe(0);
              continue;
            }
            const want = ref.pop();
            expect(cal.peekTime()).toBe(want.t);
            const slot = cal.pop();
            expect(cal.payloadOf(slot)).toBe(want.payload);
          } else if (handles.length > 0) {
            const h = handles[o.k % handles.length];
            expect(cal.cancel(h)).toBe(ref.cancel(h));
          }
          expect(cal.size).toBe(ref.items.length);
        }
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('fires, takes, settles and cancels lazily like the reference, with memory bounded (property)', () => {
    // As the run loop uses it: `take` leaves the fired event on top until the handler's first
    // push replaces it; cancellations may come in between. Cancelled events stay in the heap
    // until they reach the top or a compaction, which must change nothing observable.
    type Inner = { op: 'push'; t: number } | { op: 'cancel'; k: number };
    type Outer = Inner | { op: 'pop' } | { op: 'fire'; inner: Inner[] } | { op: 'ask'; k: number };
    const inner = fc.oneof(
      fc.record({ op: fc.constant('push' as const), t: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ op: fc.constant('cancel' as const), k: fc.nat(1000) }),
    );
    const outer = fc.oneof(
      { arbitrary: inner, weight: 4 },
      { arbitrary: fc.record({ op: fc.constant('pop' as const) }), weight: 1 },
      {
        arbitrary: fc.record({ op: fc.constant('fire' as const), inner: fc.array(inner, { maxLength: 6 }) }),
        weight: 3,
      },
      { arbitrary: fc.record({ op: fc.constant('ask' as const), k: fc.nat(1000) }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(outer, { maxLength: 500 }), (ops: Outer[]) => {
        const cal = new EventCalendar(4);
        const ref = new Reference();
        const handles: number[] = [];
        let payload = 0;
        const doInner = (o: Inner) => {
          if (o.op === 'push') {
            const h = cal.handleOf(cal.push(o.t, 0, payload));
            ref.push(o.t, payload++, h);
            handles.push(h);
          } else if (handles.length > 0) {
            // Mostly recent handles, which are more often still pending.
            const h = handles[handles.length - 1 - (o.k % Math.min(handles.length, 12))];
            expect(cal.cancel(h)).toBe(ref.cancel(h));
          }
        };
        for (const o of ops) {
          if (o.op === 'push' || o.op === 'cancel') doInner(o);
          else if (o.op === 'ask') {
            if (handles.length === 0) continue;
            const h = handles[o.k % handles.length];
            const item = ref.items.find((x) => x.handle === h);
            expect(cal.isPending(h)).toBe(item !== undefined);
            expect(cal.timeOf(h)).toBe(item === undefined ? NaN : item.t);
          } else if (ref.items.length === 0) {
            expect(cal.size).toBe(0);
            expect(cal.peekTime()).toBe(Infinity);
          } else {
            const want = ref.pop();
            expect(cal.peekTime()).toBe(want.t);
            const slot = o.op === 'pop' ? cal.pop() : cal.take();
            expect(cal.payloadOf(slot)).toBe(want.payload);
            expect(cal.isPending(want.handle)).toBe(false);
            expect(cal.cancel(want.handle)).toBe(false); // fired: a no-op
            if (o.op === 'fire') {
              for (const i of o.inner) doInner(i);
              cal.settle();
            }
          }
          expect(cal.size).toBe(ref.items.length);
          expect(cal.entries).toBeLessThanOrEqual(2 * cal.size + COMPACT_MIN);
          // Never a cancelled event on top.
          expect(cal.peekTime()).toBe(ref.items.length === 0 ? Infinity : ref.peek().t);
        }
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('never fires a cancelled event, and keeps equal times in scheduling order around cancellations', () => {
    const sim = new Simulator();
    const seen: number[] = [];
    const k = sim.register((p) => {
      seen.push(p);
      // Scheduled now for now: after every event already due at this time.
      if (p === 1) sim.schedule(sim.now, k, 10);
    });
    const h = [0, 1, 2, 3, 4].map((p) => sim.schedule(5, k, p));
    const late = sim.schedule(7, k, 5);
    expect(sim.cancel(h[2])).toBe(true);
    expect(sim.cancel(h[2])).toBe(false);
    sim.schedule(5, k, 6);
    expect(sim.cancel(h[0])).toBe(true); // the earliest of all
    expect(sim.calendar.peekTime()).toBe(5);
    sim.run(6);
    expect(seen).toEqual([1, 3, 4, 6, 10]);
    expect(sim.cancel(h[1])).toBe(false); // fired
    expect(sim.cancel(late)).toBe(true);
    expect(sim.run()).toBe(0);
    expect(sim.calendar.size).toBe(0);
  });

  it('compacts correctly while an event is being fired (its handler cancels many)', () => {
    const sim = new Simulator();
    const seen: number[] = [];
    const k = sim.register((p) => seen.push(p));
    const handles: number[] = [];
    const boss = sim.register(() => {
      seen.push(-1);
      // Enough cancellations for a compaction while the firing event is still on top.
      for (let i = 0; i < handles.length; i += 3) {
        sim.cancel(handles[i + 1]);
        sim.cancel(handles[i + 2]);
      }
      sim.schedule(sim.now + 0.5, k, 1000);
    });
    sim.schedule(1, boss);
    for (let i = 0; i < 90; i++) handles.push(sim.schedule(2 + i, k, i));
    expect(sim.run()).toBe(1 + 30 + 1);
    expect(seen).toEqual([-1, 1000, ...Array.from({ length: 30 }, (_, j) => 3 * j)]);
  });

  it('keeps memory bounded under heavy cancellation churn (patience that is nearly always cancelled)', () => {
    // Each customer schedules a far "patience" event and cancels it when served: without
    // compaction the heap would hold every one of them until its time came.
    const sim = new Simulator();
    const renege = sim.register(() => {
      throw new Error('a cancelled event fired');
    });
    let served = 0;
    let cancelled = 0;
    let pending = -1;
    const serve = sim.register(() => {
      served++;
      if (served < 20000) sim.schedule(sim.now + 1, serve);
      // Cancelled behind an earlier event (the next service), so it is not simply on top.
      if (pending >= 0 && sim.cancel(pending)) cancelled++;
      pending = sim.schedule(sim.now + 1e6, renege);
    });
    sim.schedule(0, serve);
    let most = 0;
    while (served < 20000) {
      sim.run(sim.now + 100);
      most = Math.max(most, sim.calendar.entries);
    }
    expect(cancelled).toBe(19999);
    expect(most).toBeLessThanOrEqual(2 * 2 + COMPACT_MIN);
    expect((sim.calendar as unknown as { hTime: Float64Array }).hTime.length).toBe(64);
    expect(sim.calendar.size).toBe(1); // the last patience event, still pending
  });

  it('ignores a stale handle whose slot was reused', () => {
    const cal = new EventCalendar();
    const h1 = cal.handleOf(cal.push(5, 0, 1));
    cal.pop();
    const h2 = cal.handleOf(cal.push(7, 0, 2)); // reuses the slot of h1
    expect(cal.cancel(h1)).toBe(false);
    expect(cal.isPending(h2)).toBe(true);
    expect(cal.timeOf(h2)).toBe(7);
    expect(cal.cancel(h2)).toBe(true);
    expect(cal.cancel(h2)).toBe(false);
    expect(cal.size).toBe(0);
  });

  it('keeps memory proportional to pending events, not to events fired', () => {
    const sim = new Simulator();
    let fired = 0;
    const k = sim.register(() => {
      fired++;
      if (fired < 100000) sim.scheduleIn(1, k);
    });
    sim.schedule(0, k);
    sim.run();
    expect(fired).toBe(100000);
    // One pending event at a time: the calendar never grew past its initial capacity.
    expect((sim.calendar as unknown as { hTime: Float64Array }).hTime.length).toBe(64);
  });
});

describe('Simulator', () => {
  it('runs events up to and including `until`, keeps later ones, and sets the clock', () => {
    const sim = new Simulator();
    const seen: number[] = [];
    const k = sim.register((p) => seen.push(p));
    sim.schedule(10, k, 1);
    sim.schedule(20, k, 2);
    sim.schedule(30, k, 3);
    expect(sim.run(20)).toBe(2);
    expect(seen).toEqual([1, 2]);
    expect(sim.now).toBe(20);
    sim.run(25);
    expect(sim.now).toBe(25);
    sim.run();
    expect(seen).toEqual([1, 2, 3]);
    expect(sim.now).toBe(30);
  });

  it('runs one-off callbacks and cancels them', () => {
    const sim = new Simulator();
    const seen: string[] = [];
    sim.at(5, () => seen.push('a'));
    const h = sim.at(6, () => seen.push('b'));
    sim.at(7, () => seen.push('c'));
    expect(sim.cancel(h)).toBe(true);
    sim.run();
    expect(seen).toEqual(['a', 'c']);
  });

  it('stops on request', () => {
    const sim = new Simulator();
    const k = sim.register(() => sim.stop());
    sim.schedule(1, k);
    sim.schedule(2, k);
    expect(sim.run()).toBe(1);
    expect(sim.calendar.size).toBe(1);
  });

  it('rejects times in the past, NaN, Infinity and unknown kinds', () => {
    const sim = new Simulator(10);
    const k = sim.register(() => {});
    expect(() => sim.schedule(5, k)).toThrow(ParameterError);
    expect(() => sim.schedule(NaN, k)).toThrow(/time: got NaN/);
    expect(() => sim.schedule(Infinity, k)).toThrow(/time/);
    expect(() => sim.schedule(11, 99)).toThrow(/kind/);
    expect(() => sim.run(NaN)).toThrow(/until/);
    expect(() => new Simulator(NaN)).toThrow(/startTime/);
  });
});
