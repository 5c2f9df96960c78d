/**
 * The event calendar: a binary min-heap of pending events ordered by (time, insertion sequence),
 * stored in typed arrays so that scheduling and firing an event allocate nothing.
 *
 * Guarantees:
 *  - events fire in time order; events at the same time fire in the order they were scheduled
 *    (FIFO tie-break by a global sequence number), so runs are deterministic;
 *  - `cancel` removes a pending event at once in O(log n) (an indexed heap, not lazy deletion),
 *    so cancelled events cost no memory and are never dispatched;
 *  - a handle identifies one scheduling; cancelling a handle whose event already fired or was
 *    cancelled is a harmless no-op returning false, even if its storage slot was reused
 *    (handles carry a generation count);
 *  - memory is proportional to the number of *pending* events (slots are recycled).
 *
 * Each event is a small-integer `kind` (which handler runs it) and an integer `payload` (for
 * example a customer index or a server index): the hot path never creates closures or objects.
 */
import { ParameterError } from '../errors.ts';

const SLOT_BITS = 26;
export const SLOT_LIMIT = 1 << SLOT_BITS; // 67 million pending events
const GEN_LIMIT = 1 << 27; // generations wrap; a stale handle would need 2^27 reuses to collide

export class EventCalendar {
  // Heap, by position: the key (time, seq) is stored inline so sifting never follows a pointer.
  private hTime: Float64Array;
  private hSeq: Float64Array;
  private hSlot: Int32Array;
  // By slot: what the event does, where it sits in the heap, and its generation.
  private sKind: Int32Array;
  private sPayload: Int32Array;
  private sPos: Int32Array;
  private sGen: Int32Array;
  private free: Int32Array;
  private freeTop = 0;
  private slotHigh = 0;
  private seq = 0;
  /** Number of pending events. */
  size = 0;

  constructor(initialCapacity = 64) {
    const n = Math.min(SLOT_LIMIT, Math.max(4, initialCapacity | 0));
    this.hTime = new Float64Array(n);
    this.hSeq = new Float64Array(n);
    this.hSlot = new Int32Array(n);
    this.sKind = new Int32Array(n);
    this.sPayload = new Int32Array(n);
    this.sPos = new Int32Array(n);
    this.sGen = new Int32Array(n);
    this.free = new Int32Array(n);
  }

  /** Schedules an event; returns its handle. `time` must be a finite number (checked by callers). */
  push(time: number, kind: number, payload: number): number {
    let slot: number;
    if (this.freeTop > 0) {
      slot = this.free[--this.freeTop];
    } else {
      if (this.slotHigh === this.sKind.length) this.grow();
      slot = this.slotHigh++;
    }
    this.sKind[slot] = kind;
    this.sPayload[slot] = payload;
    if (this.size === this.hTime.length) this.grow();
    this.siftUp(this.size++, time, this.seq++, slot);
    return this.sGen[slot] * SLOT_LIMIT + slot;
  }

  /** Time of the earliest pending event, or Infinity when none is pending. */
  peekTime(): number {
    return this.size > 0 ? this.hTime[0] : Infinity;
  }

  /**
   * Removes the earliest event and returns its slot. Read `kindOf(slot)` and `payloadOf(slot)`
   * before scheduling anything else: the slot is free again and the next push may reuse it.
   */
  pop(): number {
    const slot = this.hSlot[0];
    const last = --this.size;
    if (last > 0) this.siftDown(0, this.hTime[last], this.hSeq[last], this.hSlot[last]);
    this.release(slot);
    return slot;
  }

  /** The slot of a handle (for `kindOf` / `payloadOf` of a pending event). */
  slotOf(handle: number): number {
    return handle % SLOT_LIMIT;
  }

  kindOf(slot: number): number {
    return this.sKind[slot];
  }

  payloadOf(slot: number): number {
    return this.sPayload[slot];
  }

  /** Whether the event with this handle is still pending. */
  isPending(handle: number): boolean {
    const slot = handle % SLOT_LIMIT;
    return (
      handle >= 0 &&
      slot < this.slotHigh &&
      this.sPos[slot] >= 0 &&
      this.sGen[slot] === (handle - slot) / SLOT_LIMIT
    );
  }

  /** Time of a pending event (NaN when the handle is not pending). */
  timeOf(handle: number): number {
    return this.isPending(handle) ? this.hTime[this.sPos[handle % SLOT_LIMIT]] : NaN;
  }

  /** Cancels a pending event. Returns false (and does nothing) if it is not pending. */
  cancel(handle: number): boolean {
    if (!this.isPending(handle)) return false;
    const slot = handle % SLOT_LIMIT;
    const pos = this.sPos[slot];
    const last = --this.size;
    if (pos !== last) {
      const t = this.hTime[last];
      const q = this.hSeq[last];
      const s = this.hSlot[last];
      // The moved element may belong above or below the hole.
      const parent = (pos - 1) >> 1;
      if (pos > 0 && (t < this.hTime[parent] || (t === this.hTime[parent] && q < this.hSeq[parent]))) {
        this.siftUp(pos, t, q, s);
      } else {
        this.siftDown(pos, t, q, s);
      }
    }
    this.release(slot);
    return true;
  }

  /** Removes every pending event (handles become stale). */
  clear(): void {
    while (this.size > 0) this.release(this.hSlot[--this.size]);
  }

  private release(slot: number): void {
    this.sPos[slot] = -1;
    this.sGen[slot] = (this.sGen[slot] + 1) % GEN_LIMIT;
    this.free[this.freeTop++] = slot;
  }

  private siftUp(pos: number, t: number, q: number, slot: number): void {
    const hTime = this.hTime;
    const hSeq = this.hSeq;
    const hSlot = this.hSlot;
    const sPos = this.sPos;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = hTime[parent];
      if (pt < t || (pt === t && hSeq[parent] < q)) break;
      hTime[pos] = pt;
      hSeq[pos] = hSeq[parent];
      const ps = hSlot[parent];
      hSlot[pos] = ps;
      sPos[ps] = pos;
      pos = parent;
    }
    hTime[pos] = t;
    hSeq[pos] = q;
    hSlot[pos] = slot;
    sPos[slot] = pos;
  }

  private siftDown(pos: number, t: number, q: number, slot: number): void {
    const hTime = this.hTime;
    const hSeq = this.hSeq;
    const hSlot = this.hSlot;
    const sPos = this.sPos;
    const n = this.size;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      let ct = hTime[child];
      let cq = hSeq[child];
      const right = child + 1;
      if (right < n) {
        const rt = hTime[right];
        if (rt < ct || (rt === ct && hSeq[right] < cq)) {
          child = right;
          ct = rt;
          cq = hSeq[right];
        }
      }
      if (t < ct || (t === ct && q < cq)) break;
      hTime[pos] = ct;
      hSeq[pos] = cq;
      const cs = hSlot[child];
      hSlot[pos] = cs;
      sPos[cs] = pos;
      pos = child;
    }
    hTime[pos] = t;
    hSeq[pos] = q;
    hSlot[pos] = slot;
    sPos[slot] = pos;
  }

  private grow(): void {
    if (this.hTime.length >= SLOT_LIMIT) {
      throw new ParameterError('pendingEvents', this.size, `at most ${SLOT_LIMIT}`, `不超过 ${SLOT_LIMIT}`);
    }
    const n = Math.min(this.hTime.length * 2, SLOT_LIMIT);
    this.hTime = growF64(this.hTime, n);
    this.hSeq = growF64(this.hSeq, n);
    this.hSlot = growI32(this.hSlot, n);
    this.sKind = growI32(this.sKind, n);
    this.sPayload = growI32(this.sPayload, n);
    this.sPos = growI32(this.sPos, n);
    this.sGen = growI32(this.sGen, n);
    this.free = growI32(this.free, n);
  }
}

export function growF64(a: Float64Array, n: number): Float64Array {
  const b = new Float64Array(n);
  b.set(a);
  return b;
}

export function growI32(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}
