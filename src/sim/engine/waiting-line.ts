/**
 * A waiting line of customers (integer ids) with non-preemptive priority classes.
 *
 * Class 0 is served first; within a class, first come first served. Each class is a doubly
 * linked list threaded through typed arrays indexed by customer id, so that
 *  - joining, taking the head and leaving from the middle (reneging) are all O(1),
 *  - a customer who leaves is gone at once: no tombstones, no ghosts in lengths or statistics,
 *  - nothing is allocated per customer; arrays grow with the largest id in use, and ids are
 *    recycled by the model, so memory follows the number of customers present.
 */
import { ParameterError } from '../errors.ts';
import { growI32 } from './calendar.ts';

const NONE = -1;

export class WaitingLine {
  private next: Int32Array;
  private prev: Int32Array;
  /** Class of each waiting customer, or NONE when the customer is not in this line. */
  private cls: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly counts: Int32Array;
  /** Customers waiting, all classes. */
  length = 0;

  constructor(
    readonly classes = 1,
    initialCustomers = 64,
  ) {
    if (!Number.isInteger(classes) || classes < 1 || classes > 64) {
      throw new ParameterError('classes', classes, 'an integer from 1 to 64', '1 到 64 之间的整数');
    }
    this.next = new Int32Array(initialCustomers);
    this.prev = new Int32Array(initialCustomers);
    this.cls = new Int32Array(initialCustomers).fill(NONE);
    this.head = new Int32Array(classes).fill(NONE);
    this.tail = new Int32Array(classes).fill(NONE);
    this.counts = new Int32Array(classes);
  }

  /** Customers waiting in one class. */
  lengthOf(cls: number): number {
    return this.counts[cls];
  }

  /** Whether the customer is waiting in this line. */
  contains(customer: number): boolean {
    return customer >= 0 && customer < this.cls.length && this.cls[customer] !== NONE;
  }

  /** Joins the back of its class. */
  push(customer: number, cls: number): void {
    if (customer >= this.cls.length) this.grow(customer);
    const t = this.tail[cls];
    this.cls[customer] = cls;
    this.prev[customer] = t;
    this.next[customer] = NONE;
    if (t === NONE) this.head[cls] = customer;
    else this.next[t] = customer;
    this.tail[cls] = customer;
    this.counts[cls]++;
    this.length++;
  }

  /** Takes the first customer of the most urgent non-empty class; NONE (−1) when empty. */
  shift(): number {
    if (this.length === 0) return NONE;
    const head = this.head;
    let k = 0;
    while (head[k] === NONE) k++;
    const c = head[k];
    this.unlink(c, k);
    return c;
  }

  /** The customer `shift` would take, without taking it; NONE when empty. */
  peek(): number {
    if (this.length === 0) return NONE;
    let k = 0;
    while (this.head[k] === NONE) k++;
    return this.head[k];
  }

  /** Removes a waiting customer from anywhere in the line; false if not waiting here. */
  remove(customer: number): boolean {
    if (!this.contains(customer)) return false;
    this.unlink(customer, this.cls[customer]);
    return true;
  }

  private unlink(c: number, k: number): void {
    const p = this.prev[c];
    const n = this.next[c];
    if (p === NONE) this.head[k] = n;
    else this.next[p] = n;
    if (n === NONE) this.tail[k] = p;
    else this.prev[n] = p;
    this.cls[c] = NONE;
    this.counts[k]--;
    this.length--;
  }

  private grow(customer: number): void {
    let n = this.cls.length * 2;
    while (n <= customer) n *= 2;
    this.next = growI32(this.next, n);
    this.prev = growI32(this.prev, n);
    const cls = new Int32Array(n).fill(NONE);
    cls.set(this.cls);
    this.cls = cls;
  }
}
