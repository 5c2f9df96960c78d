/**
 * The floor under any event-driven M/M/c on this machine: per event, one exponential draw (the
 * kernel's xoshiro128** stream, 53-bit uniform, inversion) and one pop plus one push on a binary
 * heap of 11 pending events (M/M/10 keeps about that many: ten departures and the next arrival).
 * No queue, no statistics, no dispatch: nothing a simulator could leave out. The kernel and the
 * hand-written loop are measured against it (issue 15: "3.1–3.5x the floor").
 */
import { Rng } from '../src/sim/engine/rng.ts';

/** Events per operation of the benchmark. */
export const FLOOR_EVENTS = 1_000_000;
const PENDING = 11;

export function floorLoop(seed: number): { events: number; customers: number; check: number } {
  const rng = Rng.stream(seed, 0, 'floor');
  // The first events, sorted: an ascending array is already a valid min-heap.
  const ht = Float64Array.from({ length: PENDING }, () => -Math.log(rng.nextOpen())).sort();
  let n = PENDING;
  let now = 0;
  for (let e = 0; e < FLOOR_EVENTS; e++) {
    now = ht[0];
    // Pop the root: sift the last element down from the top.
    const last = ht[--n];
    let i = 0;
    for (;;) {
      let ch = 2 * i + 1;
      if (ch >= n) break;
      if (ch + 1 < n && ht[ch + 1] < ht[ch]) ch++;
      if (last <= ht[ch]) break;
      ht[i] = ht[ch];
      i = ch;
    }
    ht[i] = last;
    // Push the next event of this kind.
    const t = now - Math.log(rng.nextOpen());
    let j = n++;
    while (j > 0) {
      const p = (j - 1) >> 1;
      if (ht[p] <= t) break;
      ht[j] = ht[p];
      j = p;
    }
    ht[j] = t;
  }
  // `check` keeps the work observable (V8 must not drop it).
  return { events: FLOOR_EVENTS, customers: 0, check: now };
}
