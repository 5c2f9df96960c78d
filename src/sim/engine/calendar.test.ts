import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventCalendar } from './calendar.ts';
import { Simulator } from './simulator.ts';
import { ParameterError } from '../errors.ts';

/** A naive reference: a list scanned for the minimum (time, seq). */
class Reference {
  items: { t: number; seq: number; payload: number; handle: number }[] = [];
  seq = 0;
  push(t: number, payload: number, handle: number) {
    this.items.push({ t, seq: this.seq++, payload, handle });
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
