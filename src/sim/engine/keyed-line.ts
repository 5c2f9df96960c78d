/**
 * A waiting line ordered by an integer key, first come first served among equal keys: for
 * earliest-deadline-first (the key is the deadline) and similar disciplines.
 *
 * A binary heap over typed arrays keyed by (key, arrival sequence), with each customer's heap
 * position kept so that a customer can leave from anywhere in O(log n). Same interface as
 * WaitingLine, so a ServerPool can use either.
 */
import { growF64, growI32 } from './calendar.ts';

const NONE = -1;

export class KeyedLine {
  /** Keys are unbounded integers; reported for symmetry with WaitingLine (one "class"). */
  readonly classes = 1;
  length = 0;
  private hKey: Float64Array;
  private hSeq: Float64Array;
  private hCustomer: Int32Array;
  /** Heap position of each customer, NONE when not waiting here. */
  private pos: Int32Array;
  private seq = 0;

  constructor(initial = 64) {
    this.hKey = new Float64Array(initial);
    this.hSeq = new Float64Array(initial);
    this.hCustomer = new Int32Array(initial);
    this.pos = new Int32Array(initial).fill(NONE);
  }

  /** All waiting customers (keys are not classes). */
  lengthOf(_cls: number): number {
    return this.length;
  }

  contains(customer: number): boolean {
    return customer >= 0 && customer < this.pos.length && this.pos[customer] !== NONE;
  }

  /** Joins with this key (smaller keys are served first). */
  push(customer: number, key: number): void {
    if (customer >= this.pos.length) this.growCustomers(customer);
    if (this.length === this.hKey.length) this.growHeap();
    this.siftUp(this.length++, key, this.seq++, customer);
  }

  shift(): number {
    if (this.length === 0) return NONE;
    const c = this.hCustomer[0];
    this.removeAt(0);
    return c;
  }

  peek(): number {
    return this.length === 0 ? NONE : this.hCustomer[0];
  }

  remove(customer: number): boolean {
    if (!this.contains(customer)) return false;
    this.removeAt(this.pos[customer]);
    return true;
  }

  private removeAt(i: number): void {
    const c = this.hCustomer[i];
    this.pos[c] = NONE;
    const last = --this.length;
    if (i === last) return;
    const k = this.hKey[last];
    const q = this.hSeq[last];
    const m = this.hCustomer[last];
    const parent = (i - 1) >> 1;
    if (i > 0 && (k < this.hKey[parent] || (k === this.hKey[parent] && q < this.hSeq[parent]))) this.siftUp(i, k, q, m);
    else this.siftDown(i, k, q, m);
  }

  private siftUp(i: number, k: number, q: number, c: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = this.hKey[p];
      if (pk < k || (pk === k && this.hSeq[p] < q)) break;
      this.place(i, pk, this.hSeq[p], this.hCustomer[p]);
      i = p;
    }
    this.place(i, k, q, c);
  }

  private siftDown(i: number, k: number, q: number, c: number): void {
    const n = this.length;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const r = child + 1;
      if (
        r < n &&
        (this.hKey[r] < this.hKey[child] || (this.hKey[r] === this.hKey[child] && this.hSeq[r] < this.hSeq[child]))
      )
        child = r;
      const ck = this.hKey[child];
      if (k < ck || (k === ck && q < this.hSeq[child])) break;
      this.place(i, ck, this.hSeq[child], this.hCustomer[child]);
      i = child;
    }
    this.place(i, k, q, c);
  }

  private place(i: number, k: number, q: number, c: number): void {
    this.hKey[i] = k;
    this.hSeq[i] = q;
    this.hCustomer[i] = c;
    this.pos[c] = i;
  }

  private growHeap(): void {
    const n = this.hKey.length * 2;
    this.hKey = growF64(this.hKey, n);
    this.hSeq = growF64(this.hSeq, n);
    this.hCustomer = growI32(this.hCustomer, n);
  }

  private growCustomers(customer: number): void {
    let n = this.pos.length * 2;
    while (n <= customer) n *= 2;
    const pos = new Int32Array(n).fill(NONE);
    pos.set(this.pos);
    this.pos = pos;
  }
}
