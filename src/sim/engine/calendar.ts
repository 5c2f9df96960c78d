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
  // Heap, by position: the time inline (so sifting compares without following a pointer) and
  // the slot. The sequence number lives with the slot and is read only on exact time ties,
  // which are rare in continuous time: sifting moves two arrays, not three.
  private hTime: Float64Array;
  private hSlot: Int32Array;
  // By slot: what the event does, its sequence number, where it sits in the heap, generation.
  private sKind: Int32Array;
  private sPayload: Int32Array;
  private sSeq: Float64Array;
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
    this.hSlot = new Int32Array(n);
    this.sKind = new Int32Array(n);
    this.sPayload = new Int32Array(n);
    this.sSeq = new Float64Array(n);
    this.sPos = new Int32Array(n);
    this.sGen = new Int32Array(n);
    this.free = new Int32Array(n);
  }

  /**
   * Schedules an event and returns its slot (a small integer; `handleOf(slot)` gives the
   * handle for `cancel`). Returning the slot rather than the handle matters for speed: the
   * handle does not fit a small integer, and a double returned from a call that is not inlined
   * is allocated on the heap. `time` must be a finite number (checked by callers).
   */
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
    this.sSeq[slot] = this.seq++;
    this.siftUp(this.size++, time, slot);
    return slot;
  }

  /** The handle of the event now in `slot` (valid until it fires or is cancelled). */
  handleOf(slot: number): number {
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
    if (last > 0) this.siftDown(0, this.hTime[last], this.hSlot[last]);
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
      handle >= 0 && slot < this.slotHigh && this.sPos[slot] >= 0 && this.sGen[slot] === (handle - slot) / SLOT_LIMIT
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
      const s = this.hSlot[last];
      // The moved element may belong above or below the hole.
      const parent = (pos - 1) >> 1;
      if (pos > 0 && this.before(t, s, this.hTime[parent], this.hSlot[parent])) this.siftUp(pos, t, s);
      else this.siftDown(pos, t, s);
    }
    this.release(slot);
    return true;
  }

  /** Removes every pending event (handles become stale). */
  clear(): void {
    while (this.size > 0) this.release(this.hSlot[--this.size]);
  }

  /** Whether event (t, slot a) fires before event (u, slot b). */
  private before(t: number, a: number, u: number, b: number): boolean {
    return t < u || (t === u && this.sSeq[a] < this.sSeq[b]);
  }

  private release(slot: number): void {
    this.sPos[slot] = -1;
    this.sGen[slot] = (this.sGen[slot] + 1) & (GEN_LIMIT - 1);
    this.free[this.freeTop++] = slot;
  }

  private siftUp(pos: number, t: number, slot: number): void {
    const hTime = this.hTime;
    const hSlot = this.hSlot;
    const sPos = this.sPos;
    const sSeq = this.sSeq;
    const q = sSeq[slot];
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = hTime[parent];
      if (pt < t) break;
      const ps = hSlot[parent];
      if (pt === t && sSeq[ps] < q) break;
      hTime[pos] = pt;
      hSlot[pos] = ps;
      sPos[ps] = pos;
      pos = parent;
    }
    hTime[pos] = t;
    hSlot[pos] = slot;
    sPos[slot] = pos;
  }

  private siftDown(pos: number, t: number, slot: number): void {
    const hTime = this.hTime;
    const hSlot = this.hSlot;
    const sPos = this.sPos;
    const sSeq = this.sSeq;
    const n = this.size;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      let ct = hTime[child];
      const right = child + 1;
      if (right < n) {
        const rt = hTime[right];
        if (rt < ct || (rt === ct && sSeq[hSlot[right]] < sSeq[hSlot[child]])) {
          child = right;
          ct = rt;
        }
      }
      if (t < ct || (t === ct && sSeq[slot] < sSeq[hSlot[child]])) break;
      const cs = hSlot[child];
      hTime[pos] = ct;
      hSlot[pos] = cs;
      sPos[cs] = pos;
      pos = child;
    }
    hTime[pos] = t;
    hSlot[pos] = slot;
    sPos[slot] = pos;
  }

  private grow(): void {
    if (this.hTime.length >= SLOT_LIMIT) {
      throw new ParameterError('pendingEvents', this.size, `at most ${SLOT_LIMIT}`, `不超过 ${SLOT_LIMIT}`);
    }
    const n = Math.min(this.hTime.length * 2, SLOT_LIMIT);
    this.hTime = growF64(this.hTime, n);
    this.hSlot = growI32(this.hSlot, n);
    this.sKind = growI32(this.sKind, n);
    this.sPayload = growI32(this.sPayload, n);
    this.sSeq = growF64(this.sSeq, n);
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
