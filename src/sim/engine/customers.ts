/**
 * Customer ids: small integers recycled when a customer leaves, so that per-customer arrays
 * (struct-of-arrays storage in models and pools) stay as large as the most customers present at
 * once, not as the number who ever came.
 */
import { ParameterError } from '../errors.ts';

export class CustomerIds {
  private free: number[] = [];
  private next = 0;
  /** Ids in use now. */
  inUse = 0;

  /** A free id (the most recently released one first). */
  alloc(): number {
    this.inUse++;
    return this.free.length > 0 ? this.free.pop()! : this.next++;
  }

  /** Returns an id for reuse. Releasing an id twice is a bug in the model and throws. */
  release(id: number): void {
    if (!(id >= 0 && id < this.next) || this.inUse === 0) {
      throw new ParameterError('customer', id, `an id in use (0..${this.next - 1})`, '正在使用的顾客编号');
    }
    this.inUse--;
    this.free.push(id);
  }

  /** One more than the largest id ever handed out: the size per-customer arrays need. */
  get highWater(): number {
    return this.next;
  }
}
