/**
 * The event calendar: a binary min-heap of pending events ordered by (time, insertion sequence),
 * stored in typed arrays so that scheduling and firing an event allocate nothing.
 *
 * Guarantees:
 *  - events fire in time order; events at the same time fire in the order they were scheduled
 *    (FIFO tie-break by a global sequence number), so runs are deterministic;
 *  - `cancel` is O(1) and lazy: the event is marked and stays in the heap, keeping its place in
 *    the (time, sequence) order, until it reaches the top, where it is dropped without firing;
 *    the top of the heap is never a cancelled event, so `peekTime` and `size` count only
 *    pending events and a cancelled event is never dispatched;
 *  - a handle identifies one scheduling; cancelling a handle whose event already fired or was
 *    cancelled is a harmless no-op returning false, even if its storage slot was reused
 *    (handles carry a generation count);
 *  - memory is proportional to the number of *pending* events: slots are recycled, and when
 *    cancelled entries outnumber pending ones (and are more than COMPACT_MIN), the heap is
 *    rebuilt without them, so it holds at most 2 × pending + COMPACT_MIN entries (`entries`),
 *    at an amortised O(1) per cancellation;
 *  - an event that fires and schedules another from its handler costs one sift, not two: the
 *    run loop `take`s the event, leaving it spent on top, and the handler's first push takes
 *    its place (`settle` removes it when the handler scheduled nothing).
 *
 * Why lazy: an indexed heap (removal at once) must keep every slot's heap position up to date,
 * one more array write per sift step on every push and pop, only for `cancel`. The common
 * cancellation (a waiting customer's patience, cancelled when service starts) is usually far
 * in the future, so it leaves the heap when its time comes up (one sift, as a removal at once
 * would cost) or in a compaction (a linear pass). Rebuilding the heap, like replacing the
 * spent top, changes its shape but not the order events fire in: (time, sequence) is a total
 * order, so whatever the shape the same event is always on top.
 *
 * Each event is a small-integer `kind` (which handler runs it) and an integer `payload` (for
 * example a customer index or a server index): the hot path never creates closures or objects.
 */
import { ParameterError } from '../errors.ts';

const SLOT_BITS = 26;
export const SLOT_LIMIT = 1 << SLOT_BITS; // 67 million events in the heap
const GEN_LIMIT = 1 << 27; // generations wrap; a stale handle would need 2^27 reuses to collide
/** `sKind` of a cancelled event still in the heap. */
const CANCELLED = -1;
/** Cancelled entries tolerated before compaction is considered (keeps small heaps cheap). */
export const COMPACT_MIN = 32;

export class EventCalendar {
  // Heap, by position: the time inline (so sifting compares without following a pointer) and
  // the slot. The sequence number lives with the slot and is read only on exact time ties,
  // which are rare in continuous time: sifting moves two arrays.
  private hTime: Float64Array;
  private hSlot: Int32Array;
  // By slot: what the event does (CANCELLED once cancelled), its sequence number, generation.
  private sKind: Int32Array;
  private sPayload: Int32Array;
  private sSeq: Float64Array;
  private sGen: Int32Array;
  private free: Int32Array;
  private freeTop = 0;
  private slotHigh = 0;
  private seq = 0;
  /** Entries in the heap: pending events plus cancelled ones not yet dropped. */
  private n = 0;
  /** Cancelled entries still in the heap. */
  private cancelled = 0;
  /**
   * The top entry has fired (`take`) but is still in the heap: the next push takes its place
   * (one sift down instead of a sift down to remove it and a sift up to add the new event) or
   * `settle` removes it. Operations that look at the top settle first.
   */
  private spent = false;
  /** The time of the event being pushed (see `push`). */
  private time = 0;
  /** Number of pending events. */
  size = 0;

  constructor(initialCapacity = 64) {
    const n = Math.min(SLOT_LIMIT, Math.max(4, initialCapacity | 0));
    this.hTime = new Float64Array(n);
    this.hSlot = new Int32Array(n);
    this.sKind = new Int32Array(n);
    this.sPayload = new Int32Array(n);
    this.sSeq = new Float64Array(n);
    this.sGen = new Int32Array(n);
    this.free = new Int32Array(n);
  }

  /**
   * Schedules an event and returns its slot (a small integer; `handleOf(slot)` gives the
   * handle for `cancel`). Returning the slot rather than the handle matters for speed: the
   * handle does not fit a small integer, and a double returned from a call that is not inlined
   * is allocated on the heap. `time` must be a finite number (checked by callers).
   *
   * For the same reason the time goes to `insert` through a field: this wrapper is small, and
   * `insert` takes no double, so nothing is boxed when V8 inlines this but has run out of its
   * inlining budget for `insert` (every model schedules from its handlers).
   */
  push(time: number, kind: number, payload: number): number {
    this.time = time;
    return this.insert(kind, payload);
  }

  /**
   * Both sifts are written out here rather than called (`sink` serves the other callers): every
   * model handler schedules through this, and V8 inlines only so much code into one function,
   * counting for a callee everything already inlined into it. Written out, `insert` is smaller
   * in that count than it was with its sifts inlined, leaving room in the handlers for their
   * random draws (a draw left out of line returns a boxed double), and it makes no calls.
   */
  private insert(kind: number, payload: number): number {
    const slot = this.freeTop > 0 ? this.free[--this.freeTop] : this.newSlot();
    const seq = this.seq++;
    this.sKind[slot] = kind;
    this.sPayload[slot] = payload;
    this.sSeq[slot] = seq;
    this.size++;
    const t = this.time;
    const hTime = this.hTime;
    const hSlot = this.hSlot;
    const sSeq = this.sSeq;
    let pos = 0;
    if (this.spent) {
      // In place of the spent top entry, and down to its place (as `sink`).
      this.spent = false;
      const n = this.n;
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
        if (t < ct || (t === ct && seq < sSeq[hSlot[child]])) break;
        hTime[pos] = ct;
        hSlot[pos] = hSlot[child];
        pos = child;
      }
      hTime[pos] = t;
      hSlot[pos] = slot;
      if (this.cancelled > 0) this.tidy();
      return slot;
    }
    // At the end of the heap, and up to its place: below a parent that fires earlier, or at the
    // same time but was scheduled first.
    pos = this.n++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = hTime[parent];
      if (pt < t || (pt === t && sSeq[hSlot[parent]] < seq)) break;
      hTime[pos] = pt;
      hSlot[pos] = hSlot[parent];
      pos = parent;
    }
    hTime[pos] = t;
    hSlot[pos] = slot;
    return slot;
  }

  /** The handle of the event now in `slot` (valid until it fires or is cancelled). */
  handleOf(slot: number): number {
    return this.sGen[slot] * SLOT_LIMIT + slot;
  }

  /** Time of the earliest pending event, or Infinity when none is pending. */
  peekTime(): number {
    if (this.spent) this.settle();
    return this.n > 0 ? this.hTime[0] : Infinity;
  }

  /**
   * Time of the earliest pending event; only when `size > 0` and settled (the run loop). The
   * run loop uses this rather than `peekTime`, whose choice between a double and Infinity costs
   * a boxed number per event.
   */
  topTime(): number {
    return this.hTime[0];
  }

  /**
   * Removes the earliest pending event and returns its slot (there must be one: `size > 0`).
   * Read `kindOf(slot)` and `payloadOf(slot)` before scheduling anything else: the slot is free
   * again and the next push may reuse it.
   */
  pop(): number {
    const slot = this.take();
    this.settle();
    return slot;
  }

  /**
   * As `pop`, for the run loop: the entry stays on top, spent, until the handler's first push
   * replaces it or `settle` removes it (the caller settles before it looks at the calendar).
   */
  take(): number {
    if (this.spent) this.settle();
    const slot = this.hSlot[0];
    this.size--;
    this.sGen[slot] = (this.sGen[slot] + 1) & (GEN_LIMIT - 1);
    this.free[this.freeTop++] = slot;
    this.spent = true;
    return slot;
  }

  /** Removes the spent top entry, if any (see `take`). */
  settle(): void {
    if (!this.spent) return;
    this.spent = false;
    this.removeTop();
    if (this.cancelled > 0) this.tidy();
  }

  /** Whether a spent entry waits on top (see `take`). */
  get unsettled(): boolean {
    return this.spent;
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

  /**
   * Whether the event with this handle is still pending. A slot's generation moves on when its
   * event fires or is cancelled, and a free slot's generation has never been handed out, so a
   * matching generation means pending.
   */
  isPending(handle: number): boolean {
    const slot = handle % SLOT_LIMIT;
    return handle >= 0 && slot < this.slotHigh && this.sGen[slot] === (handle - slot) / SLOT_LIMIT;
  }

  /**
   * Time of a pending event (NaN when the handle is not pending). A scan of the heap, O(n):
   * for tests and diagnostics, not for a hot path (no per-slot time is kept for it).
   */
  timeOf(handle: number): number {
    if (!this.isPending(handle)) return NaN;
    this.settle();
    const slot = handle % SLOT_LIMIT;
    for (let i = 0; i < this.n; i++) if (this.hSlot[i] === slot) return this.hTime[i];
    return NaN;
  }

  /** Cancels a pending event. Returns false (and does nothing) if it is not pending. */
  cancel(handle: number): boolean {
    if (!this.isPending(handle)) return false;
    this.cancelSlot(handle % SLOT_LIMIT);
    return true;
  }

  /**
   * Cancels the pending event in `slot` without checking (the caller has checked `isPending`
   * of its handle). Its payload stays readable until the next push. No need to settle a spent
   * top entry first: it is the least entry of the heap, so it stays on top through the drops
   * and the compaction below, and the handler's next push can still take its place.
   */
  cancelSlot(slot: number): void {
    this.sGen[slot] = (this.sGen[slot] + 1) & (GEN_LIMIT - 1);
    this.sKind[slot] = CANCELLED;
    this.size--;
    this.cancelled++;
    this.tidy();
  }

  /** Removes every pending event (handles become stale). */
  clear(): void {
    this.settle();
    while (this.n > 0) {
      const slot = this.hSlot[--this.n];
      if (this.sKind[slot] !== CANCELLED) this.sGen[slot] = (this.sGen[slot] + 1) & (GEN_LIMIT - 1);
      this.free[this.freeTop++] = slot;
    }
    this.size = 0;
    this.cancelled = 0;
  }

  /** Entries in the heap, pending and cancelled (for tests of the memory bound). */
  get entries(): number {
    this.settle();
    return this.n;
  }

  /** Takes the top entry out of the heap (its slot is the caller's to free). */
  private removeTop(): void {
    const last = --this.n;
    if (last > 0) this.sink(0, last);
  }

  /**
   * Restores the two invariants after a pop or a cancellation: no cancelled entry on top, and
   * no more cancelled entries than pending ones (beyond COMPACT_MIN).
   */
  private tidy(): void {
    this.dropCancelledTop();
    if (this.cancelled > COMPACT_MIN && this.cancelled > this.size) this.compact();
  }

  /** Drops cancelled entries from the top until a pending one (or nothing) is there. */
  private dropCancelledTop(): void {
    while (this.n > 0) {
      const slot = this.hSlot[0];
      if (this.sKind[slot] !== CANCELLED) return;
      this.removeTop();
      this.cancelled--;
      this.free[this.freeTop++] = slot;
    }
  }

  /** Rebuilds the heap from its pending entries (Floyd's bottom-up construction, O(n)). */
  private compact(): void {
    const hTime = this.hTime;
    const hSlot = this.hSlot;
    const sKind = this.sKind;
    let k = 0;
    for (let i = 0; i < this.n; i++) {
      const slot = hSlot[i];
      if (sKind[slot] === CANCELLED) this.free[this.freeTop++] = slot;
      else {
        hTime[k] = hTime[i];
        hSlot[k++] = slot;
      }
    }
    this.n = k;
    this.cancelled = 0;
    for (let i = (k >> 1) - 1; i >= 0; i--) this.sink(i, i);
  }

  // The sift takes positions, not the moving entry's time: a double passed to a call that V8
  // did not inline is boxed (allocated), and this is on the path of every event.

  /** Moves the entry at `from` into the hole at `pos` and down to its place. */
  private sink(pos: number, from: number): void {
    const hTime = this.hTime;
    const hSlot = this.hSlot;
    const t = hTime[from];
    const slot = hSlot[from];
    const n = this.n;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= n) break;
      let ct = hTime[child];
      const right = child + 1;
      if (right < n) {
        const rt = hTime[right];
        if (rt < ct || (rt === ct && this.sSeq[hSlot[right]] < this.sSeq[hSlot[child]])) {
          child = right;
          ct = rt;
        }
      }
      if (t < ct || (t === ct && this.sSeq[slot] < this.sSeq[hSlot[child]])) break;
      hTime[pos] = ct;
      hSlot[pos] = hSlot[child];
      pos = child;
    }
    hTime[pos] = t;
    hSlot[pos] = slot;
  }

  /** A slot never used yet (none is free), growing the arrays when they are full. */
  private newSlot(): number {
    if (this.slotHigh === this.sKind.length) this.grow();
    return this.slotHigh++;
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
